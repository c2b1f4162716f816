/**
 * Text for a terminal: control characters (ANSI escapes, carriage returns, bells, C1
 * codes) in ids and reasons from files would reach the terminal raw and could rewrite what
 * it shows. They are printed as visible \u{…} escapes; newlines and tabs stay.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
