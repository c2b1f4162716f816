/**
 * How the UI writes numbers, in one place: amounts in US$ bn to three decimals with tiny
 * values shown as 0 (`bn`), the same without trailing zeros for tables and charts (`short`),
 * and four significant digits for parameter values on sweep axes (`sig4`).
 */

/** 0.358 → "0.358", 1 → "1.000", 0.0002 → "0". */
export function bn(x: number): string {
  return Math.abs(x) < 5e-4 ? '0' : x.toFixed(3);
}

/** 0.358 → "0.358", 1 → "1", 0.0002 → "0". */
export function short(x: number): string {
  return Math.abs(x) < 5e-4 ? '0' : Number(x.toFixed(3)).toString();
}

/** 0.123456 → "0.1235", 1234567 → "1235000". */
export function sig4(x: number): string {
  return Number(x.toPrecision(4)).toString();
}
