/**
 * CSV with typed columns for analysts: a header row, then one row per record (RFC 4180, CRLF), and the column types
 * as GDAL's `.csvt` sidecar (Integer, Real, String, Date) so `ogrinfo`/QGIS read typed fields without guessing.
 * No `#` metadata lines (GDAL's CSV driver would read them as the header): the credit travels in a sidecar text.
 * A UTF-8 BOM lets spreadsheet programs read the Chinese; GDAL skips it. Pure.
 */
import { csvCell } from '../export/csv';

export type CsvType = 'Integer' | 'Real' | 'String' | 'Date';

export interface CsvColumn<Row> {
  name: string;
  type: CsvType;
  value: (row: Row) => string | number | null | undefined;
}

/** Text is quoted with a formula defused (csvCell); numbers and dates are written bare, a missing value empty. */
function cell(value: string | number | null | undefined, type: CsvType): string {
  if (value === null || value === undefined || value === '') return '';
  if (type === 'Integer' || type === 'Real' || type === 'Date') return String(value);
  return csvCell(String(value));
}

export function toTypedCsv<Row>(columns: ReadonlyArray<CsvColumn<Row>>, rows: Iterable<Row>): string {
  const lines = [columns.map((c) => c.name).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row), c.type)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The `.csvt` sidecar: one line of quoted GDAL field types, in column order. */
export function csvtOf<Row>(columns: ReadonlyArray<CsvColumn<Row>>): string {
  return `${columns.map((c) => `"${c.type}"`).join(',')}\r\n`;
}
