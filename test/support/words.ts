/** Findings and problems in English words, for tests that read what a door would say (no door's remedy words). */
import { renderFinding, type Finding, type RenderedFinding } from '../../src/budget';
import type { JsonProblem } from '../../src/budget/budgetJson';
import { englishWords, msg, type Msg } from '../../src/messages/words';

export function english(m: Msg): string {
  return englishWords().render(m);
}

export function inEnglish(findings: readonly Finding[]): RenderedFinding[] {
  return findings.map((f) => renderFinding(f, englishWords()));
}

export function problemsInEnglish(problems: readonly JsonProblem[]): { path: string; message: string }[] {
  return problems.map((p) => ({ path: p.path, message: english(p.message) }));
}

/** A message of the catalogs that says `text` as it is (for findings a test makes by hand). */
export function plain(text: string): Msg {
  return msg('figure.text', { value: text });
}
