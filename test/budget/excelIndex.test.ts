/**
 * Lookups as Excel compares texts (TRIM, case-blind), keyed once per frozen list: the first item of a key
 * wins, as a find() over the list would; a list that may still change is keyed again, so a change shows.
 */
import { excelIndex, findAsExcel, findState, rulePackFor, type RulePack } from '../../src/budget';

const FY2012 = rulePackFor(2012) as RulePack;

test('the first choice of a key wins, whatever the case and the spaces typed', () => {
  const choices = Object.freeze(['Other', 'OTHER ', 'Program']);
  expect(findAsExcel('  other', choices)).toBe('Other');
  expect(findAsExcel('PROGRAM', choices)).toBe('Program');
  expect(findAsExcel('Progam', choices)).toBeUndefined();
});

test('a frozen list is keyed once; a list that may change is keyed at each call', () => {
  const texts = (s: string) => [s];
  const frozen = Object.freeze(['A']);
  expect(excelIndex(frozen, texts)).toBe(excelIndex(frozen, texts));
  const open = ['A'];
  expect(findAsExcel('b', open)).toBeUndefined();
  open.push('B');
  expect(findAsExcel('b', open)).toBe('B');
});

test('one list keyed by two functions keeps two indexes', () => {
  const items = Object.freeze([{ code: 'KY', name: 'Kentucky' }]);
  const byCode = (i: { code: string }) => [i.code];
  const byName = (i: { name: string }) => [i.name];
  expect(excelIndex(items, byCode).has('KY')).toBe(true);
  expect(excelIndex(items, byName).has('KY')).toBe(false);
  expect(excelIndex(items, byName).has('KENTUCKY')).toBe(true);
});

test("a State by its code, its Appendix L name or its plain name; the rule pack's list is frozen", () => {
  expect(Object.isFrozen(FY2012.states)).toBe(true);
  expect(findState(FY2012, ' ky ')?.code).toBe('KY');
  expect(findState(FY2012, 'connecticut (peo)')?.code).toBe('CT');
  expect(findState(FY2012, 'Connecticut')?.code).toBe('CT');
  expect(findState(FY2012, '')).toBeUndefined();
});
