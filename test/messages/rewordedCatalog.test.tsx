/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 *
 * No behaviour depends on the words (issue 20): every English message reworded (each piece of text between
 * its placeholders written backwards) changes nothing but the words. Over the bad-input workbook corpus and
 * the examples, the command line gives the same exit codes, the same findings (code, severity, sheet, cell,
 * path, remedy, amounts, related lines), the same repaired cells and the same reconciliation; the pane
 * offers the same controls (which buttons, tabs, findings and cells, enabled or not) on every tab.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as React from 'react';
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { CATALOGS, Words, englishWords, type MessageKey } from '../../src/messages/words';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/io';
import { evaluateBudget } from '../../src/budget';
import { readBudgetFromSnapshot } from '../../src/workbook/readBudget';
import { readXlsxSnapshot } from '../../src/xlsx/readSnapshot';
import { paneProblem } from '../../src/addin/paneWords';
import type { CheckOutcome } from '../../src/addin/paneBackend';
import { App } from '../../src/taskpane/components/App';
import { PaneLanguageProvider } from '../../src/taskpane/words';
import { EXAMPLES } from '../support/budgets';
import { scriptedBackend } from '../support/paneBackend';
import { WORKBOOK_CASES, writeWorkbookCorpus } from '../fixtures/bad-input/workbooks';
import { makePublishedWorkbook } from '../fixtures/published/publishedWorkbook';

/** Every English message with each piece of text between its placeholders written backwards. */
function reversedCatalog(): Record<MessageKey, string> {
  const out = {} as Record<MessageKey, string>;
  for (const [key, text] of Object.entries(CATALOGS.en) as [MessageKey, string][])
    out[key] = text
      .split(/(\{\{[^{}]*\}\})/)
      .map((part) => (part.startsWith('{{') ? part : [...part].reverse().join('')))
      .join('');
  return out;
}

const REWORDED = new Words('en', reversedCatalog());

async function cli(args: string[], words?: Words): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stderrIsTTY: false,
    ...(words ? { words } : {}),
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** A JSON output without its words: what a program reads of it. */
function withoutWords(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return JSON.parse(
    JSON.stringify(value, (key, v) =>
      ['message', 'where', 'stateNote', 'error', 'before', 'reason'].includes(key) ? undefined : v,
    ),
  );
}

let dir: string;
let workbooks: string[];
let examples: string[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gb-reword-'));
  const files = await writeWorkbookCorpus(
    path.join(dir, 'corpus'),
    WORKBOOK_CASES.filter((c) => !c.id.startsWith('zip-bomb')),
  );
  const published = path.join(dir, 'corpus', 'published-ky.xlsx');
  fs.writeFileSync(published, (await makePublishedWorkbook()).buffer);
  workbooks = [...files.values(), published];
  examples = fs
    .readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.budget.json'))
    .map((f) => path.join(EXAMPLES, f));
}, 300_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the reworded catalog is another text with the same placeholders', () => {
  expect(REWORDED.t('finding.match.short', { stateMatch: 100, federal: 200, difference: 100 })).toBe(
    englishWords()
      .t('finding.match.short', { stateMatch: 100, federal: 200, difference: 100 })
      .split(/(\$[\d,.]+)/)
      .map((p) => (p.startsWith('$') ? p : [...p].reverse().join('')))
      .join(''),
  );
});

test('the command line: the same exit codes, findings, cells, repairs and reconciliation', async () => {
  const compared: string[] = [];
  let reworded = 0;
  const same = async (args: string[]) => {
    const a = await cli(args);
    const b = await cli(args, REWORDED);
    expect({ args, code: b.code }).toEqual({ args, code: a.code });
    expect({ args, json: withoutWords(b.stdout) }).toEqual({ args, json: withoutWords(a.stdout) });
    // The reworded run printed its own words (where the output has any): the words did change.
    if (b.stdout + b.stderr !== a.stdout + a.stderr) reworded++;
    compared.push(args.join(' '));
  };
  for (const file of [...workbooks, ...examples]) {
    await same(['review', '--json', file]);
    await same(['sf424a', '--format', 'json', file]);
    const out = path.join(dir, 'out.xlsx');
    await same(['repair', '--json', file, '-o', out, '--force']);
  }
  for (const example of examples) {
    const built = path.join(dir, `${path.basename(example, '.budget.json')}.xlsx`);
    await same(['build', example, '-o', built, '--force']);
    await same(['build', workbooks.at(-1) as string, '-o', path.join(dir, 'moved.xlsx'), '--force', '--state', 'KY']);
    const xml = path.join(dir, 'form.xml');
    await cli(['sf424a', example, '--format', 'xml', '-o', xml, '--force']);
    fs.writeFileSync(
      path.join(dir, 'changed.xml'),
      fs.readFileSync(xml, 'utf8').replace(/>(\d+)\.(\d\d)</, '>9$1.$2<'),
    );
    await same(['reconcile', '--json', built, xml]);
    await same(['reconcile', '--json', example, path.join(dir, 'changed.xml')]);
  }
  await same(['review', ...workbooks.slice(0, 6), ...examples]);
  expect(compared.length).toBeGreaterThan(100);
  expect(reworded).toBeGreaterThan(compared.length / 2);
}, 600_000);

/** What the pane offers: its controls and findings, with their state, never their words. */
function offered(container: HTMLElement): string[] {
  return [
    ...container.querySelectorAll('button, select, textarea, input, [role="tab"], li[data-code], li[data-cell]'),
  ].map((el) =>
    [
      el.tagName,
      el.getAttribute('role') ?? '',
      el.getAttribute('aria-selected') ?? '',
      (el as HTMLButtonElement).disabled ? 'disabled' : '',
      el.getAttribute('data-code') ?? '',
      el.getAttribute('data-cell') ?? '',
      el.getAttribute('data-related') ?? '',
    ].join('|'),
  );
}

async function paneOffers(outcome: CheckOutcome, words: Words): Promise<string[]> {
  const { backend } = scriptedBackend([outcome]);
  const language = { words, chosen: null, office: 'en' as const, choose: () => undefined };
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <PaneLanguageProvider value={language}>
        <App backend={backend} recheckDelayMs={5} />
      </PaneLanguageProvider>
    </FluentProvider>,
  );
  await waitFor(() => expect(backend.check).toHaveBeenCalled());
  await act(async () => new Promise((r) => setTimeout(r, 20)));
  const out: string[] = [];
  for (const tab of [...container.querySelectorAll('[role="tab"]')]) {
    fireEvent.click(tab); // a tab switch renders at once (act flushes it); a tick lets any effect settle
    await act(async () => new Promise((r) => setTimeout(r, 0)));
    out.push(`tab ${tab.id}`, ...offered(container));
  }
  cleanup();
  return out;
}

test('the pane: the same controls, findings and cells on every tab, whatever the words', async () => {
  let compared = 0;
  let findingsShown = 0;
  for (const file of workbooks.slice(0, 40)) {
    let snapshot;
    try {
      snapshot = await readXlsxSnapshot(fs.readFileSync(file), path.basename(file));
    } catch {
      continue;
    }
    const read = readBudgetFromSnapshot(snapshot);
    const outcome: CheckOutcome = read.ok
      ? {
          status: 'checked',
          state: read.budget.state,
          fiscalYear: read.budget.fiscalYear,
          layout: read.layout,
          evaluation: evaluateBudget(read.budget, read.findings),
          sheets: [],
          checkedAt: new Date(0),
        }
      : { status: 'none', problem: paneProblem(read), ...(read.layout ? { layout: read.layout } : {}) };
    const a = await paneOffers(outcome, englishWords());
    const b = await paneOffers(outcome, REWORDED);
    expect({ file: path.basename(file), offers: b }).toEqual({ file: path.basename(file), offers: a });
    compared++;
    findingsShown += a.filter((o) => o.startsWith('LI|')).length;
  }
  expect(compared).toBeGreaterThan(20);
  // The pane had rendered what it offers when it was compared: findings with their cells, not a blank pane.
  expect(findingsShown).toBeGreaterThan(150);
}, 600_000);
