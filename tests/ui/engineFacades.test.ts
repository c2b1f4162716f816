/**
 * The UI's engine facades (ui/lib/playEngine.ts, ui/lib/modelEngine.ts) on their own, not
 * only through the browser: a game on the machine's actor, frames as a role sees it, saving
 * and restoring, the
 * ledger the debrief shows, and the Model tab's checks and pictures, with numbers derived
 * by hand or from the model's published facts.
 */
import { describe, expect, test } from 'vitest';
import {
  openGame,
  restoreGame,
  roleFrame,
  storeGame,
  whyIllegal,
  type GameConfig,
  type HumanMove,
  type OpenGame,
} from '../../ui/lib/playEngine';
import { BASE_MODELS, checkModel, liveSummary, pairPictures } from '../../ui/lib/modelEngine';

const config: GameConfig = {
  scenarioId: 'moscow-2008',
  role: 'BLR',
  seed: 3,
  history: true,
  strategy: 'rational',
};

/** Play the game to the end on one session, the person always taking the first menu item. */
function playedThrough(c: GameConfig): { moves: HumanMove[]; game: OpenGame } {
  const moves: HumanMove[] = [];
  const game = openGame(c, []);
  for (let i = 0; i < 200; i++) {
    const frame = roleFrame(game);
    if (!frame.myTurn) return { moves, game };
    const first = frame.menu[0];
    if (!first) throw new Error('an empty menu while the game waits');
    const move = first.event ?? { type: 'pass' as const, actor: c.role };
    expect(game.session.play(move)).toBeUndefined();
    moves.push(move);
  }
  throw new Error('no end after 200 moves');
}

describe('playEngine', () => {
  test("a frame shows the role's view only: Belarus sees no beliefs, no plan, nobody's values", () => {
    const game = openGame(config, []);
    const frame = roleFrame(game);
    expect(frame.view.role).toBe('BLR');
    expect(frame.view.believedValue).toBeNull();
    expect(frame.view.plan).toBeNull();
    expect(frame.myTurn).toBe(true);
    expect(frame.menu.length).toBeGreaterThan(0);
    expect(frame.outcome).toBeNull();
    // Nothing in the frame carries another member's true value of a clause.
    const kaz = game.setup.value['nato-warning']?.KAZ;
    expect(JSON.stringify(frame)).not.toContain(`"KAZ":${kaz}`);
    expect(Object.keys(frame.view.threads)).toEqual(['BLR']);
    game.session.stop();
  });

  test('the game runs on the summit machine’s actor, which the browser subscribes to', () => {
    const game = openGame(config, []);
    const seen: string[] = [];
    const sub = game.session.actor?.subscribe((s) => seen.push(String(s.value)));
    const first = roleFrame(game).menu[0]?.event;
    if (!first) throw new Error('no move');
    expect(game.session.play(first)).toBeUndefined();
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(game.session.state().phase);
    sub?.unsubscribe();
    game.session.stop();
  });

  test('a refused move changes nothing and says why', () => {
    const game = openGame(config, []);
    const before = game.session.events.length;
    expect(game.session.play({ type: 'summit.call', actor: 'BLR' })).toBe('only RUS may do that');
    expect(game.session.play({ type: 'day.next', actor: 'RUS' })).toBe(
      "it is BLR's turn, not RUS's",
    );
    expect(game.session.events.length).toBe(before);
    expect(roleFrame(game).myTurn).toBe(true);
    game.session.stop();
  });

  test('a finished game has payoffs, the prediction and a ledger that adds up', () => {
    const { game } = playedThrough(config);
    const outcome = roleFrame(game).outcome;
    if (!outcome) throw new Error('the game is not over');
    // The fact sheet's finding, computed by the model: the consensus text keeps these
    // clauses and drops aggression and recognition.
    const text = outcome.prediction.text;
    for (const c of ['nato-warning', 'concern-force', 'support-russia-role'])
      expect(text).toContain(c);
    for (const c of ['aggression', 'recognition']) expect(text).not.toContain(c);
    const value = new Map(outcome.setup.instruments.map((k) => [k.id, k.value]));
    for (const m of outcome.setup.members) {
      const received = outcome.state.transfers
        .filter((t) => t.member === m && (t.status === 'paid' || t.status === 'delivered'))
        .reduce((s, t) => s + (value.get(t.instrument) ?? 0) * t.amount, 0);
      expect(outcome.ledger[m]?.received).toBeCloseTo(received, 12);
    }
  });

  test('a stored game restores to the same moves, and a game whose moves were cut does not', () => {
    const { moves, game } = playedThrough(config);
    const stored = JSON.parse(JSON.stringify(storeGame(game, moves))) as unknown;
    const back = restoreGame(stored);
    expect(back.ok && back.value.moves).toEqual(moves);
    const cut = { ...(stored as object), moves: moves.slice(0, -1) };
    const refused = restoreGame(cut);
    expect(!refused.ok && refused.message).toBe('the saved moves do not reproduce the saved game');
  });

  test('whyIllegal gives the rules’ reason', () => {
    const game = openGame(config, []);
    expect(whyIllegal(game, { type: 'summit.call', actor: 'BLR' })).toBe('only RUS may do that');
    game.session.stop();
  });
});

describe('modelEngine', () => {
  test('the bundled model checks; a broken one names its paths', () => {
    expect(checkModel(BASE_MODELS['moscow-2008']).ok).toBe(true);
    const broken = structuredClone(BASE_MODELS['moscow-2008']) as Record<string, unknown>;
    broken.leaderBudget = 'nonsense +';
    const r = checkModel(broken);
    expect(!r.ok && r.problems.map((p) => p.path)).toContain('/leaderBudget');
  });

  test('under consensus each of the seven voters has a seventh of the voting power', () => {
    const checked = checkModel(BASE_MODELS['moscow-2008']);
    if (!checked.ok) throw new Error('does not check');
    const s = liveSummary(checked.scenario);
    if (!('kind' in s) || s.kind !== 'declaration') throw new Error('not a declaration model');
    for (const x of Object.values(s.shapleyShubik)) expect(x).toBeCloseTo(1 / 7, 12);
  });

  test('every leader–member pair gets its bargaining picture', () => {
    const checked = checkModel(BASE_MODELS['moscow-2008']);
    if (!checked.ok) throw new Error('does not check');
    const pics = pairPictures(checked.scenario);
    if ('error' in pics) throw new Error(pics.error);
    expect(pics.map((p) => p.member)).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK', 'UZB']);
  });
});
