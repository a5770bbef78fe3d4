/**
 * The pane's language setting: as Office's display language (the default), English, or Spanish. The
 * choice is remembered for the user (src/excel/officeLanguage.ts says where) and applies at once.
 */
import * as React from 'react';
import { Select, makeStyles, tokens } from '@fluentui/react-components';
import { usePaneLanguage } from '../words';
import { msg, type Language } from '../../messages/words';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalL,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  select: { minWidth: '150px' },
});

export function LanguageSetting() {
  const s = useStyles();
  const { words: w, chosen, office, choose } = usePaneLanguage();
  const officeName = msg(office === 'es' ? 'pane.language.spanish' : 'pane.language.english');
  return (
    <footer className={s.row}>
      <label htmlFor="gb-language">{w.t('pane.language.label')}</label>
      <Select
        id="gb-language"
        className={s.select}
        size="small"
        value={chosen ?? ''}
        onChange={(_, d) => choose(d.value === '' ? null : (d.value as Language))}
      >
        <option value="">{w.t('pane.language.asOffice', { language: officeName })}</option>
        <option value="en" lang="en">
          English
        </option>
        <option value="es" lang="es">
          Español
        </option>
      </Select>
    </footer>
  );
}
