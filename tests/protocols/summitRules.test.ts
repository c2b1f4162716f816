import { describe, expect, test } from 'vitest';
import { validateMove } from '../../engine/protocols/summitRules';
import { logLine, visibleLog } from '../../engine/protocols/views';
import { machineRun } from './machineRun';
import { finalPayoffs, gainsOverWalkAway, leaderTerms } from '../../engine/protocols/summitPayoffs';
import type { LogEntry, ReasonedEvent, SummitState } from '../../engine/protocols/summitTypes';
import { tinySetup } from './tinySetup';

const setup = tinySetup();
/** Moves through the summit machine (the rules as its guards and actions). */
const run = (events: ReasonedEvent[], from?: SummitState) => machineRun(setup, events, from);
const lobbying = () => run([{ type: 'briefing.done', actor: 'R' }]);
/** R offers B clause c1 for an amount of cash, and B accepts. */
const dealWithB = (cash: number): ReasonedEvent[] => [
  { type: 'offer.send', actor: 'R', member: 'B', clauses: ['c1'], instruments: { cashB: cash } },
  { type: 'offer.accept', actor: 'B', member: 'B' },
];

describe('summit rules: lobbying', () => {
  test('an offer, a counter and an acceptance make an agreement with transfers', () => {
    const s = run(
      [
        { type: 'offer.send', actor: 'R', member: 'A', clauses: ['c1'], instruments: { toA: 0.1 } },
        {
          type: 'offer.counter',
          actor: 'A',
          member: 'A',
          clauses: ['c1'],
          instruments: { toA: 0.3 },
        },
        { type: 'offer.accept', actor: 'R', member: 'A' },
      ],
      lobbying(),
    );
    expect(s.threads.A?.status).toBe('agreed');
    expect(s.threads.A?.agreement?.instruments).toEqual({ toA: 0.3 });
    expect(s.transfers).toEqual([
      { member: 'A', instrument: 'toA', amount: 0.3, timing: 'promise', status: 'pending' },
    ]);
    expect(s.threads.A?.history.map((o) => [o.by, o.day])).toEqual([
      ['leader', 0],
      ['member', 0],
    ]);
  });

  test('payments now are paid at once', () => {
    const s = run(dealWithB(0.2), lobbying());
    expect(s.transfers[0]?.status).toBe('paid');
  });

  test.each<[string, ReasonedEvent, RegExp]>([
    [
      'a member cannot offer',
      { type: 'offer.send', actor: 'A', member: 'A', clauses: [], instruments: {} },
      /only R may do that/,
    ],
    [
      'unknown member',
      { type: 'offer.send', actor: 'R', member: 'Z', clauses: [], instruments: {} },
      /unknown member "Z"/,
    ],
    [
      'unknown clause',
      { type: 'offer.send', actor: 'R', member: 'A', clauses: ['c9'], instruments: {} },
      /unknown clause "c9"/,
    ],
    [
      'wrong receiver',
      { type: 'offer.send', actor: 'R', member: 'A', clauses: [], instruments: { cashB: 0.1 } },
      /cashB goes to B, not A/,
    ],
    [
      'over the bound',
      { type: 'offer.send', actor: 'R', member: 'A', clauses: [], instruments: { toA: 1.5 } },
      /exceed its maximum of 1/,
    ],
    [
      'spending exactly the whole budget is legal',
      { type: 'offer.send', actor: 'R', member: 'B', clauses: [], instruments: { cashB: 1 } },
      /^$/,
    ],
    [
      'negative amount',
      { type: 'offer.send', actor: 'R', member: 'A', clauses: [], instruments: { toA: -1 } },
      /non-negative/,
    ],
    [
      'answer with no offer',
      { type: 'offer.accept', actor: 'A', member: 'A' },
      /no offer for A to answer/,
    ],
    [
      'someone else answers',
      { type: 'offer.counter', actor: 'B', member: 'A', clauses: [], instruments: {} },
      /only A may counter|no offer/,
    ],
    ['vote during lobbying', { type: 'vote.sign', actor: 'A' }, /not allowed during lobbying/],
  ])('%s', (_, e, message) => {
    const why = validateMove(setup, lobbying(), e) ?? '';
    expect(why).toMatch(message);
  });

  test('the budget binds across agreements', () => {
    const s = run(dealWithB(0.8), lobbying());
    expect(
      validateMove(setup, s, {
        type: 'offer.send',
        actor: 'R',
        member: 'A',
        clauses: [],
        instruments: { toA: 0.5 },
      }),
    ).toMatch(/costs 0.250 bn but only 0.200 bn of the budget is left/);
    expect(() =>
      run(
        [{ type: 'offer.send', actor: 'R', member: 'A', clauses: [], instruments: { toA: 0.5 } }],
        s,
      ),
    ).toThrow(/illegal move/);
  });

  test('the last day.next opens the summit; summit.call opens it early', () => {
    expect(run([{ type: 'day.next', actor: 'R' }], lobbying()).phase).toBe('lobbying');
    expect(
      run(
        [
          { type: 'day.next', actor: 'R' },
          { type: 'day.next', actor: 'R' },
        ],
        lobbying(),
      ).phase,
    ).toBe('drafting');
    expect(run([{ type: 'summit.call', actor: 'R' }], lobbying()).phase).toBe('drafting');
  });
});

describe('summit rules: drafting, vote and aftermath', () => {
  const agreedA = () =>
    run(
      [
        { type: 'offer.send', actor: 'R', member: 'A', clauses: ['c1'], instruments: { toA: 0.4 } },
        { type: 'offer.accept', actor: 'A', member: 'A' },
        { type: 'summit.call', actor: 'R' },
      ],
      lobbying(),
    );

  test('objections, one redraft, then no more', () => {
    let s = run([{ type: 'draft.propose', actor: 'R', text: ['c1', 'c2'] }], agreedA());
    expect(validateMove(setup, s, { type: 'clause.object', actor: 'A', clause: 'c1' })).toMatch(
      /agreed to back "c1"/,
    );
    s = run([{ type: 'clause.object', actor: 'A', clause: 'c2' }], s);
    expect(s.objections).toEqual({ A: ['c2'] });
    s = run([{ type: 'draft.redraft', actor: 'R', text: ['c1'] }], s);
    expect(s.objections).toEqual({});
    expect(validateMove(setup, s, { type: 'draft.redraft', actor: 'R', text: ['c1'] })).toBe(
      'no redrafts are left',
    );
  });

  test('consensus: one refusal sinks the declaration; promises can be withheld', () => {
    const s = run(
      [
        { type: 'draft.propose', actor: 'R', text: ['c1'] },
        { type: 'vote.open', actor: 'R' },
        { type: 'vote.sign', actor: 'A' },
        { type: 'vote.refuse', actor: 'B' },
      ],
      agreedA(),
    );
    expect(s.phase).toBe('aftermath');
    expect(s.adopted).toBe(false);
    const done = run([{ type: 'promise.withhold', actor: 'R', index: 0 }], s);
    expect(done.phase).toBe('debrief');
    expect(done.credibility).toBeCloseTo((0.8 + 0) / 2, 12);
    // R and A signed c1 of three voters: a joint statement worth L = 0.3·(2 − 1)/(3 − 1) = 0.15
    // of a declaration; R's payoff 0.15·1 + 0.85·(−1) − 0 (the promise withheld) = −0.7.
    expect(leaderTerms(setup, done)).toEqual({
      signed: 2,
      voters: 3,
      adopted: false,
      legitimacy: expect.closeTo(0.15, 12),
      textValue: 1,
      walkAway: -1,
      cost: 0,
      payoff: expect.closeTo(-0.7, 12),
    });
    expect(finalPayoffs(setup, done).R).toBeCloseTo(-0.7, 12);
    // Gains over walking away: R −0.7 − (−1); A signed c1 (−0.2) with its promise withheld,
    // against −0.1; B refused and keeps its walk-away.
    expect(gainsOverWalkAway(setup, done)).toEqual({
      R: expect.closeTo(0.3, 12),
      A: expect.closeTo(-0.1, 12),
      B: expect.closeTo(0, 12),
    });
  });

  test('a partial delivery splits the promise and moves credibility toward the share kept', () => {
    const s = run(
      [
        { type: 'draft.propose', actor: 'R', text: ['c1'] },
        { type: 'vote.open', actor: 'R' },
        { type: 'vote.sign', actor: 'A' },
        { type: 'vote.sign', actor: 'B' },
        { type: 'promise.deliver', actor: 'R', index: 0, amount: 0.3 },
      ],
      agreedA(),
    );
    expect(s.adopted).toBe(true);
    expect(s.transfers.map((t) => [t.amount, t.status])).toEqual([
      [0.3, 'delivered'],
      [expect.closeTo(0.1, 12), 'withheld'],
    ]);
    expect(s.credibility).toBeCloseTo((0.8 + 0.75) / 2, 12);
    // Payoffs: R gets L=1 · 1 − cost 0.15; A gets u_A(c1) + 0.3; B gets u_B(c1).
    expect(finalPayoffs(setup, s)).toEqual({
      R: expect.closeTo(0.85, 12),
      A: expect.closeTo(0.1, 12),
      B: expect.closeTo(-0.1, 12),
    });
  });
});

describe('summit rules: reasons are the maker’s own during the game', () => {
  test('a move’s reason is kept apart from what was said, and only its maker reads it', () => {
    const s = run(
      [
        {
          type: 'offer.send',
          actor: 'R',
          member: 'A',
          clauses: ['c1'],
          instruments: { toA: 0.1 },
          reason: 'we believe A values c1 at 0.25',
        },
        { type: 'summit.call', actor: 'R', reason: 'the plan is complete' },
      ],
      lobbying(),
    );
    const offer = s.log.find((e) => e.text.startsWith('R offers A'));
    expect(offer?.reason).toBe('we believe A values c1 at 0.25');
    expect(offer?.text).not.toContain('0.25');
    const call = s.log.find((e) => e.text.startsWith('R calls'));
    expect(call?.visibleTo).toBe('all');
    // The member reads the offer and the call, but neither reason; the maker reads both.
    const seenByA = visibleLog(s, 'A');
    expect(seenByA.map((e) => e.text)).toContain(offer?.text);
    expect(seenByA.some((e) => 'reason' in e)).toBe(false);
    expect(visibleLog(s, 'B').map((e) => e.text)).not.toContain(offer?.text);
    expect(visibleLog(s, 'R').find((e) => e.text === call?.text)?.reason).toBe(
      'the plan is complete',
    );
    expect(logLine(call as LogEntry)).toBe('R calls the summit early. — the plan is complete');
  });
});
