/**
 * A calendar that matters (issue 13): a dated event may move public parameters from its
 * day on. In the Moscow model the SCO summit at Dushanbe (28 Aug 2008, lobbying day 14)
 * sets sco_backed_role to 1, which lifts sco_cover of the support-role backlash from the
 * four SCO members. Checked against the file's own numbers, not the engine's tables.
 */
import { describe, expect, test } from 'vitest';
import { leaderAgent } from '../../engine/agents/leaderAgent';
import { memberAgent } from '../../engine/agents/memberAgent';
import { beliefAbout } from '../../engine/agents/beliefs';
import { createSetup } from '../../engine/protocols/summitSetup';
import { phaseOn } from '../../engine/protocols/phases';
import type { ReasonedEvent } from '../../engine/protocols/summitTypes';
import { viewFor } from '../../engine/protocols/views';
import { parseScenario } from '../../engine/scenario/parse';
import { seededRng } from '../../engine/shared/rng';
import { prepared, scenarioDocument } from '../scenario/loadScenario';
import { machineRun } from './machineRun';

const setup = createSetup(prepared('moscow-2008'), { seed: 1, history: true });
const doc = scenarioDocument('moscow-2008') as {
  parameters: Record<string, { value: number }>;
  calendar: { events: { date: string; effects?: unknown[] }[] };
};
const param = (id: string) => doc.parameters[id]?.value as number;
const text = [...setup.leaderPlan.text];

/** Russia (human-driven here) sends UZB the planned text for `amount` of budget support. */
const offerUzb = (amount: number): ReasonedEvent => ({
  type: 'offer.send',
  actor: 'RUS',
  member: 'UZB',
  clauses: text,
  instruments: { 'support-uzb': amount },
});
const days = (n: number): ReasonedEvent[] =>
  Array.from({ length: n }, () => ({ type: 'day.next', actor: 'RUS' }) as ReasonedEvent);
const start: ReasonedEvent[] = [{ type: 'briefing.done', actor: 'RUS' }];

describe('dated events move values on their day', () => {
  test('Dushanbe opens a phase on day 14 that lowers only the SCO members’ support-role cost', () => {
    expect(setup.phases.map((p) => p.fromDay)).toEqual([14]);
    const before = phaseOn(setup, 13).value['support-russia-role'] ?? {};
    const after = phaseOn(setup, 14).value['support-russia-role'] ?? {};
    for (const m of ['KAZ', 'KGZ', 'TJK', 'UZB']) {
      // −(b·(1 − cover)·w + …) − (−(b·w + …)) = b·cover·w, from the file's parameters.
      const lift = param('backlash_support_role') * param('sco_cover') * param(`west_${m}`);
      expect((after[m] as number) - (before[m] as number)).toBeCloseTo(lift, 12);
    }
    for (const m of ['RUS', 'ARM', 'BLR']) expect(after[m]).toBe(before[m]);
    expect(phaseOn(setup, 0)).toBe(phaseOn(setup, 13));
  });

  test('the same offer to Uzbekistan is refused on day 0 and accepted on day 15', () => {
    // UZB's price for the text: 0.078 bn before Dushanbe, 0.038 bn after (history mode).
    const early = machineRun(setup, [...start, offerUzb(0.05)]);
    const early_ = memberAgent('rational')(viewFor(setup, early, 'UZB'), seededRng(1));
    expect(early_).toMatchObject({ type: 'offer.reject' });
    const late = machineRun(setup, [...start, ...days(15), offerUzb(0.05)]);
    const late_ = memberAgent('rational')(viewFor(setup, late, 'UZB'), seededRng(1));
    expect(late_).toMatchObject({ type: 'offer.accept' });
  });

  test('the rational leader waits for Dushanbe before paying Uzbekistan, and says why', () => {
    const plan = setup.leaderPlan;
    expect(setup.phases[0]?.leaderPlan.price.UZB).toBeLessThan(plan.price.UZB as number);
    // Everyone else agreed on day 0: the leader's move is to wait, naming the event day.
    const agreedAll = ['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK'].flatMap((m): ReasonedEvent[] => [
      { type: 'offer.send', actor: 'RUS', member: m, clauses: text, instruments: {} },
      { type: 'offer.accept', actor: m, member: m },
    ]);
    const state = machineRun(setup, [...start, ...agreedAll]);
    const move = leaderAgent('rational')(viewFor(setup, state, 'RUS'), seededRng(1));
    expect(move).toMatchObject({ type: 'day.next' });
    expect(move?.reason).toMatch(
      /UZB's price should fall from about 0\.078 bn to 0\.038 bn on day 14/,
    );
    // On day 14 it makes its offer.
    const then = machineRun(setup, [...start, ...agreedAll, ...days(14)]);
    const offer = leaderAgent('rational')(viewFor(setup, then, 'RUS'), seededRng(1));
    expect(offer).toMatchObject({ type: 'offer.send', member: 'UZB' });
  });

  test('answers given before the event say nothing about the price after it', () => {
    const refusedEarly = [
      ...start,
      offerUzb(0.06),
      { type: 'offer.reject', actor: 'UZB', member: 'UZB' } as ReasonedEvent,
    ];
    const before = beliefAbout(viewFor(setup, machineRun(setup, refusedEarly), 'RUS'), 'UZB');
    expect(before.lo).toBeCloseTo(0.06, 12);
    const after = beliefAbout(
      viewFor(setup, machineRun(setup, [...refusedEarly, ...days(14)]), 'RUS'),
      'UZB',
    );
    expect(after.lo).toBe(setup.phases[0]?.leaderPlan.priceRange.UZB?.[0]);
  });

  test('an event that moves an unknown, formula, private or out-of-range parameter is refused with its path', () => {
    const bad = structuredClone(doc) as typeof doc;
    const events = bad.calendar.events;
    (events[0] as { effects?: unknown[] }).effects = [
      { parameter: 'no_such', value: 1 },
      { parameter: 'west_BLR', value: 1 },
      { parameter: 'sco_backed_role', value: 2 },
    ];
    const parsed = parseScenario(bad);
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.errors.map((e) => `${e.path}: ${e.message}`);
    expect(problems).toContain(
      '/calendar/events/0/effects/0/parameter: unknown parameter "no_such"',
    );
    expect(problems).toContain(
      '/calendar/events/0/effects/1/parameter: "west_BLR" is private; an event moves only public parameters',
    );
    expect(problems).toContain(
      "/calendar/events/0/effects/2/value: 2 is outside the parameter's range 0…1",
    );
  });
});
