import { describe, expect, test } from 'vitest';
import { pairFrontier } from '../../engine/scenario/pairFrontier';
import { signatureSurplus } from '../../engine/scenario/bargains';
import { memberUtility } from '../../engine/scenario/declarationModel';
import { frontierAt, paretoFrontier } from '../../engine/bargaining/frontier';
import { prepared } from './loadScenario';

const prep = prepared('moscow-2008');
const idx = (id: string) => prep.model.players.indexOf(id);

describe('pairFrontier (Moscow 2008)', () => {
  test('the no-payment point splits the signature surplus as the text does', () => {
    const i = idx('BLR');
    const f = pairFrontier(prep, i);
    const s = signatureSurplus(prep.model, prep.game, i);
    const m0 = memberUtility(prep.model, i, prep.textStar) - (prep.model.disagreement[i] as number);
    expect(f.surplus).toBeCloseTo(s, 12);
    expect(f.unpaid[0]).toBeCloseTo(s - m0, 12);
    expect(f.unpaid[1]).toBeCloseTo(m0, 12);
  });

  test('support paid at cost (KAZ: 1 for 1, now) keeps u_leader + u_member = S on the frontier', () => {
    const f = pairFrontier(prep, idx('KAZ'));
    for (const [a, b] of f.frontier) expect(a + b).toBeCloseTo(f.surplus, 9);
  });

  test('a promise delivered with probability p is worth p·value and costs p·cost: the UZB gas price (value = cost) moves utility one for one, every sum is S', () => {
    const f = pairFrontier(prep, idx('UZB'));
    expect(f.frontier.length).toBeGreaterThan(1);
    for (const [a, b] of f.frontier) expect(a + b).toBeCloseTo(f.surplus, 9);
  });

  test('a credit worth more to Belarus than it costs Russia (BLR) creates value: some sum exceeds S', () => {
    const f = pairFrontier(prep, idx('BLR'));
    expect(f.frontier.some(([a, b]) => a + b > f.surplus + 1e-6)).toBe(true);
  });

  test.each(['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK', 'UZB'])(
    '%s: Nash maximizes the product and KS lies on the frontier towards the ideal point',
    (id) => {
      const f = pairFrontier(prep, idx(id));
      const frontier = paretoFrontier([0, 0], f.frontier);
      const product = f.nash[0] * f.nash[1];
      for (let k = 0; k <= 200; k++) {
        const u1 = (f.ideal[0] * k) / 200;
        const u2 = frontierAt(frontier, u1);
        if (u2 >= 0) expect(u1 * u2).toBeLessThanOrEqual(product + 1e-9);
      }
      if (f.gains) {
        const [x, y] = f.kalaiSmorodinsky;
        expect(y).toBeCloseTo(frontierAt(frontier, x), 9);
        expect(x / f.ideal[0]).toBeCloseTo(y / f.ideal[1], 9);
      }
    },
  );

  test('refuses the leader as its own partner', () => {
    expect(() => pairFrontier(prep, prep.model.leader)).toThrow(/leader and a member/);
  });
});

describe("pairFrontier within the leader's budget", () => {
  const blr = (budget: number) => {
    const p = prepared('moscow-2008', new Map([['leader_budget', budget]]));
    return pairFrontier(p, p.model.players.indexOf('BLR'));
  };
  const most = (f: ReturnType<typeof blr>) => Math.max(...f.frontier.map(([, b]) => b));

  test('a smaller budget caps what Belarus can be paid', () => {
    expect(most(blr(0.5))).toBeLessThan(most(blr(2)));
    // Spending at most the budget, the leader's gain stays within it of the unpaid point.
    const f = blr(0.5);
    for (const [a, b] of f.frontier)
      if (b > 0) expect(a).toBeGreaterThanOrEqual(f.unpaid[0] - 0.5 - 1e-12);
  });

  test('0.1 bn cannot compensate Belarus for the text: no deal beats disagreement', () => {
    const f = blr(0.1);
    expect(f.gains).toBe(false);
    expect(f.nash).toEqual([0, 0]);
  });
});
