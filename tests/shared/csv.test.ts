import { describe, expect, test } from 'vitest';
import { toCsv } from '../../engine/index';

describe('toCsv (RFC 4180)', () => {
  test('plain fields, CRLF lines, full-precision numbers', () => {
    expect(toCsv(['a', 'b'], [[1 / 3, 'x']])).toBe('a,b\r\n0.3333333333333333,x\r\n');
  });
  test('quotes fields with commas, quotes and line breaks; empty for null', () => {
    expect(toCsv(['name'], [['RUS+BLR, 2008'], ['say "no"'], ['two\nlines'], [null]])).toBe(
      'name\r\n"RUS+BLR, 2008"\r\n"say ""no"""\r\n"two\nlines"\r\n\r\n',
    );
  });
  test('text a spreadsheet would run as a formula is defused; negative numbers are not', () => {
    expect(toCsv(['name'], [['=HYPERLINK("x")'], ['+1'], ['@SUM(A1)'], [-0.5], ['Anna']])).toBe(
      'name\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'@SUM(A1)\r\n-0.5\r\nAnna\r\n',
    );
  });
});
