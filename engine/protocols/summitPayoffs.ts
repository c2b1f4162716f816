/**
 * Final payoffs of a summit game, by the model's utilities plus the payments kept:
 *   leader: u_R(T, S) − cost of transfers kept;
 *   member: u_i(T) if it signed, else d_i (plus any West bid for refusing), plus the value
 *   of transfers kept by it.
 * A payment buys a signature: one paid now is returned by a member that refuses to sign,
 * as a vote buyer pays for the vote (Groseclose & Snyder 1996), so members count it at the
 * vote as they did when they accepted it; a delivered promise went to a signatory.
 * A text is a declaration only if the signatories meet the decision rule; otherwise it is
 * a joint statement of lower legitimacy (DESIGN.md).
 */
import { legitimacy, meetsRule } from '../scenario/declarationModel';
import { popcount } from '../shared/bits';
import { instrumentOf, textValueFor, transfersValue } from './offerMath';
import { phaseOn } from './phases';
import type { SummitSetup, SummitState } from './summitTypes';

/** Signatories as a bitmask over setup.players (the leader always signs its own text). */
export function signatoryMask(setup: SummitSetup, state: SummitState): number {
  let s = 1 << setup.players.indexOf(setup.leader);
  setup.players.forEach((p, i) => {
    if (state.votes[p] === 'sign') s |= 1 << i;
  });
  return s;
}

export function isAdopted(setup: SummitSetup, state: SummitState): boolean {
  return meetsRule(setup.model, signatoryMask(setup, state));
}

/** Whether a transfer stays with its member: delivered, or paid to one that did not refuse. */
function kept(state: SummitState, t: SummitState['transfers'][number]): boolean {
  return t.status === 'delivered' || (t.status === 'paid' && state.votes[t.member] !== 'refuse');
}

/** Value a member keeps: delivered promises, and payments unless it refused to sign. */
export function keptValue(setup: SummitSetup, state: SummitState, member: string): number {
  return transfersValue(
    setup,
    state.transfers.filter((t) => t.member === member && kept(state, t)),
  );
}

/** Cost to the leader of transfers made and kept (paid now or delivered), to one member or all. */
export function spentCost(setup: SummitSetup, state: SummitState, member?: string): number {
  return state.transfers
    .filter((t) => kept(state, t) && (member === undefined || t.member === member))
    .reduce((s, t) => s + (instrumentOf(setup, t.instrument)?.cost ?? 0) * t.amount, 0);
}

/**
 * The leader's payoff term by term, as the debrief explains it: L(S)·u_R(T) + (1 − L(S))·d_R
 * − cost, with u_R and d_R in force on the day of the vote. A text that misses the rule is a
 * joint statement of the signatories, worth L(S) = factor·(|S| − 1)/(n − 1) of a declaration.
 */
export interface LeaderTerms {
  /** Signatories, the leader included, and the number of voters. */
  readonly signed: number;
  readonly voters: number;
  readonly adopted: boolean;
  /** L(S): 1 for a declaration. */
  readonly legitimacy: number;
  /** u_R(T): the text's value to the leader as a declaration. */
  readonly textValue: number;
  /** d_R: the leader's payoff with no text. */
  readonly walkAway: number;
  /** Cost of the transfers kept. */
  readonly cost: number;
  readonly payoff: number;
}

export function leaderTerms(setup: SummitSetup, state: SummitState): LeaderTerms {
  const s = signatoryMask(setup, state);
  const l = legitimacy(setup.model, s);
  const { value, disagreement } = phaseOn(setup, state.day);
  const textValue = textValueFor(value, state.draft ?? [], setup.leader);
  const walkAway = disagreement[setup.leader] ?? 0;
  const cost = spentCost(setup, state);
  return {
    signed: popcount(s),
    voters: setup.model.n,
    adopted: meetsRule(setup.model, s),
    legitimacy: l,
    textValue,
    walkAway,
    cost,
    payoff: l * textValue + (1 - l) * walkAway - cost,
  };
}

export function finalPayoffs(setup: SummitSetup, state: SummitState): Record<string, number> {
  const text = state.draft ?? [];
  const out: Record<string, number> = {};
  // The values in force on the day of the vote.
  const { value, disagreement } = phaseOn(setup, state.day);
  out[setup.leader] = leaderTerms(setup, state).payoff;
  for (const m of setup.members) {
    const base =
      state.votes[m] === 'sign'
        ? textValueFor(value, text, m)
        : (disagreement[m] ?? 0) + (state.westBids[m] ?? 0);
    out[m] = base + keptValue(setup, state, m);
  }
  return out;
}

/**
 * Each player's gain over walking away: its final payoff minus its payoff with no deal on
 * the day of the vote (the score a game is judged by).
 */
export function gainsOverWalkAway(
  setup: SummitSetup,
  state: SummitState,
  payoffs: Readonly<Record<string, number>> = finalPayoffs(setup, state),
): Record<string, number> {
  const { disagreement } = phaseOn(setup, state.day);
  return Object.fromEntries(
    setup.players.map((p) => [p, (payoffs[p] ?? 0) - (disagreement[p] ?? 0)]),
  );
}
