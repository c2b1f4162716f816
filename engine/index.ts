/**
 * Summit Lab's public API: functions over plain data, named for what they return.
 * Allocations are arrays in player order; LP-based functions are async (HiGHS loads lazily).
 */
export type { Allocation, Maybe, Result } from './shared/types';
export { EPS, approxEqual, approxEqualVectors } from './shared/numeric';
export { seededRng, type Rng } from './shared/rng';
export { setHighsLoader } from './shared/lp';
export {
  reconstructRational,
  exactAllocation,
  formatRational,
  type Rational,
} from './shared/rational';

// Coalition games
export {
  gameFromValues,
  gameFromFunction,
  grandWorth,
  marginalVector,
  permuteGame,
  type TuGame,
} from './cooperative/tuGame';
export {
  weightedVotingGame,
  gameFromWeights,
  type WeightedVotingGame,
} from './cooperative/weightedVoting';
export { parseGameFile, type GameSpec, type GameFileError } from './cooperative/parseGameFile';
export { shapleyValue } from './cooperative/shapley';
export { banzhafValue, banzhafIndex } from './cooperative/banzhaf';
export {
  shapleyShubikIndex,
  weightedBanzhafValue,
  banzhafSwings,
} from './cooperative/powerIndices';
export {
  deeganPackelIndex,
  publicGoodIndex,
  johnstonIndex,
  minimalWinningCoalitions,
} from './cooperative/simpleGames';
export { monteCarloShapley, weightedWorth } from './cooperative/monteCarloShapley';
export { leastCore, isCoreEmpty, isInCore, type LeastCore } from './cooperative/leastCore';
export { coreVertices } from './cooperative/coreVertices';
export { nucleolus, prenucleolus, nucleolusTrace } from './cooperative/nucleolus';
export { satisfiesKohlberg } from './cooperative/kohlberg';
export { tauValue } from './cooperative/tauValue';
export { gatelyPoint } from './cooperative/gatelyPoint';
export { equalSplit } from './cooperative/equalSplit';
export {
  bankruptcyGame,
  proportionalRule,
  constrainedEqualAwards,
  constrainedEqualLosses,
  talmudRule,
} from './cooperative/bankruptcy';
export {
  gameReport,
  ALL_CONCEPTS,
  type GameReport,
  type ConceptName,
} from './cooperative/gameReport';

// Bargaining
export { paretoFrontier, type Point } from './bargaining/frontier';
export { nashBargainingSolution, nashTuSolution } from './bargaining/nash';
export { kalaiSmorodinskySolution } from './bargaining/kalaiSmorodinsky';
export { egalitarianSolution } from './bargaining/egalitarian';
export { rubinsteinShares, stahlPath } from './bargaining/rubinstein';
export { voteBuying, type VoteBuyingResult } from './bargaining/voteBuying';
export { parseBargainFile, solveBargain } from './bargaining/bargainFile';
