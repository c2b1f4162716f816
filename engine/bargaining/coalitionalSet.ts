/**
 * A multilateral bargaining problem in gains over disagreement, as the non-cooperative
 * concepts (Baron–Ferejohn, Krishna–Serrano, the finite-horizon game) read it: which
 * signatory sets can conclude an agreement, and, for a proposer, the agreement within a set
 * that is best for it when every other member of the set is given at least a floor.
 * Players outside the agreement gain nothing. The set need not be transferable-utility:
 * the summit's is priced by the leader's instruments (scenario/leaderDeals.ts); the TU
 * case, `tuSet`, is the one the textbooks solve and the tests check against.
 */

export interface Proposal {
  /** Gains of all n players over disagreement (0 outside the agreement). */
  readonly gains: readonly number[];
  /** Transfers in value to each player (0 where the set has no notion of a transfer). */
  readonly transfers: readonly number[];
}

export interface CoalitionalSet {
  readonly n: number;
  /** Signatory sets (bitmasks over players) that conclude an agreement, in ascending order. */
  readonly winning: readonly number[];
  /**
   * The agreement within signatories `s` best for proposer `i` when each other j ∈ s gets
   * at least `floors[j]`; undefined when none gives everyone their floor.
   */
  propose(i: number, s: number, floors: readonly number[]): Proposal | undefined;
}

/** The TU problem: coalition s shares worth(s) − Σ_{j∈s} d_j; whoever proposes keeps the rest. */
export function tuSet(
  n: number,
  surplus: (s: number) => number,
  winning: readonly number[],
): CoalitionalSet {
  const zeros = new Array<number>(n).fill(0);
  return {
    n,
    winning,
    propose(i, s, floors) {
      const gains = new Array<number>(n).fill(0);
      let rest = surplus(s);
      for (let j = 0; j < n; j++) {
        if (j === i || !((s >>> j) & 1)) continue;
        gains[j] = floors[j] as number;
        rest -= floors[j] as number;
      }
      gains[i] = rest;
      return { gains, transfers: zeros };
    },
  };
}

/** Relative tolerance under which two proposals are equally good for their proposer. */
const TIE = 1e-12;

/**
 * The proposer's best response to continuation floors: every best agreement over the
 * winning sets that contain `i` (ties kept, to be mixed evenly), or, when no agreement gives
 * the proposer at least its own floor, delay — everyone then gets its floor (δ times its
 * continuation value), as in Baron and Ferejohn (1989).
 */
export function bestResponses(
  set: CoalitionalSet,
  i: number,
  floors: readonly number[],
): Proposal[] {
  let best: Proposal[] = [];
  let top = -Infinity;
  for (const s of set.winning) {
    if (!((s >>> i) & 1)) continue;
    const p = set.propose(i, s, floors);
    if (!p) continue;
    const mine = p.gains[i] as number;
    const tie = TIE * Math.max(1, Math.abs(mine));
    if (best.length === 0 || mine > top + tie) {
      top = mine;
      best = [p];
    } else if (mine >= top - tie) best.push(p);
  }
  if (best.length === 0 || top < (floors[i] as number)) {
    return [{ gains: floors, transfers: new Array<number>(set.n).fill(0) }];
  }
  return best;
}

/** Adds weight·(mean of the proposals) into the gain and transfer accumulators. */
export function accumulate(
  gains: number[],
  transfers: number[],
  proposals: readonly Proposal[],
  weight: number,
): void {
  const w = weight / proposals.length;
  for (const p of proposals) {
    for (let j = 0; j < gains.length; j++) {
      gains[j] = (gains[j] as number) + w * (p.gains[j] as number);
      transfers[j] = (transfers[j] as number) + w * (p.transfers[j] as number);
    }
  }
}
