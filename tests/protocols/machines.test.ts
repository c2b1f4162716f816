/**
 * Model-based tests (xstate/graph): breadth-first traversal of the machines over a small
 * game reaches every state and takes every transition the machine declares, and the
 * machine agrees with the pure rules at every step.
 */
import { describe, expect, test } from 'vitest';
import { createActor } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { summitMachine } from '../../engine/protocols/summitMachine';
import { threadMachine } from '../../engine/protocols/threadMachine';
import { emptyThread, nextThread } from '../../engine/protocols/threadRules';
import { applyLegalMove, validateMove } from '../../engine/protocols/summitRules';
import type { ReasonedEvent, SummitState } from '../../engine/protocols/summitTypes';
import { tinySetup } from './tinySetup';
import { statechart } from '../../engine/protocols/statechart';

const setup = tinySetup();

/** A handful of concrete moves per phase: legal ones and some that must be refused. */
function candidates(game: SummitState): ReasonedEvent[] {
  switch (game.phase) {
    case 'briefing':
      return [
        { type: 'briefing.done', actor: 'R' },
        { type: 'briefing.done', actor: 'A' },
      ];
    case 'lobbying':
      return [
        { type: 'offer.send', actor: 'R', member: 'A', clauses: ['c1'], instruments: { toA: 0.2 } },
        {
          type: 'offer.counter',
          actor: 'A',
          member: 'A',
          clauses: ['c1'],
          instruments: { toA: 0.4 },
        },
        { type: 'offer.accept', actor: 'A', member: 'A' },
        { type: 'offer.reject', actor: 'A', member: 'A' },
        { type: 'offer.accept', actor: 'R', member: 'A' },
        { type: 'offer.send', actor: 'R', member: 'B', clauses: ['c1'], instruments: {} },
        { type: 'offer.accept', actor: 'B', member: 'B' },
        { type: 'west.bid', actor: 'W', member: 'A', amount: 0.1 },
        { type: 'day.next', actor: 'R' },
        { type: 'summit.call', actor: 'R' },
      ];
    case 'drafting':
      return [
        { type: 'draft.propose', actor: 'R', text: ['c1', 'c2'] },
        { type: 'clause.object', actor: 'B', clause: 'c2' },
        { type: 'draft.redraft', actor: 'R', text: ['c1'] },
        { type: 'vote.open', actor: 'R' },
      ];
    case 'voting':
      return [
        { type: 'vote.sign', actor: 'A' },
        { type: 'vote.sign', actor: 'B' },
        { type: 'vote.refuse', actor: 'B' },
      ];
    case 'aftermath':
      return [
        { type: 'promise.deliver', actor: 'R', index: 0 },
        { type: 'promise.withhold', actor: 'R', index: 0 },
      ];
    default:
      return [];
  }
}

describe('summit machine', () => {
  const west = tinySetup({ west: { id: 'W', budget: 0.5 } });
  const options = (input: typeof setup) => ({
    input,
    events: (snapshot: { context: { game: SummitState } }) => candidates(snapshot.context.game),
    // A finite abstraction of the game: statuses, not histories (which grow without end).
    // Illegal moves only set `refused`, which is left out, so they make no new states.
    serializeState: (s: { value: unknown; context: { game: SummitState } }) => {
      const g = s.context.game;
      return JSON.stringify([
        s.value,
        g.day,
        Object.values(g.threads).map((t) => t.status),
        g.transfers.map((t) => t.status),
        g.draft,
        g.redraftsLeft,
        g.objections,
        g.votes,
        Object.keys(g.westBids),
      ]);
    },
    limit: 20_000,
  });
  const paths = [setup, west].flatMap((input) => getShortestPaths(summitMachine, options(input)));
  const adjacency = [setup, west].map((input) => getAdjacencyMap(summitMachine, options(input)));

  test('every state is reached', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    expect([...reached].sort()).toEqual([
      'aftermath',
      'briefing',
      'debrief',
      'drafting',
      'lobbying',
      'voting',
    ]);
  });

  test('every declared transition, each guarded branch with its target, is taken by a legal move', () => {
    const chart = statechart(summitMachine);
    const declared = new Set<string>();
    const always = new Map<string, string>();
    for (const st of chart.states)
      for (const t of st.transitions) {
        if (t.event === 'always') always.set(st.key, t.target ?? st.key);
        else declared.add(`${st.key}:${t.event}->${t.target ?? st.key}`);
      }
    const taken = new Set<string>();
    for (const map of adjacency) {
      for (const { state, transitions } of Object.values(map)) {
        for (const { event, state: next } of Object.values(transitions) as {
          event: ReasonedEvent;
          state: typeof state;
        }[]) {
          if (next.context.refused !== null) continue;
          const from = String(state.value);
          const to = String(next.value);
          // A move may land in a state that leaves at once by its eventless transition.
          const key = `${from}:${event.type}->${to}`;
          const via = [...always]
            .filter(([, end]) => end === to)
            .map(([land]) => `${from}:${event.type}->${land}`)
            .find((k) => declared.has(k));
          taken.add(declared.has(key) || !via ? key : via);
        }
      }
    }
    expect([...declared].filter((t) => !taken.has(t))).toEqual([]);
  });

  test('the rules never change the phase: only the machine does, on its own transitions', () => {
    for (const map of adjacency) {
      for (const { state, transitions } of Object.values(map)) {
        for (const { event } of Object.values(transitions) as { event: ReasonedEvent }[]) {
          const game = state.context.game;
          if (validateMove(setup, game, event) !== undefined) continue;
          expect(applyLegalMove(state.context.setup, game, event).phase).toBe(game.phase);
        }
      }
    }
  });

  test('the drawn statechart has exactly the phase changes the machine makes', () => {
    const chart = statechart(summitMachine);
    expect(chart.states.map((st) => st.key)).toEqual([
      'briefing',
      'lobbying',
      'drafting',
      'voting',
      'aftermath',
      'debrief',
    ]);
    expect(chart.states.filter((st) => st.initial).map((st) => st.key)).toEqual(['briefing']);
    expect(chart.states.filter((st) => st.final).map((st) => st.key)).toEqual(['debrief']);
    expect(chart.rootEvents).toEqual(['*']);
    // A move changes the phase by an event's own target, or stays (self-loop) or lands
    // somewhere and then takes one eventless ("always") transition.
    const byEvent: [string, string][] = [];
    const always: [string, string][] = [];
    for (const st of chart.states) {
      for (const t of st.transitions) {
        if (t.event === 'always') always.push([st.key, t.target ?? st.key]);
        else byEvent.push([st.key, t.target ?? st.key]);
      }
    }
    const routes = byEvent.flatMap(([from, land]) => [
      { from, to: land, uses: [`${from}-${land}`] },
      ...always
        .filter(([a]) => a === land)
        .map(([, to]) => ({ from, to, uses: [`${from}-${land}`, `always:${land}-${to}`] })),
    ]);
    const used = new Set<string>();
    for (const map of adjacency) {
      for (const { state, transitions } of Object.values(map)) {
        for (const { state: next } of Object.values(transitions) as { state: typeof state }[]) {
          const from = String(state.value);
          const to = String(next.value);
          if (from === to) continue;
          const fits = routes.filter((r) => r.from === from && r.to === to);
          expect(fits.length, `${from} → ${to} is drawn`).toBeGreaterThan(0);
          for (const r of fits) r.uses.forEach((u) => used.add(u));
        }
      }
    }
    const drawn = [
      ...byEvent.filter(([a, b]) => a !== b).map(([a, b]) => `${a}-${b}`),
      ...always.map(([a, b]) => `always:${a}-${b}`),
    ];
    expect(drawn.filter((e) => !used.has(e))).toEqual([]);
  });

  test('illegal moves are refused with a reason and change nothing', () => {
    const actor = createActor(summitMachine, { input: setup }).start();
    actor.send({ type: 'vote.sign', actor: 'A' });
    expect(actor.getSnapshot().value).toBe('briefing');
    expect(actor.getSnapshot().context.refused).toBe('not allowed during briefing');
    // Handled in this phase but refused by its guard: the move bubbles to the root and
    // is refused with the rules' reason, leaving the phase unchanged.
    actor.send({ type: 'briefing.done', actor: 'A' });
    expect(actor.getSnapshot().value).toBe('briefing');
    expect(actor.getSnapshot().context.refused).toBe('only R may do that');
    actor.send({ type: 'briefing.done', actor: 'R' });
    expect(actor.getSnapshot().context.refused).toBeNull();
    actor.stop();
  });

  test('the machine stamps its state into the game as the phase', () => {
    for (const p of paths) expect(p.state.value).toBe(p.state.context.game.phase);
  });

  test('each thread in the summit moves as the thread machine does, step for step', () => {
    const actor = createActor(summitMachine, { input: setup }).start();
    const thread = createActor(threadMachine, { input: { member: 'A' } }).start();
    actor.send({ type: 'briefing.done', actor: 'R' });
    const moves: ReasonedEvent[] = [
      { type: 'offer.send', actor: 'R', member: 'A', clauses: ['c1'], instruments: { toA: 0.2 } },
      { type: 'offer.reject', actor: 'A', member: 'A' },
      { type: 'offer.send', actor: 'R', member: 'A', clauses: ['c1'], instruments: { toA: 0.3 } },
      {
        type: 'offer.counter',
        actor: 'A',
        member: 'A',
        clauses: ['c1'],
        instruments: { toA: 0.5 },
      },
      { type: 'offer.accept', actor: 'R', member: 'A' },
    ];
    const seen: string[] = [];
    for (const m of moves) {
      actor.send(m);
      expect(actor.getSnapshot().context.refused).toBeNull();
      const day = actor.getSnapshot().context.game.day;
      thread.send('clauses' in m ? { ...m, day } : { type: m.type });
      const inSummit = actor.getSnapshot().context.game.threads.A;
      expect(inSummit?.status).toBe(thread.getSnapshot().value);
      seen.push(String(thread.getSnapshot().value));
    }
    expect(seen).toEqual(['offered', 'open', 'offered', 'countered', 'agreed']);
    expect(thread.getSnapshot().status).toBe('done');
    expect((thread.getSnapshot().context as { agreement: unknown }).agreement).toEqual(
      actor.getSnapshot().context.game.threads.A?.agreement,
    );
    // A move the chart does not take from "agreed" is refused by the summit, too.
    actor.send({ type: 'offer.reject', actor: 'A', member: 'A' });
    expect(actor.getSnapshot().context.refused).toMatch(/no offer/);
    actor.stop();
    thread.stop();
  });
});

describe('thread machine (alternating offers)', () => {
  test('a move the thread chart does not take from a status is an error, not a silent change', () => {
    expect(() => nextThread(emptyThread, { type: 'offer.accept' })).toThrow(
      'a thread that is open takes no offer.accept',
    );
  });

  const threadOptions = {
    input: { member: 'A' },
    events: [
      { type: 'offer.send', clauses: ['c1'], instruments: {}, day: 0 },
      { type: 'offer.counter', clauses: ['c1'], instruments: { k: 1 }, day: 0 },
      { type: 'offer.accept' },
      { type: 'offer.reject' },
    ] as const,
    // Offer histories grow without end: the phase alone identifies a state here.
    serializeState: (s: { value: unknown }) => String(s.value),
  };
  const paths = getShortestPaths(threadMachine, threadOptions);
  const map = getAdjacencyMap(threadMachine, threadOptions);

  test('reaches open, offered, countered and agreed, taking every transition', () => {
    expect(new Set(paths.map((p) => String(p.state.value)))).toEqual(
      new Set(['open', 'offered', 'countered', 'agreed']),
    );
    const taken = new Set<string>();
    for (const { state, transitions } of Object.values(map)) {
      for (const { event, state: next } of Object.values(transitions) as {
        event: { type: string };
        state: typeof state;
      }[]) {
        if (next.value !== state.value) taken.add(`${String(state.value)}:${event.type}`);
      }
    }
    const declared: string[] = [];
    for (const [name, node] of Object.entries(threadMachine.config.states ?? {})) {
      for (const type of Object.keys(node.on ?? {})) declared.push(`${name}:${type}`);
    }
    expect(declared.filter((d) => !taken.has(d))).toEqual([]);
  });
});
