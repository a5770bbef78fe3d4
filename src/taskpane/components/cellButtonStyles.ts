/**
 * How the pane draws a control that leads to a cell of the workbook (a finding, a difference of the
 * submitted SF-424A): a full-width, left-aligned card, with a hover shade and a visible focus ring.
 * One look for every "go to this cell" control.
 */
import { tokens, type GriffelStyle } from '@fluentui/react-components';

export const cellButtonBase: GriffelStyle = {
  display: 'block',
  width: '100%',
  textAlign: 'left',
  font: 'inherit',
  color: tokens.colorNeutralForeground1,
  backgroundColor: tokens.colorNeutralBackground1,
  border: `1px solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  boxSizing: 'border-box',
};

export const cellButtonClickable: GriffelStyle = {
  cursor: 'pointer',
  ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
};
