/**
 * @jest-environment jsdom
 *
 * The SF-424A XML export where a file can be saved and where it cannot (Excel for Mac and iPad block
 * Blob downloads from an add-in, silently): never "Saved" for a save that did not happen; the XML is
 * shown, read-only, with a Copy button.
 */
import { english } from '../support/words';
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { evaluateBudget } from '../../src/budget';
import { lastCopiedText } from '../../src/taskpane/clipboard';
import Sf424aPanel from '../../src/taskpane/components/Sf424aPanel';
import { budgetOf, exampleJson } from '../support/budgets';

const evaluation = evaluateBudget(budgetOf(exampleJson('nc-example')));

function renderPanel(canDownload: boolean | undefined, openErrors = 0, downloadKnown?: boolean) {
  const statuses: { text: string; intent?: string }[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <Sf424aPanel
        form={evaluation.sf424a}
        osha110={evaluation.osha110}
        fileStem="nc-fy2012"
        openErrors={openErrors}
        {...(canDownload === undefined ? {} : { canDownload })}
        {...(downloadKnown === undefined ? {} : { downloadKnown })}
        onStatus={(text, intent) => statuses.push({ text: english(text), ...(intent ? { intent } : {}) })}
      />
    </FluentProvider>,
  );
  return statuses;
}

let clicks: string[];
const realCreate = URL.createObjectURL;
beforeEach(() => {
  clicks = [];
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicks.push(this.download);
  });
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: jest.fn(async () => undefined) },
    configurable: true,
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  URL.createObjectURL = realCreate;
});

describe('Export SF-424A XML', () => {
  it('where files can be saved: downloads the file and says so', () => {
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    const statuses = renderPanel(true);
    fireEvent.click(screen.getByRole('button', { name: 'Export SF-424A XML' }));
    expect(clicks).toEqual(['nc-fy2012-sf424a.xml']);
    expect(statuses).toEqual([
      {
        text: "Saved nc-fy2012-sf424a.xml (Grants.gov SF424A-V1.0) where your browser saves downloads (usually Downloads): upload it to Grants.gov with the application's SF-424A, or attach it to the application.",
        intent: 'success',
      },
    ]);
    expect(screen.queryByTestId('sf424a-xml')).toBeNull();
  });

  it('with errors open: still saves, and says how many errors are open (issue 10, item 13)', () => {
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    const statuses = renderPanel(true, 3);
    fireEvent.click(screen.getByRole('button', { name: 'Export SF-424A XML' }));
    expect(clicks).toEqual(['nc-fy2012-sf424a.xml']);
    expect(statuses).toEqual([
      {
        text: 'Saved nc-fy2012-sf424a.xml where your browser saves downloads (usually Downloads), but the budget has 3 open errors (Checks tab): the XML holds the figures as they stand; correct them before you upload it to Grants.gov.',
        intent: 'warning',
      },
    ]);
  });

  it('on a Mac: downloads nothing, never says "Saved", shows the XML read-only with a Copy button', async () => {
    URL.createObjectURL = jest.fn(() => 'blob:x');
    const statuses = renderPanel(false);
    fireEvent.click(screen.getByRole('button', { name: 'Export SF-424A XML' }));
    expect(clicks).toEqual([]);
    expect(statuses.map((s) => s.text).join(' ')).not.toMatch(/Saved/);
    expect(statuses[0]).toMatchObject({ intent: 'warning' });
    expect(statuses[0]!.text).toMatch(/nothing was saved.*Copy it and save it as nc-fy2012-sf424a\.xml/);
    const area = screen.getByRole('textbox', { name: /SF-424A XML/ }) as HTMLTextAreaElement;
    expect(area.readOnly).toBe(true);
    expect(area.value).toMatch(/^<\?xml/);
    expect(area.value).toContain('SF424A:');
    fireEvent.click(screen.getByRole('button', { name: 'Copy XML' }));
    await waitFor(() =>
      expect(statuses[statuses.length - 1]).toEqual({ text: 'Copied the SF-424A XML.', intent: 'success' }),
    );
    expect(lastCopiedText()).toBe(area.value);
  });

  it('on Windows desktop, whose webview may drop a download silently: asks for the file, never says "Saved", shows the XML too (issue 18, item 9)', () => {
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    const statuses = renderPanel(true, 0, false);
    fireEvent.click(screen.getByRole('button', { name: 'Export SF-424A XML' }));
    expect(clicks).toEqual(['nc-fy2012-sf424a.xml']);
    expect(statuses.map((s) => s.text).join(' ')).not.toMatch(/Saved/);
    expect(statuses[0]).toMatchObject({ intent: 'warning' });
    expect(statuses[0]!.text).toMatch(
      /Excel was asked to save nc-fy2012-sf424a\.xml.*If it is not there, copy the XML below/,
    );
    expect((screen.getByTestId('sf424a-xml') as HTMLTextAreaElement).value).toMatch(/^<\?xml/);
  });

  it('where the browser cannot start a download at all: the same, never "Saved"', () => {
    (URL as unknown as { createObjectURL?: unknown }).createObjectURL = undefined;
    const statuses = renderPanel(undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Export SF-424A XML' }));
    expect(clicks).toEqual([]);
    expect(statuses.map((s) => s.text).join(' ')).not.toMatch(/Saved/);
    expect(screen.getByTestId('sf424a-xml')).toBeTruthy();
  });
});
