/**
 * The ES5 check in taskpane.html that tells users of Internet Explorer 11 and Edge Legacy (Excel 2019
 * volume-licensed, Office without WebView2) what to do, instead of a blank pane. It must itself run
 * there: it is parsed here as ES5 (acorn, ecmaVersion 5), and run against those user agents.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { parse } from 'acorn';
import { IE11_UA, inlineScripts } from '../support/pages';

const HTML = fs.readFileSync(path.resolve(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');

const EDGE_LEGACY_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';
const EDGE_CHROMIUM_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91';

function runWith(userAgent: string): { flag: unknown; html: string } {
  const container = { innerHTML: '<p>Loading Grant Budget…</p>' };
  const window: Record<string, unknown> = { navigator: { userAgent } };
  const document = { getElementById: (id: string) => (id === 'container' ? container : null) };
  window.document = document;
  const [script] = inlineScripts(HTML);
  vm.runInNewContext(script as string, { window, document });
  return { flag: window.grantBudgetUnsupportedClient, html: container.innerHTML };
}

describe('the old-client check of taskpane.html', () => {
  it('is one inline script, ES5 only (no let, const, arrow functions, template literals)', () => {
    const scripts = inlineScripts(HTML);
    expect(scripts).toHaveLength(1);
    expect(() => parse(scripts[0] as string, { ecmaVersion: 5 })).not.toThrow();
    // The parser does refuse ES2015 at ecmaVersion 5, so the check above can fail.
    expect(() => parse('(function () { let a = () => 1; })();', { ecmaVersion: 5 })).toThrow();
  });

  it('comes before the bundle and the container it writes into', () => {
    expect(HTML.indexOf('id="container"')).toBeLessThan(HTML.indexOf('grantBudgetUnsupportedClient'));
  });

  it.each([
    ['Internet Explorer 11', IE11_UA],
    ['Edge Legacy', EDGE_LEGACY_UA],
  ])('on %s says what is needed and what to do, and stops the bundle', (_name, ua) => {
    const { flag, html } = runWith(ua);
    expect(flag).toBe(true);
    expect(html).toContain('This add-in needs Microsoft 365, Excel 2021 or later, or Excel on the web');
    expect(html).toMatch(/Update Office/);
    expect(html).toMatch(/Excel on the web/);
    expect(html).toMatch(/WebView2/);
  });

  it('leaves a modern pane alone (Chromium Edge says "Edg/", not "Edge/")', () => {
    for (const ua of [
      EDGE_CHROMIUM_UA,
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko)',
    ]) {
      const { flag, html } = runWith(ua);
      expect(flag).toBeUndefined();
      expect(html).toBe('<p>Loading Grant Budget…</p>');
    }
  });
});
