import { describe, expect, test } from 'vitest';
import { toCsv } from '../../ui/lib/csv';

describe('toCsv (RFC 4180)', () => {
  test('plain fields, CRLF lines, full-precision numbers', () => {
    expect(toCsv(['a', 'b'], [[1 / 3, 'x']])).toBe('a,b\r\n0.3333333333333333,x\r\n');
  });
  test('quotes fields with commas, quotes and line breaks; empty for null', () => {
    expect(toCsv(['name'], [['RUS+BLR, 2008'], ['say "no"'], ['two\nlines'], [null]])).toBe(
      'name\r\n"RUS+BLR, 2008"\r\n"say ""no"""\r\n"two\nlines"\r\n\r\n',
    );
  });
});
