/**
 * Every solution concept of a game in one report, keyed by player id: the shape the
 * CLI's `solve --json` prints and the calculator page shows. A concept that does not
 * exist for the game is null with a reason under `notes`; exact fractions, where they are
 * found and check out, sit under `exact` with the same keys.
 */
import type { Allocation, Maybe } from '../shared/types';
import { exactAllocation, exactNumbers } from '../shared/rational';
import { cleanZero } from '../shared/numeric';
import type { GameSpec } from './parseGameFile';
import { grandWorth, type TuGame } from './tuGame';
import { shapleyValue } from './shapley';
import { banzhafValue, normalizedBanzhaf } from './banzhaf';
import { nucleolus, prenucleolus } from './nucleolus';
import { isCoreEmpty, leastCore } from './leastCore';
import { tauValue } from './tauValue';
import { gatelyPoint } from './gatelyPoint';
import {
  banzhafWork,
  shapleyShubikIndex,
  shapleyShubikWork,
  weightedBanzhafValue,
} from './powerIndices';
import { MAX_LP_PLAYERS, MAX_WEIGHTED_WORK } from '../shared/limits';
import {
  deeganPackelIndex,
  isSimpleGame,
  johnstonIndex,
  notSimple,
  publicGoodIndex,
} from './simpleGames';
import { hasIntegerWeights, type WeightedVotingGame } from './weightedVoting';

export const TU_CONCEPTS = [
  'shapley',
  'banzhaf',
  'banzhafNormalized',
  'nucleolus',
  'prenucleolus',
  'tau',
  'gately',
  'core',
  'leastCore',
] as const;
export const WEIGHTED_CONCEPTS = [
  'shapleyShubik',
  'deeganPackel',
  'publicGood',
  'johnston',
] as const;
export type ConceptName = (typeof TU_CONCEPTS)[number] | (typeof WEIGHTED_CONCEPTS)[number];
export const ALL_CONCEPTS: readonly ConceptName[] = [...TU_CONCEPTS, ...WEIGHTED_CONCEPTS];

export type PlayerMap = Record<string, number>;
export interface CoreReport {
  empty: boolean;
}
export interface LeastCoreReport {
  epsilon: number;
  allocation: PlayerMap;
}

export interface GameReport {
  players: string[];
  [concept: string]: unknown;
  exact: Record<
    string,
    Record<string, string> | { epsilon: string; allocation: Record<string, string> }
  >;
  notes: Record<string, string>;
}

/** What a concept computes to: an allocation whose exact form must sum to v(N), or one that need not. */
type Computed =
  | { kind: 'allocation'; value: Maybe<Allocation>; efficient: boolean }
  | { kind: 'core'; value: Maybe<CoreReport> }
  | { kind: 'leastCore'; value: Maybe<{ epsilon: number; allocation: Allocation }> };

type ConceptFn = (spec: GameSpec) => Promise<Computed> | Computed;

const noExplicitGame = (n: number): Maybe<never> => ({
  ok: false,
  reason: `needs all 2^${n} coalitions; exact enumeration stops at 25 players`,
});

const playerCount = (spec: GameSpec) =>
  spec.kind === 'weighted' ? spec.weighted.players.length : spec.game.n;

/** A concept computed on the explicit game (n ≤ 25). */
function onGame(
  f: (game: TuGame) => Promise<Maybe<Allocation>> | Maybe<Allocation>,
  efficient: boolean,
): ConceptFn {
  return async (spec) => ({
    kind: 'allocation',
    efficient,
    value: spec.game ? await f(spec.game) : noExplicitGame(playerCount(spec)),
  });
}

/**
 * A concept with a DP over the weights for weighted games, or computed on the explicit
 * game — whichever takes fewer steps (three voters with weights of 10^8 enumerate 8
 * coalitions instead of a 10^8-long table). Beyond {@link MAX_WEIGHTED_WORK} steps it is
 * refused with the numbers.
 */
function weightedOrGame(
  dp: (w: WeightedVotingGame) => Maybe<Allocation>,
  f: (game: TuGame) => Maybe<Allocation>,
  efficient: boolean,
  work: (w: WeightedVotingGame) => number,
): ConceptFn {
  return (spec) => {
    const explicit = spec.game ? spec.game.n * 2 ** spec.game.n : Infinity;
    const value = ((): Maybe<Allocation> => {
      if (spec.kind !== 'weighted' || !hasIntegerWeights(spec.weighted))
        return spec.game
          ? f(spec.game)
          : { ok: false, reason: 'weights must be whole numbers for the exact dynamic program' };
      const steps = work(spec.weighted);
      if (spec.game && explicit <= steps) return f(spec.game);
      if (steps <= MAX_WEIGHTED_WORK) return dp(spec.weighted);
      return {
        ok: false,
        reason: `the dynamic program over the weights needs about ${steps.toExponential(1)} steps (${spec.weighted.players.length} voters, quota ${spec.weighted.quota}); Summit Lab stops at ${MAX_WEIGHTED_WORK.toExponential(0)}. Only the weights' ratios to the quota matter: scale them down`,
      };
    })();
    return { kind: 'allocation', efficient, value };
  };
}

/** A concept solved by linear programs on the explicit game: at most MAX_LP_PLAYERS. */
function lpTooLarge(spec: GameSpec): Maybe<never> | undefined {
  const n = playerCount(spec);
  return n > MAX_LP_PLAYERS
    ? {
        ok: false,
        reason: `solved by linear programs over all 2^${n} coalitions; Summit Lab computes it for at most ${MAX_LP_PLAYERS} players (about 0.5–2 s at ${MAX_LP_PLAYERS}, each player more doubles it)`,
      }
    : undefined;
}

/** An LP-based concept on the explicit game, refused beyond MAX_LP_PLAYERS. */
function onLpGame(
  f: (game: TuGame) => Promise<Maybe<Allocation>> | Maybe<Allocation>,
  efficient: boolean,
): ConceptFn {
  const inner = onGame(f, efficient);
  return (spec) => {
    const refused = lpTooLarge(spec);
    return refused ? { kind: 'allocation', efficient, value: refused } : inner(spec);
  };
}

const ok = <T>(value: T): Maybe<T> => ({ ok: true, value });

/** The registry: adding a concept is one line here plus its solver module. */
const CONCEPTS: Record<ConceptName, ConceptFn> = {
  shapley: weightedOrGame(
    (w) => ok(shapleyShubikIndex(w)),
    (g) => ok(shapleyValue(g)),
    true,
    shapleyShubikWork,
  ),
  banzhaf: weightedOrGame(
    (w) => ok(weightedBanzhafValue(w)),
    (g) => ok(banzhafValue(g)),
    false,
    banzhafWork,
  ),
  banzhafNormalized: weightedOrGame(
    (w) => normalizedBanzhaf(weightedBanzhafValue(w)),
    // Shares of swing power mean something only where worths are 0 or 1.
    (g) => (isSimpleGame(g) ? normalizedBanzhaf(banzhafValue(g)) : notSimple),
    false,
    banzhafWork,
  ),
  nucleolus: onLpGame(nucleolus, true),
  prenucleolus: onLpGame(async (g) => ok(await prenucleolus(g)), true),
  tau: onGame(tauValue, true),
  gately: onGame(gatelyPoint, true),
  core: async (spec) => ({
    kind: 'core',
    value:
      lpTooLarge(spec) ??
      (spec.game ? ok({ empty: await isCoreEmpty(spec.game) }) : noExplicitGame(playerCount(spec))),
  }),
  leastCore: async (spec) => ({
    kind: 'leastCore',
    value:
      lpTooLarge(spec) ??
      (spec.game ? await leastCore(spec.game) : noExplicitGame(playerCount(spec))),
  }),
  shapleyShubik: weightedOrGame(
    (w) => ok(shapleyShubikIndex(w)),
    (g) => ok(shapleyValue(g)),
    true,
    shapleyShubikWork,
  ),
  deeganPackel: onGame(deeganPackelIndex, false),
  publicGood: onGame(publicGoodIndex, false),
  johnston: onGame(johnstonIndex, false),
};

const toPlayerMap = (players: readonly string[], x: readonly number[]): PlayerMap =>
  Object.fromEntries(players.map((p, i) => [p, cleanZero(x[i] as number)]));
const toStringMap = (players: readonly string[], x: readonly string[]) =>
  Object.fromEntries(players.map((p, i) => [p, x[i] as string]));

/** Whether a concept applies to this kind of game at all. */
export function conceptApplies(spec: GameSpec, concept: ConceptName): boolean {
  return (TU_CONCEPTS as readonly string[]).includes(concept) || spec.kind === 'weighted';
}

export async function gameReport(
  spec: GameSpec,
  concepts: readonly ConceptName[] = ALL_CONCEPTS,
): Promise<GameReport> {
  const players = [...(spec.kind === 'weighted' ? spec.weighted.players : spec.game.players)];
  const values: Record<string, unknown> = {};
  const exact: GameReport['exact'] = {};
  const notes: Record<string, string> = {};
  const total = spec.game ? grandWorth(spec.game) : 1;
  for (const concept of concepts) {
    if (!conceptApplies(spec, concept)) continue;
    const computed = await CONCEPTS[concept](spec);
    if (!computed.value.ok) {
      values[concept] = null;
      notes[concept] = computed.value.reason;
      continue;
    }
    if (computed.kind === 'allocation') {
      const x = computed.value.value;
      values[concept] = toPlayerMap(players, x);
      const fractions = computed.efficient ? exactAllocation(x, total) : exactNumbers(x);
      if (fractions) exact[concept] = toStringMap(players, fractions);
    } else if (computed.kind === 'core') {
      values[concept] = computed.value.value;
    } else {
      const { epsilon, allocation } = computed.value.value;
      values[concept] = {
        epsilon: cleanZero(epsilon),
        allocation: toPlayerMap(players, allocation),
      };
      const eps = exactNumbers([epsilon]);
      const alloc = exactAllocation(allocation, total);
      if (eps && alloc) {
        exact[concept] = { epsilon: eps[0] as string, allocation: toStringMap(players, alloc) };
      }
    }
  }
  // Key order: players, the concepts, then exact fractions and notes.
  return { players, ...values, exact, notes };
}
