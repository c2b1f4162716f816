/**
 * Invariants every finished game must satisfy, checked on each simulated game in tests:
 * the budget and the instruments' bounds are never exceeded, a declaration is adopted
 * only if the decision rule is met, and payoffs equal the model's utilities plus the
 * payments actually made.
 */
import { TOL } from '../shared/numeric';
import { committedCost, receivedValue } from '../protocols/offerMath';
import { finalPayoffs, isAdopted, signatoryMask, spentCost } from '../protocols/summitPayoffs';
import { legitimacy } from '../scenario/declarationModel';
import type { SummitSetup, SummitState } from '../protocols/summitTypes';

export function invariantViolations(setup: SummitSetup, state: SummitState): string[] {
  const out: string[] = [];
  if (committedCost(setup, state.transfers) > setup.budget + TOL.compare)
    out.push('the budget was exceeded');
  for (const k of setup.instruments) {
    const used = state.transfers
      .filter((t) => t.instrument === k.id)
      .reduce((s, t) => s + t.amount, 0);
    if (used > k.max + TOL.compare) out.push(`${k.id} exceeds its maximum`);
  }
  if (state.phase === 'debrief' && state.adopted !== isAdopted(setup, state))
    out.push('adoption disagrees with the rule');
  if (state.phase === 'debrief') {
    const payoffs = finalPayoffs(setup, state);
    const text = state.draft ?? [];
    const sum = (p: string) => text.reduce((s, c) => s + (setup.value[c]?.[p] ?? 0), 0);
    // Independent recomputation from the definitions.
    const l = legitimacy(setup.model, signatoryMask(setup, state));
    const dR = setup.disagreement[setup.leader] ?? 0;
    const leader = l * sum(setup.leader) + (1 - l) * dR - spentCost(setup, state);
    if (Math.abs((payoffs[setup.leader] ?? NaN) - leader) > TOL.compare)
      out.push('the leader payoff is not u_R minus payments');
    for (const m of setup.members) {
      const base =
        state.votes[m] === 'sign'
          ? sum(m)
          : (setup.disagreement[m] ?? 0) + (state.westBids[m] ?? 0);
      const expected = base + receivedValue(setup, state, m, ['paid', 'delivered']);
      if (Math.abs((payoffs[m] ?? NaN) - expected) > TOL.compare)
        out.push(`${m}'s payoff is not its utility plus payments`);
    }
    if (state.transfers.some((t) => t.status === 'pending'))
      out.push('a promise is still pending after the game');
  }
  return out;
}
