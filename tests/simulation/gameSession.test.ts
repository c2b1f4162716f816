/**
 * A game session through the public API (engine/index.ts) with two people at one table —
 * what the classroom will do: each person's move is taken only on that person's turn, the
 * AI roles move in between, and the saved log replays through the machine to the same end.
 */
import { describe, expect, test } from 'vitest';
import moscow from '../../models/moscow-2008.json';
import {
  agentFor,
  buildScenarioModel,
  createSetup,
  moveMenu,
  parseScenario,
  replayGame,
  saveGame,
  startSession,
  type HumanMove,
} from '../../engine/index';

function model() {
  const parsed = parseScenario(moscow);
  if (!parsed.ok) throw new Error('moscow-2008 does not parse');
  const built = buildScenarioModel(parsed.value);
  if (!built.ok) throw new Error('moscow-2008 does not evaluate');
  return { scenario: parsed.value, model: built.value };
}

describe('a session with two people at the table', () => {
  const { scenario, model: m } = model();
  const people = new Set(['RUS', 'BLR']);
  const setup = createSetup(m, { seed: 5, history: true });
  const agents = Object.fromEntries(
    setup.players.filter((p) => !people.has(p)).map((p) => [p, agentFor(setup, p, 'rational')]),
  );

  test('turns alternate as the protocol says, out-of-turn moves are refused, and the log replays', () => {
    const session = startSession(setup, agents, { humans: people });
    const turns = new Set<string>();
    for (let i = 0; i < 300 && session.waitingFor(); i++) {
      const who = session.waitingFor() as string;
      turns.add(who);
      const other = who === 'RUS' ? 'BLR' : 'RUS';
      const before = session.events.length;
      // The other person cannot move now; nothing changes.
      expect(session.play({ type: 'pass', actor: other })).toBe(
        `it is ${who}'s turn, not ${other}'s`,
      );
      expect(session.events.length).toBe(before);
      const item = moveMenu(setup, session.state(), who)[0];
      if (!item) throw new Error(`${who} has no move`);
      const move: HumanMove = item.event ?? { type: 'pass', actor: who };
      expect(session.play(move)).toBeUndefined();
    }
    expect(session.waitingFor()).toBeNull();
    expect(session.state().phase).toBe('debrief');
    expect([...turns].sort()).toEqual(['BLR', 'RUS']);
    const saved = saveGame(scenario, setup, { history: true, west: false }, {}, [
      ...session.events,
    ]);
    const replay = replayGame(m, saved);
    expect(replay.ok && replay.value.states.at(-1)).toEqual(session.state());
    session.stop();
  });

  test('a seat handed to the AI mid-game is played on at once, and can be taken back', () => {
    const humans = new Set(people);
    const all = Object.fromEntries(setup.players.map((p) => [p, agentFor(setup, p, 'rational')]));
    const session = startSession(setup, all, { humans });
    expect(session.waitingFor()).toBe('RUS');
    // Russia's player leaves: nothing moves until the session is told to resume.
    humans.delete('RUS');
    expect(session.waitingFor()).toBe('RUS');
    session.resume();
    expect(session.waitingFor()).not.toBe('RUS');
    expect(session.events.length).toBeGreaterThan(0);
    // Russia's player is back: the AI stops playing Russia from its next turn on.
    humans.add('RUS');
    const seen = new Set<string>();
    for (let i = 0; i < 300 && session.waitingFor(); i++) {
      const who = session.waitingFor() as string;
      seen.add(who);
      const item = moveMenu(setup, session.state(), who)[0];
      if (!item) throw new Error(`${who} has no move`);
      expect(session.play(item.event ?? { type: 'pass', actor: who })).toBeUndefined();
    }
    expect(session.state().phase).toBe('debrief');
    expect(seen.has('RUS')).toBe(true);
    session.stop();
  });
});
