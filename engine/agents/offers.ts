/**
 * Offers in value: which instruments give a member a value most cheaply for the leader,
 * within what is left of each instrument and of the budget. The instruments come from the
 * role's view (promises at the current credibility) through the model's one instrument
 * mapping (scenario/instrumentMix.ts).
 */
import { TOL } from '../shared/numeric';
import { cheapestFor, mixInstrument, type Instrument } from '../scenario/instrumentMix';
import type { AgentView } from '../protocols/views';
import type { LeaderPlan } from '../scenario/leaderPlan';

/** The view's instruments to the given receivers (indices into `receivers`). */
export function viewInstruments(view: AgentView, receivers: readonly string[]): Instrument[] {
  return view.instruments.map((k) => mixInstrument(k, receivers.indexOf(k.to), view.credibility));
}

/** The cheapest instruments (for the leader) that give a member `value`, within what is left. */
export function offerFor(
  view: AgentView,
  member: string,
  value: number,
): Record<string, number> | undefined {
  if (value <= TOL.amount) return {};
  const used = (id: string) =>
    view.transfers
      .filter((x) => x.instrument === id && x.status !== 'withheld')
      .reduce((s, x) => s + x.amount, 0);
  const mine = viewInstruments(view, [member])
    .filter((k) => k.to === 0)
    .map((k) => ({ ...k, max: Math.max(0, k.max - used(k.id)) }));
  const mix = cheapestFor(mine, 0, value);
  if (!mix) return undefined;
  if (mix.committed > (view.budgetLeft ?? 0) + TOL.compare) return undefined;
  return Object.fromEntries([...mix.amounts].filter(([, a]) => a > TOL.amount));
}

/** The leader's plan from its view (only the leader's view carries one). */
export function planOf(view: AgentView): LeaderPlan {
  if (!view.plan) throw new Error(`${view.role} has no plan: only the leader's view carries one`);
  return view.plan;
}
