/**
 * What the leader believes about a member's price for its planned text, read from the
 * member's thread each time (no state is kept): it starts from the plan's range — the
 * member's price at both ends of the private values' support, raised by any bid the West
 * made for its refusal — and narrows on evidence.
 *  - A leader offer for the whole text that the member turned down (rejected, or answered
 *    with a counter) was below its price: the low end rises to it.
 *  - A counter-offer for the whole text is a package the member would take: the high end
 *    falls to it, but never below the low end, and a demand above the range is read as a
 *    bluff (the range is what the leader knows of the member's private values).
 * Offers and counters for another set of clauses, or made before a dated event moved the
 * values (views.ts `since`), say nothing about the text's price today.
 */
import { offerValue } from '../protocols/offerMath';
import type { Offer } from '../protocols/summitTypes';
import type { AgentView } from '../protocols/views';
import { bn } from './agent';
import { planOf } from './offers';

export interface Belief {
  readonly lo: number;
  readonly hi: number;
  /** The evidence in words: "it turned down 0.310 bn on day 2", or the prior. */
  readonly why: string;
}

const coversText = (offer: Offer, text: readonly string[]) =>
  text.every((c) => offer.clauses.includes(c));

export function beliefAbout(view: AgentView, member: string): Belief {
  const plan = planOf(view);
  // A West bid for the member's refusal raises its price by the bid.
  const bid = view.westBids?.[member] ?? 0;
  const [lo0, hi0] = (plan.priceRange[member] ?? [0, 0]).map((x) => x + bid) as [number, number];
  const thread = view.threads[member];
  // An offer still awaiting its answer, or the one accepted, was not turned down.
  const all = thread?.history ?? [];
  const answered =
    thread?.status === 'offered' || thread?.status === 'agreed' ? all.slice(0, -1) : all;
  // Answers given before the last dated event moved the values say nothing about today.
  const history = answered.filter((o) => o.day >= view.since && coversText(o, plan.text));
  const value = (o: Offer) => offerValue(view, o, view.credibility);
  let lo = lo0;
  let hi = hi0;
  const evidence: string[] = [];
  for (const o of history) {
    if (o.by === 'leader' && value(o) > lo) {
      lo = Math.min(value(o), hi0);
      evidence.push(`it turned down ${bn(value(o))} on day ${o.day}`);
    }
  }
  for (const o of history) {
    if (o.by === 'member' && value(o) < hi) {
      hi = Math.max(value(o), lo);
      evidence.push(`it would take ${bn(value(o))}`);
    }
  }
  const prior = `its price lies in ${bn(lo0)}–${bn(hi0)} (its private values${bid > 0 ? `, and the West's bid of ${bn(bid)}` : ''})`;
  return {
    lo,
    hi,
    why: evidence.length === 0 ? prior : `${prior}; ${evidence.join(', ')}`,
  };
}
