/**
 * CSV as spreadsheets read it (RFC 4180: comma-separated, CRLF line ends, quotes doubled).
 * A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a
 * formula by Excel or LibreOffice (CSV injection), so it is prefixed with an apostrophe, which
 * spreadsheets show as text. Post text comes from anyone, so this matters.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, quoted when it holds a comma, quote or line break, defused when it looks like a formula. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole table: the header row, then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
