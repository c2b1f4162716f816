/**
 * Historical fidelity of models/moscow-2008.json. Nothing here is written into the model:
 * each assertion is computed from the sourced parameters, and the sensitivity test shows
 * which parameters the findings depend on.
 */
import { describe, expect, test } from 'vitest';
import { leaderOptimum, refusers, scheduleFor } from '../../engine/scenario/leaderOptimum';
import { textClauses, textOf, reservationPrice } from '../../engine/scenario/declarationModel';
import { sensitivity, type Finding } from '../../engine/scenario/sensitivity';
import type { ScenarioModel } from '../../engine/scenario/scenarioModel';
import { loadScenario, prepared } from './loadScenario';

const prep = prepared('moscow-2008');
const { model, instruments, numbers } = prep;
const idx = (id: string) => model.players.indexOf(id);

function optimum(p: ScenarioModel) {
  const best = leaderOptimum(p.model, p.instruments, p.numbers.leaderBudget);
  if (!best) throw new Error('no optimum');
  return best;
}

/** Whether any text containing recognition can be bought from every member within the budget. */
function recognitionAffordable(p: ScenarioModel): boolean {
  const rec = textOf(p.model, ['recognition']);
  for (let t = 0; t < 1 << p.model.clauseIds.length; t++) {
    if (!(t & rec)) continue;
    if ('net' in scheduleFor(p.model, p.instruments, p.numbers.leaderBudget, t)) return true;
  }
  return false;
}

describe('Moscow 2008: what the model computes with the calibrated parameters', () => {
  const best = optimum(prep);
  const text = textClauses(model, best.text);

  test("the leader's optimal consensus text has the NATO warning, concern at force and support for Russia's role", () => {
    expect(text).toEqual(
      expect.arrayContaining(['nato-warning', 'concern-force', 'support-russia-role']),
    );
    expect(best.signatories).toBe((1 << model.n) - 1);
  });

  test("it leaves out 'aggression' and recognition: the watered-down text of 5 September", () => {
    expect(text).not.toContain('aggression');
    expect(text).not.toContain('recognition');
  });

  test('Belarus and Uzbekistan need positive side payments for that text', () => {
    expect(best.payments[idx('BLR')]).toBeGreaterThan(0.05);
    expect(best.payments[idx('UZB')]).toBeGreaterThan(0.01);
  });

  test('the cheapest way to pay Belarus is the concessional credit, as in November 2008', () => {
    expect(best.mix.amounts['blr-credit']).toBeGreaterThan(1);
  });

  test('no schedule within the budget buys recognition from every member', () => {
    expect(recognitionAffordable(prep)).toBe(false);
  });

  test('Armenia and Kazakhstan are among those who refuse recognition', () => {
    const withRecognition = best.text | textOf(model, ['recognition']);
    const refusing = refusers(model, instruments, numbers.leaderBudget, withRecognition);
    expect(refusing).toEqual(expect.arrayContaining(['ARM', 'KAZ']));
    // Their price for recognition is beyond what Moscow's instruments can deliver to them.
    expect(reservationPrice(model, idx('ARM'), withRecognition)).toBeGreaterThan(1);
  });

  test('with the sourced defaults the computed declaration equals the text of 5 September', () => {
    const history = loadScenario('moscow-2008').file.history;
    expect(text).toEqual(history?.text);
    // T*, the text that maximizes the joint value, is the same text.
    expect(textClauses(model, prep.textStar)).toEqual(history?.text);
  });
});

describe('Moscow 2008: sensitivity of the findings (one parameter at a time, range ends)', () => {
  const findings: Record<string, Finding> = {
    'text keeps nato-warning, concern-force, support-russia-role': (p) => {
      const t = textClauses(p.model, optimum(p).text);
      return ['nato-warning', 'concern-force', 'support-russia-role'].every((c) => t.includes(c));
    },
    'text leaves out aggression': (p) =>
      !textClauses(p.model, optimum(p).text).includes('aggression'),
    'text leaves out recognition': (p) =>
      !textClauses(p.model, optimum(p).text).includes('recognition'),
    'Belarus needs a payment': (p) =>
      (optimum(p).payments[p.model.players.indexOf('BLR')] as number) > 0,
    'Uzbekistan needs a payment': (p) =>
      (optimum(p).payments[p.model.players.indexOf('UZB')] as number) > 0,
    'recognition is unaffordable': (p) => !recognitionAffordable(p),
  };
  const report = sensitivity(loadScenario('moscow-2008'), findings);
  const flippedBy = (finding: string) =>
    report.flips.filter((f) => f.changed.includes(finding)).map((f) => `${f.parameter}@${f.end}`);

  test('every finding holds at the calibrated values', () => {
    expect(Object.values(report.baseline).every(Boolean)).toBe(true);
  });

  test("Belarus's payment hinges on its Western stake and its cost of defying Russia", () => {
    const by = flippedBy('Belarus needs a payment');
    expect(by).toEqual(expect.arrayContaining(['west_BLR@min', 'defy_BLR@max']));
    expect(by.every((p) => /BLR|backlash_|precedent_|georgia_/.test(p))).toBe(true);
  });

  test("Uzbekistan's payment hinges on its own stakes, and on the support clause staying in the text", () => {
    const by = flippedBy('Uzbekistan needs a payment');
    expect(by).toEqual(expect.arrayContaining(['west_UZB@min', 'defy_UZB@max']));
    // The only other way to flip it: Russia drops "support for Russia's role" (it values
    // it at 0, or the clause's backlash or precedent share makes it too dear), and the
    // remaining text costs Tashkent less than defying Moscow.
    const others = by.filter((p) => !p.includes('UZB'));
    expect(others.every((p) => p.includes('support_role'))).toBe(true);
  });

  test('leaving out recognition and its unaffordability survive every single-parameter change', () => {
    expect(flippedBy('text leaves out recognition')).toEqual([]);
    expect(flippedBy('recognition is unaffordable')).toEqual([]);
  });

  test("the 'aggression' finding depends on how much Russia values the word", () => {
    // Printed so a modeller sees the whole dependency list in the test log.
    console.log('aggression flips:', flippedBy('text leaves out aggression'));
    expect(flippedBy('text leaves out aggression')).toEqual(
      expect.arrayContaining(['rus_w_aggression@max']),
    );
  });
});
