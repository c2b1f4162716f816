/**
 * The documented limits of the engine, the same in the CLI and the browser. Inputs beyond
 * them are refused up front with a message that names the limit, instead of running for
 * minutes, exhausting memory or losing precision silently. README "Limits" lists them.
 */

/**
 * The largest magnitude of a number in a game, scenario or bargaining problem (worths,
 * weights, payoffs, in the file's unit). Beyond it HiGHS fails (≥ 1e20), sums overflow and
 * a 1e-9 tolerance means nothing; no model of side payments needs 10^12 of anything.
 */
export const MAX_MAGNITUDE = 1e12;

/**
 * Players for the LP-based concepts on an explicit game (nucleolus, prenucleolus, least
 * core, core bounds): 2^22 coalitions solve in about 0.5–2 s here; each player more
 * doubles the table and the LP (24 players ran past 300 s).
 */
export const MAX_LP_PLAYERS = 22;

/**
 * Elementary steps the weighted-voting power indices may take (the dynamic programme over
 * the weights, or enumerating the coalitions when that is cheaper): about two seconds.
 */
export const MAX_WEIGHTED_WORK = 2e9;

/**
 * Steps the leader's optimum over all texts may take (texts × members, × signatory sets
 * under a weighted rule): it reruns on every edit in the Model tab, so about a second.
 */
export const MAX_OPTIMUM_WORK = 2 ** 21;

/** Whether |x| is within {@link MAX_MAGNITUDE}. */
export function withinMagnitude(x: number): boolean {
  return Math.abs(x) <= MAX_MAGNITUDE;
}

export const MAGNITUDE_MESSAGE = `is beyond ±${MAX_MAGNITUDE.toExponential(0)}, the largest magnitude Summit Lab computes with`;
