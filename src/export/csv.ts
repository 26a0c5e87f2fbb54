/**
 * One CSV cell: always quoted, and a spreadsheet formula (=, +, -, @ at the start) from data text defused. The one
 * quoting rule of every CSV the app writes (report export, trip check, official downloads). Kept over papaparse's
 * `unparse`: measured, the same output 1.5× slower on 200k rows, and +6.9 kB gzip of a UMD file that does not
 * tree-shake, in the main chunk that every view loads.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
