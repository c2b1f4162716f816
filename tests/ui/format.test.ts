/** The UI's number formats (ui/lib/format.ts). */
import { describe, expect, test } from 'vitest';
import { bn, short, sig4 } from '../../ui/lib/format';

describe('number formats', () => {
  test.each([
    [0.358, '0.358', '0.358'],
    [1, '1.000', '1'],
    [0.0002, '0', '0'],
    [-0.0002, '0', '0'],
    [-1.25, '-1.250', '-1.25'],
  ])('%d → bn %s, short %s', (x, b, s) => {
    expect(bn(x)).toBe(b);
    expect(short(x)).toBe(s);
  });

  test('sig4 keeps four significant digits', () => {
    expect(sig4(0.123456)).toBe('0.1235');
    expect(sig4(1234567)).toBe('1235000');
  });
});
