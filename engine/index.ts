/**
 * Summit Lab's public API: functions over plain data, named for what they return.
 * Allocations are arrays in player order; LP-based functions are async (HiGHS loads lazily).
 */
export type { Allocation, Maybe, Result } from './shared/types';
export { EPS, approxEqual, approxEqualVectors } from './shared/numeric';
export { seededRng, type Rng } from './shared/rng';
export { membersOf } from './shared/bits';
export { parseJsonText, type JsonRead } from './shared/jsonText';
export { jsonDiff, type JsonChange } from './shared/jsonDiff';
export { toCsv, type Cell } from './shared/csv';
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
export { coreBounds, type CoreBounds } from './cooperative/coreBounds';
export { coreSlice, type CoreSlice, type Point3 } from './cooperative/coreSlice';
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
export { tuSet, type CoalitionalSet } from './bargaining/coalitionalSet';
export { baronFerejohn } from './bargaining/baronFerejohn';
export { krishnaSerrano } from './bargaining/krishnaSerrano';
export { finiteHorizon } from './bargaining/finiteHorizon';
export { voteBuying, type VoteBuyingResult } from './bargaining/voteBuying';
export { parseBargainFile, solveBargain } from './bargaining/bargainFile';

// Negotiation: a scenario file → its model → a game's setup → a session on the summit
// machine's actor (AI roles move, people's moves are checked by the rules) → a saved log.
export { parseScenario } from './scenario/parse';
export type { CompiledScenario, ScenarioProblem } from './scenario/scenario';
export type { ScenarioFile } from './scenario/schema';
export * as edits from './scenario/edits';
export { buildScenarioModel, type ScenarioModel } from './scenario/scenarioModel';
export { dateOf } from './scenario/calendar';
export { leaderOptimum } from './scenario/leaderOptimum';
export { summarizeOptimum } from './scenario/optimumSummary';
export { ruleWords, textClauses } from './scenario/declarationModel';
export { rulePower } from './scenario/rulePower';
export { pairFrontier, type PairFrontier } from './scenario/pairFrontier';
export { solveScenario, type ScenarioReport, type Solution } from './scenario/solveScenario';
export { BARGAINING_CONCEPTS } from './scenario/concepts/solutions';
export { baronFerejohnConcept, recognitionOf } from './scenario/concepts/baronFerejohn';
export { conceptGains, type ConceptGains } from './scenario/concepts/conceptGains';
export { paidVersusPrice, type PaidVersusPrice } from './scenario/paidVersusPrice';
export { createSetup, type SetupOptions } from './protocols/summitSetup';
export { seriesPlanner } from './scenario/leaderPlan';
export { summitMachine, type SummitContext } from './protocols/summitMachine';
export { threadMachine } from './protocols/threadMachine';
export { statechart, type Statechart } from './protocols/statechart';
export {
  viewFor,
  visibleLog,
  logLine,
  publicTable,
  type AgentView,
  type PublicTable,
} from './protocols/views';
export { validateMove } from './protocols/summitRules';
export { eventSchema } from './protocols/eventSchema';
export {
  finalPayoffs,
  gainsOverWalkAway,
  keptValue,
  leaderTerms,
  spentCost,
  type LeaderTerms,
} from './protocols/summitPayoffs';
export { phaseOn } from './protocols/phases';
export { offerCost, offerValue, receivedValue } from './protocols/offerMath';
export type { LogEntry, ReasonedEvent, SummitSetup, SummitState } from './protocols/summitTypes';
export { agentFor, isStrategy, DEFAULT_STRATEGY } from './agents/registry';
export { STRATEGIES, type Agent, type StrategyName } from './agents/agent';
export { moveMenu, type MenuItem } from './agents/moveMenu';
export { beliefAbout, type Belief } from './agents/beliefs';
export {
  startSession,
  machineDriver,
  type GameSession,
  type HumanMove,
  type SessionOptions,
} from './simulation/gameSession';
export { playGame, type PlayedGame } from './simulation/playGame';
export { simulate, type SimulationSummary } from './simulation/simulate';
export { sweep, type SweepAxis, type SweepRow } from './simulation/sweep';
export { saveGame, parseSavedGame, replayGame, type SavedGame } from './simulation/savedGame';
