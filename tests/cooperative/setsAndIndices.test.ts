/**
 * Teaching texts that must not mislead: normalized Banzhaf only for simple games, and the
 * least core reported as a set (each player's range over it), inside the core when the
 * core is non-empty.
 */
import { describe, expect, test } from 'vitest';
import { gameReport } from '../../engine/cooperative/gameReport';
import { coreBounds } from '../../engine/cooperative/coreBounds';
import { gameFromValues } from '../../engine/cooperative/tuGame';
import { prepared } from '../scenario/loadScenario';

describe('normalized Banzhaf', () => {
  test('is refused for a game whose worths are not 0 or 1, with the reason', async () => {
    const r = (await gameReport({ kind: 'tu', game: prepared('moscow-2008').game }, [
      'banzhafNormalized',
    ])) as unknown as { banzhafNormalized: unknown; notes: Record<string, string> };
    expect(r.banzhafNormalized).toBeNull();
    expect(r.notes.banzhafNormalized).toMatch(/simple games only/);
  });

  test('is given for a simple game (majority of three: 1/3 each)', async () => {
    const game = gameFromValues([0, 0, 0, 1, 0, 1, 1, 1]);
    const r = (await gameReport({ kind: 'tu', game }, ['banzhafNormalized'])) as unknown as {
      banzhafNormalized: Record<string, number>;
    };
    for (const x of Object.values(r.banzhafNormalized)) expect(x).toBeCloseTo(1 / 3, 12);
  });
});

describe('the least core is a set', () => {
  test('three partners with a non-empty core: the least core sits inside the core (hand-derived)', async () => {
    // v(i) = 0, v(ij) = 0.5, v(N) = 1: the core is x_i + x_j ≥ 0.5; ε* = −1/6 ... here all
    // pairs tie, so the least core is the single point (1/3, 1/3, 1/3) and ε* = 0.5 − 2/3.
    const game = gameFromValues([0, 0, 0, 0.5, 0, 0.5, 0.5, 1]);
    const b = await coreBounds(game);
    if (!b.ok) throw new Error(b.reason);
    expect(b.value.leastCore.epsilon).toBeCloseTo(0.5 - 2 / 3, 9);
    b.value.leastCore.lower.forEach((lo, i) => {
      expect(lo).toBeCloseTo(1 / 3, 7);
      expect(b.value.leastCore.upper[i]).toBeCloseTo(1 / 3, 7);
      expect(lo).toBeGreaterThanOrEqual((b.value.lower[i] as number) - 1e-9);
    });
    // The core itself is wider: x_i from 0 to 0.5.
    b.value.lower.forEach((lo) => expect(lo).toBeCloseTo(0, 7));
    b.value.upper.forEach((hi) => expect(hi).toBeCloseTo(0.5, 7));
  });

  test('a glove game with an asymmetric least core: ranges, not a point', async () => {
    // Players 0,1 hold left gloves, 2 a right glove; v(S) = 1 if S has a pair. The core is
    // the single point (0, 0, 1), so ε* = 0 and the least core equals it.
    const game = gameFromValues([0, 0, 0, 0, 0, 1, 1, 1]);
    const b = await coreBounds(game);
    if (!b.ok) throw new Error(b.reason);
    expect(b.value.leastCore.epsilon).toBeCloseTo(0, 9);
    expect(b.value.leastCore.upper[2]).toBeCloseTo(1, 7);
    expect(b.value.leastCore.lower[2]).toBeCloseTo(1, 7);
  });
});
