/**
 * The UI's engine facades (ui/lib/playEngine.ts, ui/lib/modelEngine.ts) on their own, not
 * only through the browser: frames of a game as a role sees it, saving and restoring, the
 * ledger the debrief shows, and the Model tab's checks and pictures, with numbers derived
 * by hand or from the model's published facts.
 */
import { describe, expect, test } from 'vitest';
import {
  frameOf,
  restoreGame,
  storeGame,
  whyIllegal,
  type GameConfig,
  type HumanMove,
} from '../../ui/lib/playEngine';
import { BASE_MODELS, checkModel, liveSummary, pairPictures } from '../../ui/lib/modelEngine';

const config: GameConfig = {
  scenarioId: 'moscow-2008',
  role: 'BLR',
  seed: 3,
  history: true,
  strategy: 'rational',
};

/** Play the game to the end, the person always taking the first menu item. */
function playedThrough(c: GameConfig): { moves: HumanMove[]; frame: ReturnType<typeof frameOf> } {
  const moves: HumanMove[] = [];
  for (let i = 0; i < 200; i++) {
    const frame = frameOf(c, moves);
    if (!frame.played.waitingFor) return { moves, frame };
    const first = frame.menu[0];
    if (!first) throw new Error('an empty menu while the game waits');
    moves.push(first.event ?? { type: 'pass', actor: c.role });
  }
  throw new Error('no end after 200 moves');
}

describe('playEngine', () => {
  test("a frame shows the role's view only: Belarus sees no beliefs and no plan", () => {
    const frame = frameOf(config, []);
    expect(frame.view.role).toBe('BLR');
    expect(frame.view.believedValue).toBeNull();
    expect(frame.view.plan).toBeNull();
    expect(frame.played.waitingFor).toBe('BLR');
    expect(frame.menu.length).toBeGreaterThan(0);
    expect(frame.plannedText).toEqual(frame.setup.leaderPlan.text);
  });

  test('a finished game has payoffs, the prediction and a ledger that adds up', () => {
    const { frame } = playedThrough(config);
    expect(frame.payoffs).not.toBeNull();
    // The fact sheet's finding, computed by the model: the consensus text keeps these
    // clauses and drops aggression and recognition.
    const text = frame.prediction?.text ?? [];
    for (const c of ['nato-warning', 'concern-force', 'support-russia-role'])
      expect(text).toContain(c);
    for (const c of ['aggression', 'recognition']) expect(text).not.toContain(c);
    const value = new Map(frame.setup.instruments.map((k) => [k.id, k.value]));
    for (const m of frame.setup.members) {
      const received = frame.played.state.transfers
        .filter((t) => t.member === m && (t.status === 'paid' || t.status === 'delivered'))
        .reduce((s, t) => s + (value.get(t.instrument) ?? 0) * t.amount, 0);
      expect(frame.ledger[m]?.received).toBeCloseTo(received, 12);
    }
  });

  test('a stored game restores to the same moves, and a game whose moves were cut does not', () => {
    const { moves, frame } = playedThrough(config);
    const stored = JSON.parse(JSON.stringify(storeGame(config, moves, frame))) as unknown;
    const back = restoreGame(stored);
    expect(back.ok && back.value.moves).toEqual(moves);
    const cut = { ...(stored as object), moves: moves.slice(0, -1) };
    const refused = restoreGame(cut);
    expect(!refused.ok && refused.message).toBe('the saved moves do not reproduce the saved game');
  });

  test('whyIllegal gives the rules’ reason', () => {
    const frame = frameOf(config, []);
    expect(whyIllegal(frame, { type: 'summit.call', actor: 'BLR' })).toBe('only RUS may do that');
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

  test("each pair's no-deadline share is Rubinstein's δ_M(1 − δ_L)/(1 − δ_L δ_M)", () => {
    const checked = checkModel(BASE_MODELS['moscow-2008']);
    if (!checked.ok) throw new Error('does not check');
    const pics = pairPictures(checked.scenario);
    if ('error' in pics) throw new Error(pics.error);
    expect(pics).toHaveLength(6);
    // δ_RUS = 0.97, δ_member = 0.99 (models/moscow-2008.json), the leader proposing.
    const expected = (0.99 * (1 - 0.97)) / (1 - 0.97 * 0.99);
    for (const p of pics) {
      expect(p.rubinstein).toBeCloseTo(expected, 12);
      expect(p.stahl).toHaveLength(22);
    }
  });
});
