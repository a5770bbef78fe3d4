/**
 * Finding a template's labels in what people (and scanners) actually typed: "E SUPPLIES" for
 * "E. SUPPLIES", "G OIHER" for "G. OTHER", "Progam" and "Plogram" for "Program". Labels are compared
 * after normalizing case, punctuation and spaces, then by edit distance, so a typo still matches and
 * the closest of two near labels ("Private"/"Public Sector ...") wins.
 */
import { editDistance, excelCaseFold } from '../budget';

/**
 * Lower case, letters, digits, % and & kept, everything else one space. The case is folded as Excel's
 * comparison folds it (excelCaseFold), so two labels Excel calls equal always normalize alike.
 */
export function normalizeLabel(text: string): string {
  return excelCaseFold(text)
    .toLowerCase()
    .replace(/[^a-z0-9%&]+/g, ' ')
    .trim();
}

/** The label before any parenthesised note: "A. PERSONNEL (Indicate ...)" -> "a personnel". */
export function labelHead(text: string): string {
  return normalizeLabel(text.split('(')[0] ?? '');
}

/** How many typos a label of this length tolerates: one in five characters, at least one. */
export function tolerance(label: string): number {
  return Math.max(1, Math.floor(label.length / 5));
}

/** True when `typed` (normalized) is the label `wanted` (normalized) give or take a few typos. */
export function similar(typed: string, wanted: string): boolean {
  return editDistance(typed, wanted, tolerance(wanted)) <= tolerance(wanted);
}

/**
 * The closest of several normalized labels to a normalized text, within tolerance; ties go to
 * the earlier label. Returns its index, or -1.
 */
export function bestMatch(typed: string, labels: readonly string[]): number {
  let best = -1;
  let bestDistance = Infinity;
  labels.forEach((label, i) => {
    const limit = tolerance(label);
    const d = editDistance(typed, label, limit);
    if (d <= limit && d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}
