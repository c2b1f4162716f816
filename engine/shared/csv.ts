/**
 * Tables as CSV (RFC 4180): fields with a comma, quote or line break are quoted, quotes
 * doubled; lines end with CRLF. Numbers are written in full precision. Text that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or CR; OWASP "CSV
 * injection") is prefixed with an apostrophe, since names typed by students end up here.
 */
export type Cell = string | number | boolean | null | undefined;

function field(x: Cell): string {
  let text = x === null || x === undefined ? '' : String(x);
  if (typeof x === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
