/**
 * Tables as CSV (RFC 4180): fields with a comma, quote or line break are quoted, quotes
 * doubled; lines end with CRLF. Numbers are written in full precision.
 */
export type Cell = string | number | boolean | null | undefined;

function field(x: Cell): string {
  const text = x === null || x === undefined ? '' : String(x);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
