/** The State a workbook of the published layout names, if it names exactly one. */
import { DEFAULT_FISCAL_YEAR, findState, rulePackFor } from '../../budget';
import { SheetGrid } from '../sheetGrid';

/**
 * A State the workbook names: first a cell that is nothing but a State's name (Appendix J's
 * "(Name of State)" filled in), else the title rows if they name exactly one State.
 */
export function stateNamed(grids: SheetGrid[]): string | null {
  const pack = rulePackFor(DEFAULT_FISCAL_YEAR);
  if (!pack) return null;
  const whole = new Set<string>();
  const inTitles = new Set<string>();
  for (const g of grids) {
    for (let r = g.firstRow; r < g.endRow; r++) {
      for (let c = g.firstCol; c < g.endCol; c++) {
        const t = g.text(r, c);
        if (!t || t.length > 160) continue;
        const s = findState(pack, t.replace(/^\(|\)$/g, ''));
        // Two-letter codes alone are too easy to type by chance ("PR" in a column of initials): names only.
        if (s && t.trim().length > 2) whole.add(s.code);
        if (r < g.firstRow + 3) {
          const found = pack.states.filter((st) =>
            new RegExp(`\\b${st.name.replace(/\s*\(PEO\)/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(
              t,
            ),
          );
          // A title naming several States ("Kentucky, Puerto Rico, and Washington") is the template's own.
          if (found.length === 1) inTitles.add((found[0] as { code: string }).code);
        }
      }
    }
  }
  if (whole.size === 1) return [...whole][0] as string;
  if (whole.size === 0 && inTitles.size === 1) return [...inTitles][0] as string;
  return null;
}
