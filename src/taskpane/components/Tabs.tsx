/**
 * Three tabs, written out rather than Fluent's TabList: the same roles and keys (arrows, Home, End),
 * without the focus-management library it brings, which was a tenth of the pane's first download.
 */
import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: { display: 'flex', gap: tokens.spacingHorizontalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  tab: {
    font: 'inherit',
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
    background: 'none',
    border: 'none',
    borderBottom: '3px solid transparent',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    ':hover': { color: tokens.colorNeutralForeground1 },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
    // Forced colours paint every border, a transparent one too: the tabs not selected have none there.
    '@media (forced-colors: active)': {
      borderBottomStyle: 'none',
      paddingBottom: `calc(${tokens.spacingVerticalS} + 3px)`,
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorBrandStroke1,
    '@media (forced-colors: active)': {
      borderBottomStyle: 'solid',
      borderBottomColor: 'Highlight',
      paddingBottom: tokens.spacingVerticalS,
    },
  },
});

export interface TabsProps<K extends string> {
  tabs: readonly { key: K; label: string }[];
  selected: K;
  onSelect(key: K): void;
  label: string;
  idPrefix: string;
}

export function Tabs<K extends string>({ tabs, selected, onSelect, label, idPrefix }: TabsProps<K>) {
  const s = useStyles();
  const refs = React.useRef<(HTMLButtonElement | null)[]>([]);
  const move = (index: number) => {
    const i = (index + tabs.length) % tabs.length;
    const t = tabs[i];
    if (!t) return;
    onSelect(t.key);
    refs.current[i]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className={s.list}>
      {tabs.map((t, i) => (
        <button
          key={t.key}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`${idPrefix}-tab-${t.key}`}
          aria-selected={t.key === selected}
          aria-controls={`${idPrefix}-panel-${t.key}`}
          tabIndex={t.key === selected ? 0 : -1}
          className={mergeClasses(s.tab, t.key === selected && s.selected)}
          onClick={() => onSelect(t.key)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight') move(i + 1);
            else if (e.key === 'ArrowLeft') move(i - 1);
            else if (e.key === 'Home') move(0);
            else if (e.key === 'End') move(tabs.length - 1);
            else return;
            e.preventDefault();
          }}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
