/**
 * @jest-environment jsdom
 *
 * Issue 18 in the pane: the undo-history note said once, before the first action that unprotects a sheet
 * (item 7), and "Press Enter in Excel to finish editing the cell" while Excel holds a request (item 3).
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { CheckOutcome } from '../../src/addin/paneBackend';
import { UNDO_CLEARED_NOTE } from '../../src/addin/paneWords';
import { firstCheckShown, renderApp, scriptedBackend } from '../support/paneBackend';
import { english, plain } from '../support/words';

const none: CheckOutcome = { status: 'none', problem: plain('This workbook holds no budget yet.') };

beforeEach(() => localStorage.clear());

it('says once, before the first repair, that Excel clears its undo history; not after it, nor in a new pane', async () => {
  const { backend } = scriptedBackend([none]);
  const first = renderApp(backend);
  fireEvent.click(screen.getByRole('tab', { name: 'Review' }));
  expect(screen.getByTestId('undo-note').textContent).toBe(english(UNDO_CLEARED_NOTE));
  expect(screen.getByRole('button', { name: 'Repair totals' }).getAttribute('aria-describedby')).toBe('gb-undo-note');
  fireEvent.click(screen.getByRole('button', { name: 'Repair totals' }));
  await waitFor(() => expect(backend.repairTotals).toHaveBeenCalled());
  await waitFor(() => expect(screen.queryByTestId('undo-note')).toBeNull());
  first.unmount();
  const again = scriptedBackend([none]).backend;
  renderApp(again);
  fireEvent.click(screen.getByRole('tab', { name: 'Review' }));
  expect(screen.queryByTestId('undo-note')).toBeNull();
  await firstCheckShown(again);
});

it('while Excel holds a request (a cell in edit mode), says to press Enter in Excel; and stops when Excel goes on', async () => {
  const { backend } = scriptedBackend([none]);
  let tell: ((waiting: boolean) => void) | null = null;
  backend.onWaiting = (listener) => {
    tell = listener;
    return () => (tell = null);
  };
  renderApp(backend);
  expect(screen.queryByTestId('excel-waiting')).toBeNull();
  act(() => tell?.(true));
  expect(screen.getByTestId('excel-waiting').textContent).toMatch(/Press Enter in Excel to finish editing the cell/);
  act(() => tell?.(false));
  expect(screen.queryByTestId('excel-waiting')).toBeNull();
  await firstCheckShown(backend);
});
