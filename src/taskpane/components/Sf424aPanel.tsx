/**
 * The SF-424A laid out as the Grants.gov form (Sections A to F), every figure a copy button, a copy
 * button per section (tab-separated), the XML export, and the OSHA 110 figures. Loaded lazily: the
 * pane shows the checks first.
 */
import { useWords } from '../words';
import { errorWords } from '../../addin/paneWords';
import { msg, type Msg } from '../../messages/words';
import * as React from 'react';
import { Button, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { sf424aXml, type Osha110, type Sf424a } from '../../budget';
import { copyText, downloadText } from '../clipboard';
import { sectionTables } from '../../budget/sf424aTables';
import { SectionView, widthNeeded } from './Sf424aSection';

const useStyles = makeStyles({
  section: { marginBottom: tokens.spacingVerticalL },
  title: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginBottom: tokens.spacingVerticalM },
  dl: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    margin: 0,
  },
  note: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
    margin: `${tokens.spacingVerticalXS} 0 0 0`,
  },
  dd: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  xml: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalL,
  },
  xmlText: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100, minHeight: '160px' },
});

export interface Sf424aPanelProps {
  form: Sf424a;
  osha110: Osha110;
  fileStem: string;
  /** False where the pane cannot save a file (Excel for Mac and iPad block downloads): the XML is shown to copy. */
  canDownload?: boolean;
  /**
   * False where a download may be dropped without a word (desktop Excel on Windows): the pane then says it
   * asked for the file, and shows the XML to copy too. Never "Saved" unless it is known.
   */
  downloadKnown?: boolean;
  /** Errors the checks found: an export with errors open says so (and still exports). */
  openErrors?: number;
  /** Tells the pane what happened (it speaks it through its live region). */
  onStatus(message: Msg, intent?: 'success' | 'error' | 'warning'): void;
}

/** The panel's width, followed as the pane is resized (0 where it cannot be measured: then tables). */
function usePaneWidth(): { ref: React.RefCallback<HTMLDivElement>; px: number } {
  const [px, setPx] = React.useState(0);
  const observer = React.useRef<ResizeObserver | null>(null);
  const ref = React.useCallback((el: HTMLDivElement | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!el) return;
    setPx(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    observer.current = new ResizeObserver(() => setPx(el.clientWidth));
    observer.current.observe(el);
  }, []);
  return { ref, px };
}

export default function Sf424aPanel({
  form,
  osha110,
  fileStem,
  canDownload = true,
  downloadKnown = true,
  openErrors = 0,
  onStatus,
}: Sf424aPanelProps) {
  const s = useStyles();
  const w = useWords();
  const tables = React.useMemo(() => sectionTables(form), [form]);
  const { ref: widthRef, px: widthPx } = usePaneWidth();
  const [shownXml, setShownXml] = React.useState<{ name: string; xml: string } | null>(null);
  const exportXml = () => {
    const name = `${fileStem}-sf424a.xml`;
    const xml = sf424aXml(form);
    const started = canDownload && downloadText(name, xml);
    const said = exportSaid(name, started, downloadKnown, openErrors);
    setShownXml(said.showXml ? { name, xml } : null);
    onStatus(said.text, said.intent);
  };
  const copyXml = async (text: string) => {
    try {
      await copyText(text);
      onStatus(msg('pane.export.copied'), 'success');
    } catch (e) {
      onStatus(errorWords(e), 'error');
    }
  };
  return (
    <div ref={widthRef}>
      <p className={s.note}>{w.t('pane.sf424a.fields')}</p>
      <p className={s.note}>{w.t('pane.sf424a.keys')}</p>
      <div className={s.actions}>
        <Button appearance="primary" data-primary="" onClick={exportXml}>
          {w.t('pane.export.button')}
        </Button>
      </div>
      {shownXml ? (
        <div className={s.xml}>
          <Textarea
            className={s.xmlText}
            readOnly
            value={shownXml.xml}
            aria-label={w.t('pane.export.xmlLabel', { name: shownXml.name })}
            data-testid="sf424a-xml"
            resize="vertical"
          />
          <div className={s.actions}>
            <Button onClick={() => void copyXml(shownXml.xml)}>{w.t('pane.export.copy')}</Button>
          </div>
        </div>
      ) : null}
      {tables.map((t) => (
        <SectionView key={t.section} table={t} stacked={widthPx > 0 && widthPx < widthNeeded(t)} onStatus={onStatus} />
      ))}
      <Osha110View osha110={osha110} />
    </div>
  );
}

/**
 * What Export says: saved (or saved with errors still open); asked of Excel, where whether the webview let the
 * download through cannot be known (the XML is shown too); or nothing saved, the XML shown to copy instead.
 */
function exportSaid(
  name: string,
  started: boolean,
  downloadKnown: boolean,
  openErrors: number,
): { text: Msg; intent: 'success' | 'warning'; showXml: boolean } {
  const count = openErrors;
  if (started && !downloadKnown)
    return {
      text: count > 0 ? msg('pane.export.askedWithErrors', { name, count }) : msg('pane.export.asked', { name }),
      intent: 'warning',
      showXml: true,
    };
  if (started)
    return {
      text: count > 0 ? msg('pane.export.savedWithErrors', { name, count }) : msg('pane.export.saved', { name }),
      intent: count > 0 ? 'warning' : 'success',
      showXml: false,
    };
  return {
    text:
      count > 0 ? msg('pane.export.cannotSaveWithErrors', { name, count }) : msg('pane.export.cannotSave', { name }),
    intent: 'warning',
    showXml: true,
  };
}

/** The OSHA 110 figures: the form's own lines, in OSHA's English. */
function Osha110View({ osha110 }: { osha110: Sf424aPanelProps['osha110'] }) {
  const s = useStyles();
  const w = useWords();
  const osha = [
    ['1. Federal base award (50%)', osha110.federalBase],
    ['2. State base award (50%)', osha110.stateBase],
    ['3. Total recipient share', osha110.recipientShare],
    ['4. Recipient 100% funding', osha110.recipient100],
    ['5. Total', osha110.total],
  ] as const;
  return (
    <section className={s.section} aria-labelledby="osha110-title">
      <h2 id="osha110-title" className={s.title}>
        {w.t('pane.osha110.title')}
      </h2>
      <dl className={s.dl}>
        {osha.map(([label, cents]) => (
          <React.Fragment key={label}>
            <dt>{label}</dt>
            <dd className={s.dd}>{w.money(cents)}</dd>
          </React.Fragment>
        ))}
      </dl>
    </section>
  );
}
