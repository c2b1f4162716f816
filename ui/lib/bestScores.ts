/**
 * The best score each role has reached on each scenario at each difficulty, kept in this
 * browser (a Gentle game's score is not set against a Hard one's): a debrief
 * records its game's score once (keyed by the game's seed, so showing the same finished game
 * again does not count twice) and shows the best beside it. Storage that is missing, full or
 * corrupt is ignored — the debrief never fails for it.
 */

export interface BestScore {
  readonly score: number;
  /** The game's seed: the game that set it. */
  readonly seed: number;
  /** When it was set (ISO date). */
  readonly when: string;
}

/** The part of localStorage used here. */
export interface ScoreStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const BEST_SCORES_KEY = 'summit-lab:best-scores';

function read(store: ScoreStore): Record<string, BestScore> {
  try {
    const parsed = JSON.parse(store.getItem(BEST_SCORES_KEY) ?? '{}') as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed as Record<string, unknown>).filter(
        ([, b]) =>
          typeof b === 'object' &&
          b !== null &&
          Number.isFinite((b as BestScore).score) &&
          Number.isInteger((b as BestScore).seed) &&
          typeof (b as BestScore).when === 'string',
      ),
    ) as Record<string, BestScore>;
  } catch {
    return {};
  }
}

/** Where a score counts: a role on a scenario against one level of opponents. */
export interface ScoreSlot {
  readonly scenario: string;
  readonly role: string;
  /** The difficulty's id, or a custom game's strategy and setting ("custom:linear+history"). */
  readonly level: string;
}

/**
 * Record a finished game's score in its slot; returns the best so far there and whether
 * this game holds it.
 */
export function recordScore(
  store: ScoreStore,
  slot: ScoreSlot,
  game: BestScore,
): { best: BestScore; thisGame: boolean } {
  const all = read(store);
  const key = `${slot.scenario}/${slot.role}/${slot.level}`;
  const previous = all[key];
  const best = previous && previous.score >= game.score ? previous : game;
  if (best !== previous) {
    try {
      store.setItem(BEST_SCORES_KEY, JSON.stringify({ ...all, [key]: best }));
    } catch {
      // Storage full or disabled: the best is shown, just not kept.
    }
  }
  return { best, thisGame: best.seed === game.seed };
}
