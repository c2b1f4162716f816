import { describe, expect, test } from 'vitest';
import { rulePower } from '../../engine/scenario/rulePower';
import { meetsRule, type DeclarationModel } from '../../engine/scenario/declarationModel';
import { prepared } from './loadScenario';

/** Shapley–Shubik by brute force: the share of orders in which each player is pivotal. */
function pivots(model: DeclarationModel): number[] {
  const counts = new Array<number>(model.n).fill(0);
  let orders = 0;
  const perm = (rest: number[], s: number) => {
    if (rest.length === 0) return void orders++;
    rest.forEach((i, k) => {
      if (!meetsRule(model, s) && meetsRule(model, s | (1 << i))) {
        // Count i as pivotal in every completion of this prefix.
        let f = 1;
        for (let m = 2; m < rest.length; m++) f *= m;
        counts[i] = (counts[i] as number) + f;
        orders += f;
        return;
      }
      perm(
        rest.filter((_, j) => j !== k),
        s | (1 << i),
      );
    });
  };
  perm(
    Array.from({ length: model.n }, (_, i) => i),
    0,
  );
  return counts.map((c) => c / orders);
}

describe('rulePower', () => {
  const base = prepared('moscow-2008').model;

  test('consensus: every member a veto player, 1/n each', () => {
    const p = rulePower(base);
    for (const x of p.shapleyShubik) expect(x).toBeCloseTo(1 / 7, 12);
    for (const x of p.banzhaf) expect(x).toBeCloseTo(1 / 7, 12);
  });

  test.each([4, 5, 6])('quota %i of 7 with the leader needed: matches brute force', (k) => {
    const model: DeclarationModel = { ...base, rule: { kind: 'quota', k } };
    const p = rulePower(model);
    const brute = pivots(model);
    p.shapleyShubik.forEach((x, i) => expect(x).toBeCloseTo(brute[i] as number, 12));
    // The leader's veto makes it the most powerful; the members are symmetric.
    expect(p.shapleyShubik[base.leader]).toBeGreaterThan(p.shapleyShubik[1] as number);
    expect(p.banzhaf.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  test('weighted: a member with no weight has no power', () => {
    const weights = base.players.map((_, i) => (i === 2 ? 0 : 1));
    const model: DeclarationModel = { ...base, rule: { kind: 'weighted', weights, quota: 4 } };
    const p = rulePower(model);
    expect(p.shapleyShubik[2]).toBe(0);
    expect(p.banzhaf[2]).toBe(0);
  });
});
