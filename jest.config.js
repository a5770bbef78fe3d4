/**
 * Three projects (docs/tests.md):
 * - `unit`: everything in-process (the domain, the layout, the readers, the fake Excel, the pane in jsdom, the
 *   command line through runCli); `npm run test:unit` runs it alone;
 * - `integration`: what needs LibreOffice or the built command (its globalSetup compiles the command, its
 *   globalTeardown removes the LibreOffice profiles its workers made), the sweeps of the whole corpus and the
 *   budgets at the size bound;
 * - `e2e`: the pane in headless Chromium over the sandbox, built once for the three files by its globalSetup.
 * Tests are assigned by the lists below, not by moving files.
 */
const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  // swc compiles the tests and sources as tsconfig.json asks (ES2022, CommonJS with interop, React's JSX
  // runtime): types are checked by `npm run typecheck` beside the lint, and ts-jest's TypeScript compile
  // was two fifths of a run of unit files on a cold cache (a fresh clone's).
  transform: {
    // The modules whose exports tests replace with jest.spyOn (repairReadsOnce, stateChange): TypeScript's
    // CommonJS output makes exports plain properties, swc's makes them getters that no spy can replace.
    '/src/(workbook/ownLayoutReader|workbook/publishedLayoutReader|layout/planner)\\.ts$': [
      'ts-jest',
      { tsconfig: 'tsconfig.json' },
    ],
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // Spanish is loaded when a door first speaks it; tests read it directly (test/support/catalogs.ts).
  setupFiles: ['<rootDir>/test/support/catalogs.ts', '<rootDir>/test/support/jsdomStyles.ts'],
  // Fluent's barrel loads all of its seventy packages (two seconds a test file); the pane's few names are
  // taken from their own packages, the same objects (test/support/fluentSlim.ts).
  moduleNameMapper: {
    '^@fluentui/react-components$': '<rootDir>/test/support/fluentSlim.ts',
    '^@fluentui/react-icons$': '<rootDir>/test/support/fluentIconsSlim.ts',
  },
};

/**
 * LibreOffice (recalculation, editing through its macros, printing), the built command as a process, the
 * sweeps of the whole corpus and the budgets at the size bound.
 */
const INTEGRATION = [
  // LibreOffice
  'test/bad-input/cliTextOutputs.test.ts',
  'test/bad-input/hostileWorkbooks.test.ts',
  'test/bad-input/repairPreservation.test.ts',
  'test/cli/build.test.ts',
  'test/cli/review.test.ts',
  'test/convert/buildFromPublished.test.ts',
  'test/fuzz/repair.fuzz.test.ts',
  'test/fuzz/roundTrip.fuzz.test.ts',
  'test/layout/checksAgree.test.ts',
  'test/layout/checksLocale.test.ts',
  'test/layout/examples.test.ts',
  'test/layout/insert.test.ts',
  'test/layout/insertedRows.test.ts',
  'test/layout/newWorkbooks.test.ts',
  'test/layout/printing.test.ts',
  'test/layout/rowCommands.test.ts',
  'test/layout/upgradeOldLayout.test.ts',
  'test/summary/regionSummary.test.ts',
  'test/workbook/repairOwn.test.ts',
  'test/workbook/repairPublished.test.ts',
  'test/workbook/stateChange.test.ts',
  'test/workbook/typedText.test.ts',
  // the built command: pipes, exit codes, signals, outputs, start-up, the README's examples
  'test/bad-input/cliInputSpecial.test.ts',
  'test/bad-input/cliLargeBudget.test.ts',
  'test/bad-input/cliOutputSpecial.test.ts',
  'test/bad-input/cliPipe.test.ts',
  'test/cli/outputTarget.test.ts',
  'test/cli/readmeExamples.test.ts',
  'test/cli/repair.test.ts',
  'test/cli/sf424a.test.ts',
  'test/cli/sf424aWidth.test.ts',
  'test/cli/startup.test.ts',
  'test/cli/version.test.ts',
  // the sweeps and the bounds: every file of the bad-input corpus through every command, in each language
  // and with a reworded catalog; budgets at the 10,000-line bound and a million keys past it (in-process,
  // but a minute of CPU between them: not the quick loop of `test:unit`)
  'test/bad-input/budgetSize.test.ts',
  'test/bad-input/workbookCorpus.test.ts',
  'test/messages/rewordedCatalog.test.tsx',
  'test/messages/spanishOutputs.test.ts',
];
const E2E = ['test/e2e/'];

// Jest's workers inherit this process's environment when they are forked: a 64 MB young generation for them
// (the garbage collector was an eighth of the unit run with node's default), however jest is started.
if (!/--max-semi-space-size/.test(process.env.NODE_OPTIONS ?? ''))
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --max-semi-space-size=64`.trim();

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** @type {import('jest').Config} */
module.exports = {
  // LibreOffice and Chromium tests are slow by nature; a bound, not a speed test.
  testTimeout: 120000,
  // Three workers on CI's two cores: a worker waits idle while LibreOffice, Chromium or the built command run
  // (the e2e files take 80 s of wall time for 42 s of CPU), and the third fills that time. Each worker is a
  // process with its own LibreOffice profiles (test/support/libreoffice.ts) and output folders per test file.
  // `npm run test:unit`, all CPU, runs two.
  maxWorkers: 3,
  projects: [
    {
      ...base,
      displayName: 'unit',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      testPathIgnorePatterns: ['/node_modules/', ...[...INTEGRATION, ...E2E].map((p) => `<rootDir>/${escape(p)}`)],
    },
    {
      ...base,
      displayName: 'integration',
      testMatch: INTEGRATION.map((p) => `<rootDir>/${p}`),
      globalSetup: '<rootDir>/test/support/integrationSetup.ts',
      globalTeardown: '<rootDir>/test/support/integrationTeardown.ts',
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: E2E.map((p) => `<rootDir>/${p}**/*.test.ts`),
      globalSetup: '<rootDir>/test/support/e2eSandbox.ts',
    },
  ],
};
