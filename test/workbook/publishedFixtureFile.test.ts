import * as fs from 'fs';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';
import { COMMITTED_FIXTURE } from '../fixtures/published/writeFixture';

it('the committed ky-published.xlsx holds exactly what the fixture generator makes (cells, formulas, merges)', async () => {
  const committed = await readXlsxSnapshot(fs.readFileSync(COMMITTED_FIXTURE), 'ky-published.xlsx');
  const generated = await readXlsxSnapshot((await makePublishedWorkbook()).buffer, 'generated.xlsx');
  expect(committed).toEqual(generated);
});
