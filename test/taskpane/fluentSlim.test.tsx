/**
 * @jest-environment jsdom
 *
 * jest loads Fluent through two slim modules (test/support/fluentSlim.ts and fluentIconsSlim.ts, mapped in
 * jest.config.js) instead of the packages' entries, which load everything: they must give the very objects
 * the entries give, and every name the pane's source imports, or the pane's tests would render another pane.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as React from 'react';
import { render } from '@testing-library/react';
import * as slim from '@fluentui/react-components';

const ROOT = path.resolve(__dirname, '..', '..');

/** A package's own entry, required by its path: jest maps the package's name to the slim module. */
function entryOf(pkg: string, from?: string): Record<string, unknown> {
  const manifest = require.resolve(`${pkg}/package.json`, from ? { paths: [from] } : undefined);
  const main = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { main: string }).main;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(path.dirname(manifest), main)) as Record<string, unknown>;
}

/** The names src/ imports from the barrel, types aside. */
function namesImportedBySrc(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(e.name))
        for (const m of fs
          .readFileSync(file, 'utf8')
          .matchAll(/import \{([^}]*)\} from '@fluentui\/react-components'/g))
          for (const n of (m[1] as string).split(',').map((x) => x.trim()))
            if (n && !n.startsWith('type ')) names.add(n.split(' as ')[0] as string);
    }
  };
  walk(path.join(ROOT, 'src'));
  return names;
}

test("every name src/ imports from Fluent is in the slim module, the barrel's own object", () => {
  const real = entryOf('@fluentui/react-components');
  const used = namesImportedBySrc();
  expect(used.size).toBeGreaterThan(5);
  const exported = slim as unknown as Record<string, unknown>;
  for (const name of used) {
    expect([name, exported[name]]).not.toEqual([name, undefined]);
    expect(exported[name]).toBe(real[name]);
  }
});

test("the icons Fluent's components read, rendered, are the icon entry's own objects", () => {
  const { FluentProvider, webLightTheme, Button, Select, Textarea } = slim;
  render(
    <FluentProvider theme={webLightTheme}>
      <Button>Go</Button>
      <Select aria-label="State">
        <option>KY</option>
      </Select>
      <Textarea aria-label="Note" />
    </FluentProvider>,
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const icons = require('@fluentui/react-icons') as Record<string, unknown> & { iconsRead(): string[] };
  const read = icons.iconsRead();
  expect(read).toContain('ChevronDownRegular'); // the Select's
  const real = entryOf(
    '@fluentui/react-icons',
    path.dirname(require.resolve('@fluentui/react-components/package.json')),
  );
  for (const name of read) {
    expect([name, icons[name]]).not.toEqual([name, undefined]);
    expect(icons[name]).toBe(real[name]);
  }
});
