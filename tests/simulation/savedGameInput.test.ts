/**
 * Saved games from outside (files, storage): every field checked with the same shapes the
 * writer uses, every move checked as a move before the rules judge it, a checksum that
 * reports an edited log as edited, and a fuzz run in which no mutation throws.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { agentFor } from '../../engine/agents/registry';
import { createSetup } from '../../engine/protocols/summitSetup';
import { playGame } from '../../engine/simulation/playGame';
import {
  parseSavedGame,
  replayGame,
  saveChecksum,
  saveGame,
  type SavedGame,
} from '../../engine/simulation/savedGame';
import { loadScenario, prepared } from '../scenario/loadScenario';

const moscow = loadScenario('moscow-2008');
const model = prepared('moscow-2008');

function aSave(): SavedGame {
  const setup = createSetup(model, { seed: 5 });
  const agents = Object.fromEntries(setup.players.map((p) => [p, agentFor(setup, p, 'linear')]));
  const game = playGame(setup, agents);
  return saveGame(moscow, setup, { history: false, west: false }, {}, game.events);
}

/** A save edited by someone who recomputes the checksum. */
function edited(mutate: (g: Record<string, unknown>) => void): unknown {
  const g = structuredClone(aSave()) as unknown as Record<string, unknown>;
  mutate(g);
  g.checksum = saveChecksum(g as unknown as SavedGame);
  return g;
}

const errorsOf = (doc: unknown) => {
  const r = parseSavedGame(doc);
  return r.ok ? [] : r.errors;
};

describe('saved games: fields and moves', () => {
  test('a genuine save parses and replays', () => {
    const r = parseSavedGame(aSave());
    expect(r.ok).toBe(true);
    expect(r.ok && replayGame(model, r.value).ok).toBe(true);
  });

  test('an edited log is reported as edited', () => {
    const g = structuredClone(aSave());
    (g.events[1] as { reason?: string }).reason = 'we never said that';
    expect(errorsOf(g)).toEqual([
      '/checksum does not match: the game was edited after it was saved, so it is not replayed',
    ]);
    const { checksum: _c, ...without } = aSave();
    expect(errorsOf(without)).toEqual([
      '/checksum is missing: a version 2 save always carries one',
    ]);
  });

  test.each([
    [
      'credibility 5',
      (g: Record<string, unknown>) => (g.credibility = 5),
      '/credibility must be a number from 0 to 1',
    ],
    [
      'credibility −3',
      (g: Record<string, unknown>) => (g.credibility = -3),
      '/credibility must be a number from 0 to 1',
    ],
    [
      'a seed beyond 2^31',
      (g: Record<string, unknown>) => (g.seed = 2 ** 32 + 5),
      '/seed must be a whole number from 0 to 2147483647',
    ],
    [
      'a seed as a string',
      (g: Record<string, unknown>) => (g.seed = '5'),
      '/seed must be a whole number from 0 to 2147483647',
    ],
    ['an unknown field', (g: Record<string, unknown>) => (g.cheat = true), '/cheat: unknown field'],
  ])('%s is refused', (_, mutate, message) => {
    expect(errorsOf(edited(mutate))).toContain(message);
  });

  test.each([
    [{ type: 'promise.deliver', actor: 'RUS', index: '1' }, /^\/events\/0\/index: /],
    [{ type: 'promise.deliver', actor: 'RUS', index: 1.5 }, /^\/events\/0\/index: /],
    [
      { type: 'offer.send', actor: 'RUS', member: 'BLR', clauses: [], instruments: { x: -1 } },
      /^\/events\/0\/instruments\/x: /,
    ],
    [{ type: 'west.bid', actor: 'WEST', member: 'BLR', amount: 'lots' }, /^\/events\/0\/amount: /],
    [
      { type: 'coup', actor: 'RUS' },
      /^\/events\/0\/type: is not a move of the summit protocol \(moves: briefing.done/,
    ],
    [{ type: 'day.next' }, /^\/events\/0\/actor: /],
    [{ type: 'day.next', actor: 'RUS', extra: 1 }, /^\/events\/0: unknown field "extra"/],
    ['day.next', /^\/events\/0: /],
  ])('a malformed move %j is named with its path', (move, message) => {
    const errors = errorsOf(edited((g) => (g.events = [move])));
    expect(errors.some((e) => message.test(e))).toBe(true);
  });
});

describe('fuzz: mutated saves never throw', () => {
  const base = aSave() as unknown as Record<string, unknown>;
  const keys = Object.keys(base);
  const junk = fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.double(),
    fc.string({ maxLength: 8 }),
    fc.boolean(),
    fc.array(fc.integer(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 3 }),
  );
  test('parse and replay end in a value or a list of messages (400 saves)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...keys),
        junk,
        fc.nat(60),
        fc.constantFrom('type', 'actor', 'member', 'index', 'amount', 'clauses', 'text'),
        fc.boolean(),
        (key, value, at, field, whole) => {
          const g = structuredClone(base);
          const events = g.events as Record<string, unknown>[];
          if (whole) g[key] = value;
          else if (events[at % events.length]) events[at % events.length]![field] = value;
          g.checksum = saveChecksum(g as unknown as SavedGame);
          const r = parseSavedGame(g);
          if (!r.ok) return r.errors.length > 0 && r.errors.every((e) => typeof e === 'string');
          const replay = replayGame(model, r.value);
          return replay.ok || replay.errors.every((e) => typeof e === 'string');
        },
      ),
      { numRuns: 400, seed: 11 },
    );
  });
});
