/** Reconciling a submitted SF-424A (Grants.gov XML) with a budget: pure, files are read by the doors. */
export {
  readSubmittedSf424a,
  xmlTextOf,
  decimalToCents,
  SF424A_NAMESPACE,
  type SubmittedForm,
  type SubmittedItem,
  type SubmittedRead,
} from './submittedForm';
export { matchCategories, categoryByTitle, isMatched, type CategoryMatch, type MatchMethod } from './matchCategories';
export { checkSubmittedForm, type FormError } from './formChecks';
export {
  looksLikeAnotherForm,
  reconcileSf424a,
  reconciles,
  type Difference,
  type ReconcileNote,
  type Reconciliation,
} from './reconcile';
export { reconciliationJson, reconciliationText } from './report';
