/**
 * A range's cells as the port wants them (value and formula), from what Office.js gives: values,
 * formulas and value types of the same rectangle.
 */
import type { CellSnapshot, CellValue } from '../workbook/port';

function cellValue(type: string, value: unknown): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    case 'Double':
      return typeof value === 'number' ? value : Number(value);
    case 'Boolean':
      return Boolean(value);
    default:
      return value === '' || value === null || value === undefined ? null : (value as string | number | boolean);
  }
}

function cellSnapshot(type: string, value: unknown, formula: unknown): CellSnapshot {
  const v = cellValue(type, value);
  // A text cell that reads "=x" has formulas == values; a real formula's text differs from its value.
  const isFormula = typeof formula === 'string' && formula.startsWith('=') && !(type === 'String' && formula === value);
  return { value: v, formula: isFormula ? (formula as string) : null };
}

/** The cells of a range as the port wants them, from its values, formulas and value types. */
export function cellRows(values: unknown[][], formulas: unknown[][], types: unknown[][]): CellSnapshot[][] {
  return types.map((row, r) => row.map((t, c) => cellSnapshot(String(t), values[r]?.[c], formulas[r]?.[c])));
}

