import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { simulate } from '../../engine/simulation/simulate';
import { invariantViolations } from '../../engine/simulation/invariants';
import { playGame } from '../../engine/simulation/playGame';
import { createSetup } from '../../engine/protocols/summitSetup';
import { agentFor } from '../../engine/agents/registry';
import { STRATEGIES, type StrategyName } from '../../engine/agents/agent';
import { viewFor, visibleLog } from '../../engine/protocols/views';
import { initialSummitState } from '../../engine/protocols/summitRules';
import { plainDriver, plainStep } from '../protocols/plainRules';
import { parseSavedGame, replayGame, saveGame } from '../../engine/simulation/savedGame';
import { loadScenario, prepared } from '../scenario/loadScenario';

const moscow = loadScenario('moscow-2008');
const moscowModel = prepared('moscow-2008');
const PLAYERS = ['RUS', 'ARM', 'BLR', 'KAZ', 'KGZ', 'TJK', 'UZB'];
const everyone = (s: StrategyName) => Object.fromEntries(PLAYERS.map((p) => [p, s]));

function play(
  seed: number,
  strategy: StrategyName,
  opts: { history?: boolean; west?: boolean; plain?: boolean } = {},
) {
  const setup = createSetup(moscowModel, {
    seed,
    history: opts.history ?? false,
    ...(opts.west ? { west: true } : {}),
  });
  const roles = [...setup.players, ...(setup.west ? [setup.west.id] : [])];
  const agents = Object.fromEntries(roles.map((r) => [r, agentFor(setup, r, strategy)]));
  return { setup, ...playGame(setup, agents, opts.plain ? { driver: plainDriver } : {}) };
}

/** Random games: a seed, one strategy for every role, the West in or out. */
const gameSettings = fc.record({
  seed: fc.integer({ min: 0, max: 10_000 }),
  strategy: fc.constantFrom(...STRATEGIES),
  west: fc.boolean(),
});

describe('simulation invariants over thousands of games', () => {
  test.each([
    ['rational', {}, false],
    ['boulware', everyone('boulware'), false],
    ['linear', everyone('linear'), false],
    ['conceder', everyone('conceder'), false],
    ['tit-for-tat', everyone('tit-for-tat'), false],
    ['mixed', { RUS: 'boulware', BLR: 'conceder', UZB: 'tit-for-tat', KAZ: 'linear' }, false],
    ['rational against the West', {}, true],
  ] as const)('%s: budget, bounds, rule and payoffs hold in every game', (_, agents, west) => {
    const problems: string[] = [];
    const summary = simulate(moscowModel, {
      games: 250,
      seed: 11,
      agents: agents,
      ...(west ? { west } : {}),
      onGame: (setup, state, events) => {
        expect(state.phase).toBe('debrief');
        problems.push(...invariantViolations(setup, state, events));
      },
    });
    expect(problems).toEqual([]);
    expect(summary.games).toBe(250);
  });

  test('the checker catches a wrong ledger, adoption, credibility and budget', () => {
    const game = play(3, 'linear');
    expect(invariantViolations(game.setup, game.state, game.events)).toEqual([]);
    const paid = game.state.transfers.findIndex((t) => t.status !== 'withheld');
    expect(paid).toBeGreaterThanOrEqual(0);
    const lostTransfer = {
      ...game.state,
      transfers: game.state.transfers.filter((_, i) => i !== paid),
    };
    expect(invariantViolations(game.setup, lostTransfer, game.events).join('\n')).toMatch(
      /not the ledger of the moves/,
    );
    const flipped = { ...game.state, adopted: !game.state.adopted };
    expect(invariantViolations(game.setup, flipped, game.events).join('\n')).toMatch(
      /the rule says/,
    );
    const trusted = { ...game.state, credibility: 1 };
    expect(invariantViolations(game.setup, trusted, game.events).join('\n')).toMatch(
      /credibility is 1/,
    );
    const lavish = game.events.map((e) =>
      e.type === 'offer.send' ? { ...e, instruments: { 'support-blr': 50 } } : e,
    );
    expect(invariantViolations(game.setup, game.state, lavish).join('\n')).toMatch(
      /exceed the budget|exceeds its maximum/,
    );
  });

  test('same arguments, same summary, byte for byte', () => {
    const a = simulate(moscowModel, { games: 40, seed: 3, agents: { RUS: 'boulware' } });
    const b = simulate(moscowModel, { games: 40, seed: 3, agents: { RUS: 'boulware' } });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(
      JSON.stringify(simulate(moscowModel, { games: 40, seed: 4, agents: { RUS: 'boulware' } })),
    ).not.toBe(JSON.stringify(a));
  });

  // Issue 13: Russia hears of the West's bids and answers them; a member paid now returns
  // the payment if it refuses, so it no longer takes the money and then refuses at the vote.
  test('a counter-lobbying West costs Russia: it pays more to keep the declaration', () => {
    const without = simulate(moscowModel, { games: 100, seed: 5 });
    const withWest = simulate(moscowModel, { games: 100, seed: 5, west: true });
    expect(without.adoptionRate).toBe(1);
    expect(withWest.adoptionRate).toBe(1);
    expect(withWest.meanPayoffs.RUS).toBeLessThan((without.meanPayoffs.RUS as number) - 0.01);
    expect(withWest.meanPayments.BLR).toBeGreaterThan((without.meanPayments.BLR as number) + 0.01);
  });
});

describe('replay: the "history-2008" profile replays the recorded moves of 2008', () => {
  const game = play(2008, 'history-2008', { history: true });
  const log = game.state.log.map((e) => `${e.day} ${e.text}`);

  test('the declaration is adopted with the historical text, by all seven', () => {
    expect(game.state.adopted).toBe(true);
    expect(game.state.draft).toEqual([
      'nato-warning',
      'concern-force',
      'no-double-standards',
      'support-russia-role',
    ]);
    expect(Object.values(game.state.votes)).toEqual(Array(6).fill('sign'));
  });

  test('Belarus settles at Sochi on day 5 (19 Aug), Uzbekistan on day 19 (2 Sep); the summit meets on 5 Sep', () => {
    expect(log.some((l) => l.startsWith('5 BLR accepts'))).toBe(true);
    expect(log.some((l) => l.startsWith('19 UZB accepts'))).toBe(true);
    expect(log.some((l) => l.startsWith('22 The summit opens'))).toBe(true);
  });

  test("the last $0.5 bn of Belarus's credit is withheld", () => {
    const credit = game.state.transfers.filter((t) => t.instrument === 'blr-credit');
    expect(credit.map((t) => [t.amount, t.status])).toEqual([
      [1.5, 'delivered'],
      [0.5, 'withheld'],
    ]);
  });
});

describe('equilibrium agents against the record (not a replay)', () => {
  test.each([1, 2, 3])(
    'seed %d: rational agents adopt the text of 5 September, signed by all seven',
    (seed) => {
      const game = play(seed, 'rational', {});
      expect(game.state.adopted).toBe(true);
      expect(game.state.draft).toEqual(moscow.file.history?.text);
      expect(Object.values(game.state.votes)).toEqual(Array(6).fill('sign'));
    },
  );
});

describe('drivers, saving and replay', () => {
  test.each([1, 2, 3])(
    'the XState machine and the rules in a plain loop with hand-written phases play seed %d identically',
    (seed) => {
      const plain = play(seed, 'tit-for-tat', { plain: true, west: seed === 3 });
      const machine = play(seed, 'tit-for-tat', { west: seed === 3 });
      expect(machine.events).toEqual(plain.events);
      expect(machine.state).toEqual(plain.state);
    },
  );

  test('along random games, the machine and the plain loop agree after every move', () => {
    fc.assert(
      fc.property(gameSettings, ({ seed, strategy, west }) => {
        const game = play(seed, strategy, { west });
        const replay = replayGame(
          moscowModel,
          saveGame(moscow, game.setup, { history: false, west }, {}, game.events),
        );
        if (!replay.ok) return false;
        let state = initialSummitState(game.setup);
        return game.events.every((e, i) => {
          state = plainStep(game.setup, state, e);
          return JSON.stringify(state) === JSON.stringify(replay.value.states[i + 1]);
        });
      }),
      { numRuns: 20, seed: 7 },
    );
  });

  test('a saved game replays exactly, through JSON', () => {
    const game = play(9, 'linear', { west: true });
    const saved = JSON.parse(
      JSON.stringify(
        saveGame(
          moscow,
          game.setup,
          { history: false, west: true },
          { RUS: 'linear' },
          game.events,
        ),
      ),
    );
    const parsed = parseSavedGame(saved);
    expect(parsed.ok).toBe(true);
    const replay = parsed.ok ? replayGame(moscowModel, parsed.value) : null;
    expect(replay?.ok && replay.value.states.at(-1)).toEqual(game.state);
  });

  test('a game saved with the old seeding (version 1) replays exactly as it was played', () => {
    const setup = createSetup(moscowModel, { seed: 12, rngVersion: 1 });
    const agents = Object.fromEntries(setup.players.map((r) => [r, agentFor(setup, r, 'linear')]));
    const game = playGame(setup, agents);
    const saved = saveGame(moscow, setup, { history: false, west: false }, {}, game.events);
    expect(saved.version).toBe(1);
    const replay = replayGame(moscowModel, saved);
    expect(replay.ok && replay.value.states.at(-1)).toEqual(game.state);
    // The same seed under the current seeding draws other private values.
    expect(createSetup(moscowModel, { seed: 12 }).value).not.toEqual(setup.value);
  });

  test('corrupt, foreign and future saves are clear errors', () => {
    const game = play(9, 'rational');
    const saved = saveGame(moscow, game.setup, { history: false, west: false }, {}, game.events);
    const tampered = {
      ...saved,
      events: saved.events.map((e, i) => (i === 3 ? { ...e, actor: 'KAZ' } : e)),
    };
    const r = replayGame(moscowModel, tampered);
    expect(!r.ok && r.errors[0]).toMatch(/^\/events\/3: .* is not legal here/);
    expect(parseSavedGame({ ...saved, version: 99 })).toEqual({
      ok: false,
      errors: ['saved-game version 99 is not supported; this Summit Lab reads versions 1 and 2'],
    });
    expect(parseSavedGame({ hello: 1 })).toEqual({
      ok: false,
      errors: ['this is not a Summit Lab saved game'],
    });
    const other = replayGame(prepared('sco-dushanbe-2008'), saved);
    expect(!other.ok && other.errors[0]).toMatch(/played on scenario "moscow-2008"/);
    expect(parseSavedGame({ ...saved, events: [{ nope: 1 }] }).ok).toBe(false);
  });
});

describe('views never leak another role’s private data', () => {
  test('along random games, each member sees only its own thread, transfers and values; the leader never sees true draws', () => {
    fc.assert(
      fc.property(gameSettings, ({ seed, strategy, west }) => {
        const game = play(seed, strategy, { west });
        let state = initialSummitState(game.setup);
        for (const e of game.events) {
          state = plainStep(game.setup, state, e);
          for (const m of game.setup.members) {
            const v = viewFor(game.setup, state, m);
            if (Object.keys(v.threads).join() !== m) return false;
            if (v.transfers.some((t) => t.member !== m) || v.instruments.some((k) => k.to !== m))
              return false;
            if (v.believedValue !== null || v.budgetLeft !== null) return false;
            if (visibleLog(state, m).some((l) => l.visibleTo !== 'all' && !l.visibleTo.includes(m)))
              return false;
          }
          const lead = JSON.stringify(viewFor(game.setup, state, game.setup.leader));
          for (const c of game.setup.clauseIds) {
            for (const m of game.setup.members) {
              const truth = game.setup.value[c]?.[m] ?? 0;
              if (truth !== game.setup.believedValue[c]?.[m] && lead.includes(String(truth)))
                return false;
            }
          }
        }
        return true;
      }),
      { numRuns: 12 },
    );
  }, 120_000); // every view at every step of a dozen whole games
});
