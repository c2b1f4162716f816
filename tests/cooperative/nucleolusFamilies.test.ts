/**
 * Issue 15's correctness half: on the three families of its comparison (integer worths,
 * fixed seeds) the nucleolus passes Kohlberg's check with imputation bounds, and the least
 * core's ε is minimal (it equals the dual LP's optimum, solved by HiGHS). Past n = 10 the
 * ratio test reads a pool of coalitions (engine/cooperative/slackPool.ts); there Kohlberg's
 * check (one LP per excess level) is too slow, so the answers are checked against the
 * engine's previous path instead: HiGHS on every round with constraint generation, kept as
 * the bench's baseline — a different algorithm on a different solver.
 */
import { describe, expect, test } from 'vitest';
import { nucleolus } from '../../engine/cooperative/nucleolus';
import { leastCore } from '../../engine/cooperative/leastCore';
import { satisfiesKohlberg } from '../../engine/cooperative/kohlberg';
import { approxEqual } from '../../engine/shared/numeric';
import { referenceLeastCore, referenceNucleolus } from '../bench/referenceNucleolus';
import { dualEpsilon } from './dualEpsilon';
import { familyGame, GAME_FAMILIES } from './gameFamilies';

const SEEDS = [1, 2, 3];

describe.each(GAME_FAMILIES)('%s games', (family) => {
  test.each([3, 4, 5, 6, 7, 8])(
    'n = %i: the nucleolus passes Kohlberg with imputation bounds',
    async (n) => {
      for (const seed of SEEDS) {
        const g = familyGame(family, n, seed);
        const r = await nucleolus(g);
        expect(r.ok).toBe(true);
        if (r.ok) expect(await satisfiesKohlberg(g, r.value, true)).toBe(true);
      }
    },
  );

  test.each([3, 5, 8, 10])('n = %i: the least-core ε equals the dual LP optimum', async (n) => {
    for (const seed of SEEDS) {
      const g = familyGame(family, n, seed);
      const lc = await leastCore(g);
      expect(lc.ok).toBe(true);
      if (lc.ok) expect(lc.value.epsilon).toBeCloseTo(await dualEpsilon(g), 7);
    }
  });

  test.each([11, 12])('n = %i (pooled ratio test): equal to the HiGHS path', async (n) => {
    for (const seed of SEEDS.slice(0, 2)) {
      const g = familyGame(family, n, seed);
      const r = await nucleolus(g);
      expect(r.ok).toBe(true);
      const expected = await referenceNucleolus(g);
      if (r.ok)
        r.value.forEach((x, i) => expect(approxEqual(x, expected[i] as number, 1e-7)).toBe(true));
      const lc = await leastCore(g);
      const reference = await referenceLeastCore(g);
      expect(lc.ok && approxEqual(lc.value.epsilon, reference.epsilon, 1e-7)).toBe(true);
    }
  });
});

describe('nucleolus: scale and degenerate domains', () => {
  test('scaling every worth by λ scales the nucleolus and the least-core ε by λ', async () => {
    for (const family of GAME_FAMILIES) {
      const g = familyGame(family, 6, 7);
      const base = await nucleolus(g);
      const baseLc = await leastCore(g);
      for (const lambda of [1e9, 1e-6]) {
        const scaled = { ...g, v: g.v.map((w) => w * lambda) };
        const r = await nucleolus(scaled);
        const lc = await leastCore(scaled);
        expect(r.ok && base.ok).toBe(true);
        if (r.ok && base.ok)
          r.value.forEach((x, i) =>
            expect(approxEqual(x / lambda, base.value[i] as number, 1e-7)).toBe(true),
          );
        if (lc.ok && baseLc.ok)
          expect(approxEqual(lc.value.epsilon / lambda, baseLc.value.epsilon, 1e-7)).toBe(true);
      }
    }
  });

  test('a single imputation (Σ v({i}) = v(N)) is the nucleolus', async () => {
    const n = 5;
    const v = new Float64Array(2 ** n).map((_, s) => {
      let k = 0;
      for (let i = 0; i < n; i++) k += (s >>> i) & 1;
      return k === n ? 10 : k === 1 ? 2 : 3 * k;
    });
    const r = await nucleolus({ n, players: ['1', '2', '3', '4', '5'], v });
    expect(r.ok && r.value.every((x) => approxEqual(x, 2))).toBe(true);
  });
});
