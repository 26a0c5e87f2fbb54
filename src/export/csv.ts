/** One CSV cell: always quoted, and a spreadsheet formula (=, +, -, @ at the start) from data text defused. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}
