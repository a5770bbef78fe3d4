/**
 * The heads of Appendix F's amount columns as the instructions print them: one home for the words the
 * published-layout reader looks for and the pane names a total by. Kept apart from the reader so the
 * pane's small chunks can name a column without loading the reader.
 */
export type AmountHead = 'administration' | 'program' | 'federal' | 'stateMatch' | 'state100' | 'total';

export const AMOUNT_HEADS: Readonly<Record<AmountHead, string>> = {
  administration: 'Administration',
  program: 'Program',
  federal: 'Federal Share',
  stateMatch: 'State Match',
  state100: 'State 100% Funded',
  total: 'Total Cost',
};
