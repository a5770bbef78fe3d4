/**
 * The command line in Spanish (issue 20): `review`, `sf424a`, `reconcile` (and `repair`, `build`) over the
 * whole bad-input corpus (workbooks, hostile workbooks, budget JSON) and the examples, asked for in Spanish
 * by `--lang es`, and by the environment (LANG=es_PR.UTF-8) for every command and a file of each kind. No sentence of the English catalog is left in
 * what they print: every fragment of three words or more of an English message (its text between the
 * placeholders) is looked for, except where the Spanish message of the same key keeps it (a form's own
 * label, "A. PERSONNEL"). The same runs in English find those fragments by the hundred: the test can fail.
 * No output shows a message that was not rendered ("[object Object]", "undefined").
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CATALOGS, type MessageKey } from '../../src/messages/words';
import { runCli, type CliRun } from '../support/cli';
import { EXAMPLES } from '../support/budgets';
import { writeWorkbookCorpus } from '../fixtures/bad-input/workbooks';
import { HOSTILE_CASES } from '../fixtures/bad-input/hostileXml';
import { makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';

const JSON_CORPUS = path.join(__dirname, '..', 'fixtures', 'bad-input', 'json');
const OTHER_SYSTEM = path.join(__dirname, '..', 'fixtures', 'reconcile', 'pr-other-system.xml');

/** Each English message's fragments of three words or more that its Spanish message does not keep. */
function englishFragments(): { key: MessageKey; fragment: string }[] {
  const out: { key: MessageKey; fragment: string }[] = [];
  for (const key of Object.keys(CATALOGS.en) as MessageKey[]) {
    const es = CATALOGS.es[key];
    for (const part of CATALOGS.en[key].split(/\{\{[^{}]*\}\}/)) {
      const fragment = part.trim();
      if ((fragment.match(/[A-Za-z]{2,}/g) ?? []).length < 3) continue;
      if (!es.includes(fragment)) out.push({ key, fragment });
    }
  }
  return out;
}

const FRAGMENTS = englishFragments();

function englishLeft(text: string): string[] {
  return FRAGMENTS.filter((f) => text.includes(f.fragment)).map((f) => `${f.key}: "${f.fragment}"`);
}

let dir: string;
/** Every command run, by language: what it printed (stdout and stderr). */
const printed: Record<'en' | 'esEnv' | 'esOption', string[]> = { en: [], esEnv: [], esOption: [] };

/**
 * Each command in English and with `--lang es`; with LANG=es_PR.UTF-8 too where `byEnvironment` (every
 * command and kind of input once: the environment only chooses the language, which `--lang` then covers
 * over the whole corpus).
 */
async function runAll(args: string[], byEnvironment = false): Promise<void> {
  const runs: [keyof typeof printed, Promise<CliRun>][] = [
    ['en', runCli(args)],
    ...(byEnvironment
      ? [['esEnv', runCli(args, { LANG: 'es_PR.UTF-8' })] as [keyof typeof printed, Promise<CliRun>]]
      : []),
    ['esOption', runCli(['--lang', 'es', ...args])],
  ];
  for (const [lang, run] of runs) {
    const r = await run;
    printed[lang].push(`$ grant-budget ${args.join(' ')} [${r.code}]\n${r.stdout}${r.stderr}`);
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-es-'));
  const files = await writeWorkbookCorpus(path.join(dir, 'corpus'));
  for (const c of HOSTILE_CASES) {
    const file = path.join(dir, 'corpus', `hostile-${c.id}.xlsx`);
    fs.writeFileSync(file, await c.make(Math.min(c.count, 200)));
    files.set(`hostile-${c.id}`, file);
  }
  const published = path.join(dir, 'corpus', 'published-ky.xlsx');
  fs.writeFileSync(published, (await makePublishedWorkbook()).buffer);
  files.set('published-ky', published);
  const workbooks = [...files.values()];
  const jsons = fs.readdirSync(JSON_CORPUS).map((f) => path.join(JSON_CORPUS, f));
  const examples = fs
    .readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.budget.json'))
    .map((f) => path.join(EXAMPLES, f));
  // Asked for by the environment too: a file of each kind.
  const sample = new Set([workbooks[0], workbooks[1], published, jsons[0], examples[0]]);
  for (const file of [...workbooks, ...jsons, ...examples]) {
    await runAll(['review', file], sample.has(file));
    await runAll(['sf424a', file], sample.has(file));
  }
  // The published workbook without the State it does not name, and with one it does not hold.
  await runAll(['review', published, '--state', 'Atlantis'], true);
  await runAll(['review', ...examples, published, path.join(JSON_CORPUS, 'empty.json')], true);
  for (const file of workbooks)
    await runAll(['repair', file, '-o', path.join(dir, 'repaired.xlsx'), '--force'], sample.has(file));
  for (const example of examples) {
    const first = example === examples[0];
    const built = path.join(dir, `${path.basename(example, '.budget.json')}.xlsx`);
    await runAll(['build', example, '-o', built, '--force'], first);
    await runAll(['build', published, '-o', path.join(dir, 'moved.xlsx'), '--force', '--state', 'KY'], first);
    await runAll(['review', built], first);
    // Reconcile: the budget against its own form (agrees), a changed form, another system's form, bad files.
    const xml = path.join(dir, 'form.xml');
    await runCli(['sf424a', example, '--format', 'xml', '-o', xml, '--force']);
    await runAll(['reconcile', example, xml], first);
    const changed = path.join(dir, 'changed.xml');
    fs.writeFileSync(changed, fs.readFileSync(xml, 'utf8').replace(/>(\d+)\.(\d\d)</, '>9$1.$2<'));
    await runAll(['reconcile', built, changed], first);
    await runAll(['reconcile', example, OTHER_SYSTEM], first);
  }
  const bad = {
    'table.xml': 'Federal,Non-Federal\n1,2\n',
    'other-form.xml': '<?xml version="1.0"?><SF424 xmlns="http://apply.grants.gov/forms/SF424-V2.0"/>',
    'broken.xml': '<S:BudgetInformation xmlns:S="http://apply.grants.gov/forms/SF424A-V1.0"><S:x>',
  };
  for (const [name, text] of Object.entries(bad)) {
    fs.writeFileSync(path.join(dir, name), text);
    await runAll(['reconcile', examples[0] as string, path.join(dir, name)], true);
  }
  await runAll(['review', path.join(dir, 'no-such-file.xlsx')], true);
  await runAll(['sf424a', examples[0] as string, '--format', 'yaml'], true);
  await runAll(['new', '--state', 'Atlantis', '-o', path.join(dir, 'new.xlsx')], true);
}, 600_000);

afterAll(() => {
  // GB_WORDS_DUMP=folder keeps what each language printed, for a person to read.
  const dump = process.env.GB_WORDS_DUMP;
  if (dump)
    for (const [lang, texts] of Object.entries(printed))
      fs.writeFileSync(path.join(dump, `${lang}.txt`), texts.join('\n'));
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the runs cover the corpus: a few hundred outputs with --lang, every command by the environment', () => {
  expect(printed.en.length).toBeGreaterThan(200);
  expect(printed.esOption.length).toBe(printed.en.length);
  expect(printed.esEnv.length).toBeGreaterThan(25);
});

test('in English (the default), the catalog is what is printed: the test below can fail', () => {
  const found = new Set(printed.en.flatMap(englishLeft));
  expect(found.size).toBeGreaterThan(100);
});

test.each(['esEnv', 'esOption'] as const)('%s: no English sentence of the catalog is left', (lang) => {
  const left = printed[lang].flatMap((text) => englishLeft(text).map((l) => `${l}\n  in: ${text.split('\n')[0]}`));
  expect([...new Set(left)]).toEqual([]);
});

test.each(['en', 'esEnv', 'esOption'] as const)('%s: every message is rendered (no object, no undefined)', (lang) => {
  const bad = printed[lang].filter((t) => /\[object Object\]|\bundefined\b|\{\{/.test(t)).map((t) => t.slice(0, 300));
  expect(bad).toEqual([]);
});
