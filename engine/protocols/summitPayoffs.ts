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

/** Cost to the leader of transfers made and kept (paid now or delivered). */
export function spentCost(setup: SummitSetup, state: SummitState): number {
  return state.transfers
    .filter((t) => kept(state, t))
    .reduce((s, t) => s + (instrumentOf(setup, t.instrument)?.cost ?? 0) * t.amount, 0);
}

export function finalPayoffs(setup: SummitSetup, state: SummitState): Record<string, number> {
  const text = state.draft ?? [];
  const model = setup.model;
  const s = signatoryMask(setup, state);
  const l = legitimacy(model, s);
  const out: Record<string, number> = {};
  // The values in force on the day of the vote.
  const { value, disagreement } = phaseOn(setup, state.day);
  const dR = disagreement[setup.leader] ?? 0;
  out[setup.leader] =
    l * textValueFor(value, text, setup.leader) + (1 - l) * dR - spentCost(setup, state);
  for (const m of setup.members) {
    const base =
      state.votes[m] === 'sign'
        ? textValueFor(value, text, m)
        : (disagreement[m] ?? 0) + (state.westBids[m] ?? 0);
    out[m] = base + keptValue(setup, state, m);
  }
  return out;
}
