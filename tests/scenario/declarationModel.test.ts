import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { bestText, characteristicGame } from '../../engine/scenario/characteristic';
import {
  leaderUtility,
  legitimacy,
  meetsRule,
  memberUtility,
  ruleWords,
  type DeclarationModel,
  type EvaluatedRule,
} from '../../engine/scenario/declarationModel';
import { cheapestMix, type Instrument } from '../../engine/scenario/instrumentMix';
import { solveLp, type LpRow } from '../../engine/shared/lp';
import { approxEqual } from '../../engine/shared/numeric';
import { prepared } from './loadScenario';

const arbRule = (n: number): fc.Arbitrary<EvaluatedRule> =>
  fc.oneof(
    fc.constant<EvaluatedRule>({ kind: 'consensus' }),
    fc.integer({ min: 1, max: n }).map((k): EvaluatedRule => ({ kind: 'quota', k })),
    fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
        fc.integer({ min: 1, max: 12 }),
      )
      .map(([weights, quota]): EvaluatedRule => ({ kind: 'weighted', weights, quota })),
  );

const arbModel: fc.Arbitrary<DeclarationModel> = fc
  .tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 5 }))
  .chain(([n, clauses]) =>
    fc.record({
      n: fc.constant(n),
      players: fc.constant(Array.from({ length: n }, (_, i) => `P${i}`)),
      leader: fc.integer({ min: 0, max: n - 1 }),
      clauseIds: fc.constant(Array.from({ length: clauses }, (_, c) => `c${c}`)),
      clauseValue: fc.array(
        fc.array(fc.integer({ min: -5, max: 5 }), { minLength: n, maxLength: n }),
        {
          minLength: clauses,
          maxLength: clauses,
        },
      ),
      disagreement: fc.array(fc.integer({ min: -5, max: 2 }), { minLength: n, maxLength: n }),
      jointStatementFactor: fc.double({ min: 0, max: 1, noNaN: true }),
      rule: arbRule(n),
    }),
  );

describe('the declaration model', () => {
  test('v(S) by the per-clause sign test equals the best of all texts (brute force)', () => {
    fc.assert(
      fc.property(arbModel, (m) => {
        for (let s = 1; s < 1 << m.n; s++) {
          if (!((s >>> m.leader) & 1)) continue;
          let best = -Infinity;
          for (let t = 0; t < 1 << m.clauseIds.length; t++) {
            let x = leaderUtility(m, t, s);
            for (let i = 0; i < m.n; i++)
              if (i !== m.leader && (s >>> i) & 1) x += memberUtility(m, i, t);
            best = Math.max(best, x);
          }
          if (!approxEqual(bestText(m, s).worth, best)) return false;
        }
        return true;
      }),
    );
  });

  test('v({i}) = d_i, coalitions without the leader get Σ d_i, v({R}) = d_R unless R alone meets the rule', () => {
    fc.assert(
      fc.property(arbModel, (m) => {
        const g = characteristicGame(m);
        for (let i = 0; i < m.n; i++) {
          if (i === m.leader && meetsRule(m, 1 << i)) continue; // a rule the leader alone satisfies
          if (!approxEqual(g.v[1 << i] as number, m.disagreement[i] as number)) return false;
        }
        for (let s = 1; s < 1 << m.n; s++) {
          if ((s >>> m.leader) & 1) continue;
          let d = 0;
          for (let i = 0; i < m.n; i++) if ((s >>> i) & 1) d += m.disagreement[i] as number;
          if (!approxEqual(g.v[s] as number, d)) return false;
        }
        return true;
      }),
    );
  });

  test('legitimacy is 1 exactly when the rule is met, and below 1 otherwise', () => {
    fc.assert(
      fc.property(arbModel, (m) => {
        for (let s = 1; s < 1 << m.n; s++) {
          const l = legitimacy(m, s);
          if (meetsRule(m, s) ? l !== 1 : !(l >= 0 && l <= m.jointStatementFactor)) return false;
        }
        return true;
      }),
    );
  });

  test('Moscow 2008: v(N) = u_R(T*) + Σ u_i(T*)', () => {
    const { model, game, textStar } = prepared('moscow-2008');
    const all = (1 << model.n) - 1;
    let total = leaderUtility(model, textStar, all);
    for (let i = 0; i < model.n; i++)
      if (i !== model.leader) total += memberUtility(model, i, textStar);
    expect(approxEqual(game.v[all] as number, total)).toBe(true);
  });
});

describe('cheapest instrument mix', () => {
  const arbInstruments = fc.array(
    fc.record({
      to: fc.integer({ min: 0, max: 2 }),
      max: fc.integer({ min: 1, max: 5 }),
      cost: fc.integer({ min: 1, max: 9 }).map((x) => x / 4),
      value: fc.integer({ min: 1, max: 9 }).map((x) => x / 4),
    }),
    { minLength: 1, maxLength: 6 },
  );

  test('the greedy mix is the LP optimum (HiGHS as the oracle)', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbInstruments,
        fc.array(
          fc.integer({ min: 0, max: 8 }).map((x) => x / 2),
          { minLength: 3, maxLength: 3 },
        ),
        fc.integer({ min: 0, max: 20 }),
        async (raw, payments, budget) => {
          const instruments: Instrument[] = raw.map((k, j) => ({ id: `k${j}`, min: 0, ...k }));
          const mix = cheapestMix(instruments, payments, budget, ['A', 'B', 'C']);
          const rows: LpRow[] = payments.map((p, i) => ({
            coeffs: instruments.map((k) => (k.to === i ? k.value : 0)),
            lo: p,
            hi: Infinity,
          }));
          rows.push({ coeffs: instruments.map((k) => k.cost), lo: -Infinity, hi: budget });
          const lp = await solveLp({
            sense: 'min',
            cost: instruments.map((k) => k.cost),
            lower: instruments.map(() => 0),
            upper: instruments.map((k) => k.max),
            rows,
          });
          if (lp.status !== 'optimal') return !mix.feasible;
          return mix.feasible && approxEqual(mix.cost, lp.objective, 1e-7);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('negative payments cannot be delivered, and say who would have to pay', () => {
    const mix = cheapestMix(
      [{ id: 'k', to: 1, min: 0, max: 1, cost: 1, value: 1 }],
      [0, -0.5],
      10,
      ['R', 'BLR'],
    );
    expect(mix).toEqual({
      feasible: false,
      reason: 'BLR would have to pay 0.500 bn; no instrument runs that way',
    });
  });
});

test('regression: L(N) never exceeds a tiny joint-statement factor by an ulp (found by CI)', () => {
  const m: DeclarationModel = {
    n: 4,
    players: ['P0', 'P1', 'P2', 'P3'],
    leader: 0,
    clauseIds: ['c0'],
    clauseValue: [[0, 0, 0, 0]],
    disagreement: [0, 0, 0, 0],
    jointStatementFactor: 1.6215022542091695e-19,
    rule: { kind: 'weighted', weights: [0, 0, 0, 0], quota: 1 },
  };
  expect(legitimacy(m, 15)).toBeLessThanOrEqual(m.jointStatementFactor);
});

describe('the rule in words', () => {
  const shape = (rule: EvaluatedRule) => ({ n: 7, leader: 0, rule, jointStatementFactor: 0.3 });
  test('consensus, a quota and weighted votes each say who must sign', () => {
    expect(ruleWords(shape({ kind: 'consensus' }))).toBe('all 7 must sign');
    expect(ruleWords(shape({ kind: 'quota', k: 4 }))).toBe('4 of 7 must sign');
    expect(ruleWords(shape({ kind: 'weighted', weights: [4, 3, 3, 2, 2, 2, 2], quota: 10 }))).toBe(
      'votes worth 10 of 18 must sign',
    );
  });
});
