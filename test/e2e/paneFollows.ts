/**
 * Helpers of the pane's end-to-end tests (pane.test.ts): axe-core run on the pane, focus, layout at 320 px.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';

const AXE = fs.readFileSync(path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js'), 'utf8');

/** axe-core's violations on the pane (WCAG 2.1 A and AA, best practices), as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await transitionsSettled(page);
  return axeNow(page);
}

/** axe-core's violations as the page is this instant, a colour fade half-way or not (axeViolations waits). */
export async function axeNow(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{ violations: { id: string; nodes: { html: string; failureSummary?: string }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(
      { include: [['#pane']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    );
    return r.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => `${n.html.slice(0, 120)} ${n.failureSummary ?? ''}`).join(', ')}`,
    );
  });
  return violations;
}

/**
 * Waits until no CSS transition runs in the page. A Fluent button fades between its disabled and enabled
 * colours (background, border and colour in 100 ms, durationFaster): axe run inside that fade measures the
 * colours half-way. That was the flake of pane.test.ts, color-contrast 1.64, #bdbdbd on #f0f0f0 (the disabled
 * colours) on a button just enabled when an action ended, on a loaded machine where the fade's frames came
 * late. `getAnimations()` applies pending style changes first, so a fade about to start is seen; animations
 * that never end (a spinner) are CSS animations, not transitions, and are not waited for.
 */
export async function transitionsSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !document.getAnimations().some((a) => typeof CSSTransition !== 'undefined' && a instanceof CSSTransition),
    undefined,
    { timeout: 30_000 },
  );
}

/** What holds the focus: its test id, role and text, or "body". */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    return `${el.dataset.testid ?? ''}|${el.getAttribute('role') ?? el.tagName.toLowerCase()}|${(el.getAttribute('aria-label') ?? el.textContent ?? '').slice(0, 80)}`;
  });
}

/** Figures of the SF-424A panel that lie (partly) outside the pane's visible width. */
export function figuresOutOfSight(page: Page, sections: string[]): Promise<string[]> {
  return page.evaluate((secs) => {
    const pane = document.getElementById('pane') as HTMLElement;
    const right = pane.getBoundingClientRect().left + pane.clientWidth;
    const out: string[] = [];
    for (const sec of secs) {
      for (const b of document.querySelectorAll<HTMLElement>(`#pane section[data-section="${sec}"] [data-roving]`)) {
        const r = b.getBoundingClientRect();
        if (r.right > right + 0.5 || r.width === 0) out.push(b.getAttribute('aria-label') ?? '?');
      }
    }
    return out;
  }, sections);
}

/** What is cut off or pushed sideways in the pane: elements whose content is wider than their box. */
export function clipped(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.getElementById('pane') as HTMLElement;
    if (root.scrollWidth > root.clientWidth) out.push(`the pane scrolls sideways (${root.scrollWidth}px)`);
    for (const el of root.querySelectorAll<HTMLElement>('button, label, [role="tab"], h1, h2, h3, p, li, option, th')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || el.offsetParent === null) continue;
      if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'auto' && style.overflowX !== 'scroll')
        out.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 60)}" (${el.scrollWidth} > ${el.clientWidth})`,
        );
      const r = el.getBoundingClientRect();
      const box = root.getBoundingClientRect();
      if (r.width > 0 && r.right > box.left + root.clientWidth + 0.5)
        out.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 60)}" past the pane's edge`);
    }
    return out;
  });
}
