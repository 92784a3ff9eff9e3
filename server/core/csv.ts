/**
 * CSV that Excel opens with the Chinese intact: UTF-8 with a BOM, CRLF lines,
 * cells quoted when they hold a comma, quote or line break, and a leading
 * = + - @ defused (a typed answer must never run as a spreadsheet formula).
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return '\ufeff' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
