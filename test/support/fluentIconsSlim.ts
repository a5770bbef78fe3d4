/**
 * `@fluentui/react-icons` for jest (jest.config.js maps the package's main entry here). Its entry evaluates
 * every icon, 12 MB of JavaScript, over a second of each test file that renders a Fluent button; Fluent's
 * components read five of them. Each name is taken, when first read, from the one file of the package that
 * defines it: the very object the entry would give (test/taskpane/fluentSlim.test.ts holds them equal).
 */
import * as fs from 'fs';
import * as path from 'path';

// The entry beside the providers' file, which Fluent's provider requires by that path (the package's own
// name would be mapped back to this file).
const dir = path.dirname(require.resolve('@fluentui/react-icons/lib/providers'));
const entry = path.join(dir, 'index.cjs');
/** The files the entry re-exports, in its order. */
const parts = [...fs.readFileSync(entry, 'utf8').matchAll(/require\("(\.\/[^"]+\.cjs)"\)/g)].map((m) =>
  path.join(dir, m[1] as string),
);
const texts = new Map<string, string>();
function textOf(file: string): string {
  let text = texts.get(file);
  if (text === undefined) texts.set(file, (text = fs.readFileSync(file, 'utf8')));
  return text;
}

function load(name: string): unknown {
  const file = parts.find((f) => textOf(f).includes(`exports.${name} = `));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return file ? (require(file) as Record<string, unknown>)[name] : undefined;
}

const found = new Map<string, unknown>();
module.exports = new Proxy(
  // iconsRead: the names read so far (for fluentSlim.test.tsx)
  { __esModule: true, iconsRead: () => [...found.keys()] },
  {
    get(target, name) {
      if (typeof name !== 'string' || name in target) return (target as Record<string | symbol, unknown>)[name];
      if (!found.has(name)) found.set(name, load(name));
      return found.get(name);
    },
  },
);
