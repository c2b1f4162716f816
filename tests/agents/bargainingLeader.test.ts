/**
 * Opponents that bargain (issue 13) on the Moscow model in history mode: the rational
 * leader's belief about a member's price is a range that narrows on the member's answers,
 * and it pays for a counter-offer only what that belief and the days left justify.
 */
import { describe, expect, test } from 'vitest';
import { beliefAbout } from '../../engine/agents/beliefs';
import { leaderAgent } from '../../engine/agents/leaderAgent';
import { offerValue } from '../../engine/protocols/offerMath';
import { createSetup } from '../../engine/protocols/summitSetup';
import { validateMove } from '../../engine/protocols/summitRules';
import type { ReasonedEvent } from '../../engine/protocols/summitTypes';
import { viewFor } from '../../engine/protocols/views';
import { seededRng } from '../../engine/shared/rng';
import { machineRun } from '../protocols/machineRun';
import { prepared, scenarioDocument } from '../scenario/loadScenario';
import { parseScenario } from '../../engine/scenario/parse';
import { buildScenarioModel } from '../../engine/scenario/scenarioModel';

const setup = createSetup(prepared('moscow-2008'), { seed: 1, history: true });
const text = [...setup.leaderPlan.text];
const blrMax = Object.fromEntries(
  setup.instruments.filter((k) => k.to === 'BLR').map((k) => [k.id, k.max]),
);
const open: ReasonedEvent[] = [
  { type: 'briefing.done', actor: 'RUS' },
  { type: 'offer.send', actor: 'RUS', member: 'BLR', clauses: text, instruments: {} },
];
const leaderAfter = (events: ReasonedEvent[]) => {
  const state = machineRun(setup, [...open, ...events]);
  const view = viewFor(setup, state, 'RUS');
  const move = leaderAgent('rational')(view, seededRng(1));
  return { state, view, move };
};

describe('the rational leader bargains on its beliefs', () => {
  test("its belief about Belarus starts as the price at both ends of west_BLR's support", () => {
    const [lo, hi] = setup.leaderPlan.priceRange.BLR as [number, number];
    // The plan's point belief (the calibrated mean) lies inside, and the range has width.
    expect(lo).toBeLessThan(setup.leaderPlan.price.BLR as number);
    expect(hi).toBeGreaterThan(setup.leaderPlan.price.BLR as number);
    expect(hi - lo).toBeGreaterThan(0.05);
  });

  test('a Belarus that demands every instrument at its maximum is refused, with the belief as reason', () => {
    const counter: ReasonedEvent = {
      type: 'offer.counter',
      actor: 'BLR',
      member: 'BLR',
      clauses: text,
      instruments: blrMax,
    };
    const { view, move } = leaderAfter([counter]);
    const asked = offerValue(
      view,
      counter as { instruments: Record<string, number> },
      view.credibility,
    );
    const belief = beliefAbout(view, 'BLR');
    expect(asked).toBeGreaterThan(belief.hi);
    expect(move).toMatchObject({ type: 'offer.reject', member: 'BLR' });
    expect(move?.reason).toMatch(/its price lies in .* pay at most/);
  });

  test('a counter that drops a clause of the planned text is refused whatever it asks', () => {
    const { move } = leaderAfter([
      {
        type: 'offer.counter',
        actor: 'BLR',
        member: 'BLR',
        clauses: ['nato-warning'],
        instruments: {},
      },
    ]);
    expect(move).toMatchObject({ type: 'offer.reject', member: 'BLR' });
    expect(move?.reason).toMatch(/back the whole text/);
  });

  test('a refusal raises the low end to the refused offer; a counter lowers the high end', () => {
    const offer = { 'blr-credit': 0.8 };
    const events: ReasonedEvent[] = [
      { type: 'offer.reject', actor: 'BLR', member: 'BLR' },
      { type: 'day.next', actor: 'RUS' },
      { type: 'offer.send', actor: 'RUS', member: 'BLR', clauses: text, instruments: offer },
      { type: 'offer.reject', actor: 'BLR', member: 'BLR' },
    ];
    const { view } = leaderAfter(events);
    const refused = offerValue(view, { instruments: offer }, view.credibility);
    const belief = beliefAbout(view, 'BLR');
    const [lo0, hi0] = setup.leaderPlan.priceRange.BLR as [number, number];
    expect(refused).toBeGreaterThan(lo0);
    expect(belief.lo).toBeCloseTo(refused, 12);
    expect(belief.hi).toBeCloseTo(hi0, 12);
    expect(belief.why).toMatch(/turned down .* on day 1/);
    // A counter inside the range is a package Belarus would take: the high end falls to it.
    const inside = {
      'blr-credit':
        0.8 +
        (hi0 - refused) /
          2 /
          (view.instruments.find((k) => k.id === 'blr-credit')?.value ?? 1) /
          view.credibility,
    };
    const later = leaderAfter([
      ...events,
      { type: 'day.next', actor: 'RUS' },
      { type: 'offer.send', actor: 'RUS', member: 'BLR', clauses: text, instruments: offer },
      { type: 'offer.counter', actor: 'BLR', member: 'BLR', clauses: text, instruments: inside },
    ]);
    const narrowed = beliefAbout(later.view, 'BLR');
    expect(narrowed.hi).toBeCloseTo(
      offerValue(later.view, { instruments: inside }, later.view.credibility),
      9,
    );
    expect(narrowed.hi).toBeLessThan(hi0);
  });

  test("the rational leader's offers are legal and rise day by day while Belarus refuses", () => {
    let events: ReasonedEvent[] = [{ type: 'briefing.done', actor: 'RUS' }];
    const offered: number[] = [];
    for (let day = 0; day < 6; day++) {
      const state = machineRun(setup, events);
      const view = viewFor(setup, state, 'RUS');
      const sends = [];
      // Let the leader move until it sends Belarus an offer.
      let s = state;
      for (let i = 0; i < 20; i++) {
        const v = viewFor(setup, s, 'RUS');
        const move = leaderAgent('rational')(v, seededRng(1));
        if (!move) break;
        expect(validateMove(setup, s, move)).toBeUndefined();
        if (move.type === 'offer.send' && move.member === 'BLR') {
          offered.push(offerValue(v, move, v.credibility));
          sends.push(move, { type: 'offer.reject', actor: 'BLR', member: 'BLR' } as ReasonedEvent);
          break;
        }
        if (move.type === 'offer.send') {
          sends.push(move, {
            type: 'offer.accept',
            actor: move.member,
            member: move.member,
          } as ReasonedEvent);
        } else break;
        s = machineRun(setup, [...events, ...sends]);
      }
      expect(view.day).toBe(day);
      events = [...events, ...sends, { type: 'day.next', actor: 'RUS' }];
    }
    expect(offered.length).toBe(6);
    for (let i = 1; i < offered.length; i++)
      expect(offered[i] as number).toBeGreaterThan((offered[i - 1] as number) - 1e-12);
    expect(offered.at(-1) as number).toBeGreaterThan(offered[0] as number);
  });
});

describe('a redraft weighs a clause against the signatures it costs', () => {
  /** Propose the plan's text, then KAZ objects to support-russia-role. */
  const objection = (s: typeof setup) =>
    machineRun(s, [
      { type: 'briefing.done', actor: 'RUS' },
      { type: 'summit.call', actor: 'RUS' },
      { type: 'draft.propose', actor: 'RUS', text: [...s.leaderPlan.text] },
      { type: 'clause.object', actor: 'KAZ', clause: 'support-russia-role' },
    ]);

  test('under consensus Russia drops the clause: a joint statement without KAZ is worth less', () => {
    // Keep: KAZ refuses, L = 0.3 × 5/6 = 0.25 of u_R(T) = 3.3, plus 0.75 d_R;
    // drop: every member signs, u_R = 3.3 − 1.5 = 1.8.
    const state = objection(setup);
    const move = leaderAgent('rational')(viewFor(setup, state, 'RUS'), seededRng(1));
    expect(move).toMatchObject({
      type: 'draft.redraft',
      text: ['nato-warning', 'concern-force', 'no-double-standards'],
    });
    expect(move?.reason).toMatch(/dropping support-russia-role \(worth 1\.500 bn to us\)/);
  });

  test('under a majority rule Russia keeps it: six signatures still make a declaration', () => {
    const doc = structuredClone(scenarioDocument('moscow-2008')) as Record<string, unknown>;
    doc.decisionRule = { kind: 'majority' };
    const parsed = parseScenario(doc);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const built = buildScenarioModel(parsed.value);
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    const majority = createSetup(built.value, { seed: 1, history: true });
    expect(majority.leaderPlan.text).toContain('support-russia-role');
    const move = leaderAgent('rational')(
      viewFor(majority, objection(majority), 'RUS'),
      seededRng(1),
    );
    expect(move).toMatchObject({ type: 'vote.open' });
    expect(move?.reason).toMatch(/we keep the text: support-russia-role is worth more to us/);
  });
});
