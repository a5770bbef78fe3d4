/** The Excel backend with the CLI's reader, planner and repairer: the pane's second chunk starts here. */
import type { PaneBackend } from '../addin/paneBackend';
import { ExcelBackend } from './excelBackend';
import { DEFAULT_SERVICES } from './services';

export function createExcelBackend(): PaneBackend {
  return new ExcelBackend(DEFAULT_SERVICES);
}
