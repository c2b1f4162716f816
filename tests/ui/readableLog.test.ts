import { describe, expect, test } from 'vitest';
import { readableLog } from '../../ui/lib/readableLog';

const read = readableLog({
  names: { RUS: 'Russia', BLR: 'Belarus', UZB: 'Uzbekistan' },
  labels: { 'blr-credit': 'Stabilization credit to Belarus', 'support-blr': 'Budget support' },
});

describe('the log with names and labels', () => {
  test('countries by name and instruments by label, amounts kept', () => {
    expect(read('RUS offers BLR: back nato-warning for blr-credit 2, support-blr 0.038')).toBe(
      'Russia offers Belarus: back nato-warning for Stabilization credit to Belarus: 2, Budget support: 0.038',
    );
    expect(read("BLR's demand (0.615 bn in value) — UZB accepts")).toBe(
      "Belarus's demand (0.615 bn in value) — Uzbekistan accepts",
    );
  });

  test('only whole ids: parts of words and hyphenated ids are left alone', () => {
    expect(read('RUSSIA BLRX blr-credit-line xRUS')).toBe('RUSSIA BLRX blr-credit-line xRUS');
    expect(readableLog({ names: {}, labels: {} })('RUS')).toBe('RUS');
  });
});
