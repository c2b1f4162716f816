/** The sibling scenarios: each parses, solves, and computes its own historical point. */
import { describe, expect, test } from 'vitest';
import { leaderOptimum, refusers } from '../../engine/scenario/leaderOptimum';
import { textClauses, textOf } from '../../engine/scenario/declarationModel';
import { solveScenario } from '../../engine/scenario/solveScenario';
import { sensitivity } from '../../engine/scenario/sensitivity';
import { loadScenario, prepared } from './loadScenario';

describe('sco-dushanbe-2008: China as a reluctant veto player', () => {
  const p = prepared('sco-dushanbe-2008');
  const best = leaderOptimum(p.model, p.instruments, p.numbers.leaderBudget);
  const text = best ? textClauses(p.model, best.text) : [];

  test("the computed text supports Russia's role but reaffirms territorial integrity, as the SCO did", () => {
    expect(text).toEqual(expect.arrayContaining(['support-russia-role', 'territorial-integrity']));
    expect(textClauses(p.model, p.textStar)).toEqual(
      loadScenario('sco-dushanbe-2008').file.history?.text,
    );
  });

  test('it blames nobody: no concern at Georgian force, no aggression, no recognition', () => {
    for (const c of ['concern-force', 'aggression', 'recognition']) expect(text).not.toContain(c);
  });

  test('China refuses to blame Georgia, and Moscow has nothing to pay it with', () => {
    const withForce = (best?.text ?? 0) | textOf(p.model, ['concern-force']);
    expect(refusers(p.model, p.instruments, p.numbers.leaderBudget, withForce)).toContain('CHN');
  });

  test("the 'no blame' finding rests on China's Western stake and the clause's backlash share", () => {
    const report = sensitivity(loadScenario('sco-dushanbe-2008'), {
      'leaves out concern-force': (q) => {
        const b = leaderOptimum(q.model, q.instruments, q.numbers.leaderBudget);
        return !b || !textClauses(q.model, b.text).includes('concern-force');
      },
    });
    const flips = report.flips.map((f) => `${f.parameter}@${f.end}`);
    expect(flips).toEqual(expect.arrayContaining(['backlash_concern_force@min', 'west_CHN@min']));
  });
});

describe('abkhazia-membership: admission needs every member to recognise', () => {
  const p = prepared('abkhazia-membership');
  const best = leaderOptimum(p.model, p.instruments, p.numbers.leaderBudget);

  test('no schedule within the budget admits Abkhazia', () => {
    expect(best && textClauses(p.model, best.text)).not.toContain('admit-abkhazia');
  });

  test('Armenia and Kazakhstan are among the members who refuse it', () => {
    const admit = textOf(p.model, ['admit-abkhazia']);
    expect(refusers(p.model, p.instruments, p.numbers.leaderBudget, admit)).toEqual(
      expect.arrayContaining(['ARM', 'KAZ']),
    );
  });
});

describe('rapid-reaction-force-2009: a cost game', () => {
  test('the force costs about 10,000 troop-years for the five founders', () => {
    const p = prepared('rapid-reaction-force-2009');
    expect(p.game.v[p.game.v.length - 1]).toBeCloseTo(-0.5, 9);
  });

  test('Shapley and nucleolus give Russia the largest share, yet well below the ~75% it carried', async () => {
    const r = await solveScenario(loadScenario('rapid-reaction-force-2009'));
    if (!r.ok) throw new Error('does not solve');
    const total = 0.5;
    for (const concept of ['shapley', 'nucleolus'] as const) {
      const shares = r.value.costShares?.[concept];
      expect(shares).toBeTruthy();
      const rus = (shares?.RUS ?? 0) / total;
      expect(Math.max(...Object.values(shares ?? {}))).toBe(shares?.RUS);
      expect(rus).toBeGreaterThan(0.4);
      expect(rus).toBeLessThan((r.value.historyShares?.RUS ?? 0) - 0.15);
    }
    expect(r.value.leaderOptimum).toBeNull();
  });

  test('the Shapley cost shares follow the airport rule softened by overlap', async () => {
    // cost(S) = u·(½·Σneed + ½·max need): Shapley = ½·u·need_i + ½·(airport Shapley).
    const r = await solveScenario(loadScenario('rapid-reaction-force-2009'));
    const s = r.ok ? r.value.costShares?.shapley : undefined;
    const u = 0.00005;
    // Airport shares of needs 1000 (ARM), 1500, 2500, 3000, 6000: ARM pays 1000/5 = 200.
    expect(s?.ARM).toBeCloseTo(u * (0.5 * 1000 + 0.5 * 200), 12);
    expect(s?.RUS).toBeCloseTo(
      u * (0.5 * 6000 + 0.5 * (200 + 500 / 4 + 1000 / 3 + 500 / 2 + 3000)),
      12,
    );
  });
});

describe('every bundled scenario', () => {
  test.each([
    'moscow-2008',
    'sco-dushanbe-2008',
    'abkhazia-membership',
    'rapid-reaction-force-2009',
  ])('%s parses and solves', async (name) => {
    const r = await solveScenario(loadScenario(name));
    expect(r.ok).toBe(true);
  });
});
