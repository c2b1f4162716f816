/**
 * What 2008 paid against the model's prices (engine/scenario/paidVersusPrice.ts): the
 * delivered values the issue quotes (0.745 bn to Belarus, 0.441 bn to Uzbekistan), the
 * prices for the recorded text, and each explanation recomputed through a fresh model.
 */
import { describe, expect, test } from 'vitest';
import { historyGains, paidVersusPrice } from '../../engine/scenario/paidVersusPrice';
import { reservationPrice, textOf } from '../../engine/scenario/declarationModel';
import { prepared } from './loadScenario';

const moscow = prepared('moscow-2008');
const TEXT_2008 = ['nato-warning', 'concern-force', 'no-double-standards', 'support-russia-role'];

describe('what 2008 paid, against the model’s prices', () => {
  const rows = paidVersusPrice(moscow);
  const row = (m: string) => rows.find((r) => r.member === m);

  test('Belarus got 0.745 bn of value and Uzbekistan 0.441 bn, against prices of 0.358 and 0.078', () => {
    expect(rows.map((r) => r.member)).toEqual(['BLR', 'UZB']);
    // Belarus: gas cut 0.1 × 3.7 + credit 1.5 of 2 delivered × 0.25; Uzbekistan: $90/tcm × 0.0049.
    expect(row('BLR')?.paid).toBeCloseTo(0.1 * 3.7 + 1.5 * 0.25, 12);
    expect(row('BLR')?.paid).toBeCloseTo(0.745, 12);
    expect(row('UZB')?.paid).toBeCloseTo(0.441, 12);
    expect(row('BLR')?.price).toBeCloseTo(0.358, 12);
    expect(row('UZB')?.price).toBeCloseTo(0.078, 12);
  });

  test('each explanation, applied alone to a fresh model, prices the member at what was paid', () => {
    for (const r of rows) {
      expect(r.explanations.length).toBeGreaterThan(0);
      const i = moscow.model.players.indexOf(r.member);
      for (const e of r.explanations) {
        const moved = prepared('moscow-2008', new Map([[e.parameter, e.to]]));
        const price = reservationPrice(moved.model, i, textOf(moved.model, TEXT_2008));
        expect(price, `${r.member} with ${e.parameter} = ${e.to}`).toBeCloseTo(r.paid, 6);
        const range = moscow.scenario.file.parameters[e.parameter]?.range as [number, number];
        expect(e.to).toBeGreaterThanOrEqual(range[0]);
        expect(e.to).toBeLessThanOrEqual(range[1]);
      }
      const moves = r.explanations.map((e) => e.move);
      expect(moves).toEqual([...moves].sort((a, b) => a - b));
    }
  });

  test('without explanations when asked, for the live Model tab', () => {
    expect(
      paidVersusPrice(moscow, { explain: false }).every((r) => r.explanations.length === 0),
    ).toBe(true);
  });
});

describe('each role’s gain in 2008, the score a game is set beside', () => {
  const gains = historyGains(moscow);
  const rows = paidVersusPrice(moscow);

  test('a paid member gains what it was paid minus its price for the text', () => {
    for (const r of rows) expect(gains?.[r.member]).toBeCloseTo(r.paid - r.price, 12);
  });

  test('an unpaid member gains its value of the text over walking away', () => {
    const text = textOf(moscow.model, TEXT_2008);
    for (const m of ['ARM', 'KAZ', 'KGZ', 'TJK']) {
      const i = moscow.model.players.indexOf(m);
      const unpaid =
        moscow.model.clauseValue.reduce(
          (s, row, c) => s + ((text >>> c) & 1 ? (row[i] as number) : 0),
          0,
        ) - (moscow.model.disagreement[i] as number);
      expect(gains?.[m]).toBeCloseTo(unpaid, 12);
    }
  });

  test('Russia gains its value of the text less what the payments cost it', () => {
    const cost = rows.reduce((s, r) => s + r.cost, 0);
    expect(cost).toBeCloseTo(0.49 + 0.441, 12);
    const text = textOf(moscow.model, TEXT_2008);
    const own = moscow.model.clauseValue.reduce(
      (s, row, c) => s + ((text >>> c) & 1 ? (row[0] as number) : 0),
      0,
    );
    expect(gains?.RUS).toBeCloseTo(own - cost - (moscow.model.disagreement[0] as number), 12);
  });
});
