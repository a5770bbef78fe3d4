/**
 * A table of figures is ONE tab stop; the arrow keys move inside it (roving tabindex, as in the WAI-ARIA
 * grid pattern): Left/Right to the previous/next figure, Up/Down to the figure of the nearest column in
 * the row above/below, Home/End to the first/last. Figures carry data-row and data-col; the container's
 * keydown handler moves focus and tells which figure now holds the tab stop.
 */
import type * as React from 'react';

export interface RovingItem {
  row: number;
  col: number;
}

function itemOf(el: HTMLElement): RovingItem {
  return { row: Number(el.dataset.row), col: Number(el.dataset.col) };
}

/** The index of the figure the key leads to, or null when the key is not a move (or leads nowhere). */
export function nextIndex(items: readonly RovingItem[], from: number, key: string): number | null {
  const cur = items[from];
  if (!cur) return null;
  if (key === 'ArrowRight') return from + 1 < items.length ? from + 1 : null;
  if (key === 'ArrowLeft') return from > 0 ? from - 1 : null;
  if (key === 'Home') return 0;
  if (key === 'End') return items.length - 1;
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return null;
  const down = key === 'ArrowDown';
  const rows = items.map((it) => it.row).filter((r) => (down ? r > cur.row : r < cur.row));
  if (rows.length === 0) return null;
  const row = down ? Math.min(...rows) : Math.max(...rows);
  let best: number | null = null;
  items.forEach((it, i) => {
    if (it.row !== row) return;
    const b = best === null ? null : items[best];
    if (!b || Math.abs(it.col - cur.col) < Math.abs(b.col - cur.col)) best = i;
  });
  return best;
}

/** The keydown handler of a container of figures (buttons with data-roving). */
export function rovingKeyDown(onMove: (key: string) => void) {
  return (e: React.KeyboardEvent<HTMLElement>) => {
    const figures = [...e.currentTarget.querySelectorAll<HTMLElement>('[data-roving]')];
    const from = figures.indexOf(document.activeElement as HTMLElement);
    if (from < 0) return;
    const to = nextIndex(figures.map(itemOf), from, e.key);
    if (to === null) {
      if (e.key.startsWith('Arrow')) e.preventDefault();
      return;
    }
    e.preventDefault();
    const el = figures[to] as HTMLElement;
    onMove(`${el.dataset.row}:${el.dataset.col}`);
    el.focus();
  };
}
