/**
 * The counter-lobbyist (the West), after Groseclose & Snyder (1996): as lobbying opens it
 * bids for refusals. A member refuses when d_i + bid exceeds u_i(T) + what it is
 * promised; the West knows neither the text nor the promises, so it guesses the text from
 * public values — Russia's wish clauses, most valued first, each kept while it is worth
 * more to Russia than what it adds to the members' believed prices — prices each member's
 * refusal at its believed gain from that text plus a margin, and buys the cheapest
 * refusals that block the decision rule within its budget. Russia hears of its bids.
 */
import { reservationFor, textValueFor } from '../protocols/offerMath';
import type { AgentView } from '../protocols/views';
import { bn, type Agent } from './agent';

/** What the West adds to a member's believed gain from signing, so its bid beats it. */
const MARGIN = 0.05;

/** Members' total believed price for backing a text: Σ max(0, d_m − u_m(T)). */
function pricesOf(view: AgentView, text: readonly string[]): number {
  return view.members.reduce(
    (s, m) => s + reservationFor(view, view.believedValue ?? {}, m, text),
    0,
  );
}

/** The West's guess at Russia's text, greedily from its most valued wish clause. */
export function guessedText(view: AgentView): string[] {
  const worth = (c: string) => view.leaderValue?.[c] ?? 0;
  const wish = view.clauseIds.filter((c) => worth(c) > 0).sort((a, b) => worth(b) - worth(a));
  const text: string[] = [];
  for (const c of wish) {
    if (pricesOf(view, [...text, c]) - pricesOf(view, text) < worth(c)) text.push(c);
  }
  return text;
}

export const westAgent: Agent = (view) => {
  if (view.phase !== 'lobbying' || (view.westBid ?? 0) > 0) return null;
  const text = guessedText(view);
  const price = (m: string) =>
    Math.max(0, textValueFor(view.believedValue ?? {}, text, m) - (view.disagreement[m] ?? 0)) +
    MARGIN;
  const needed =
    view.rule.kind === 'consensus'
      ? 1
      : view.rule.kind === 'quota'
        ? view.members.length + 1 - view.rule.k + 1
        : 1;
  const cheapest = [...view.members].sort((a, b) => price(a) - price(b)).slice(0, needed);
  const total = cheapest.reduce((s, m) => s + price(m), 0);
  const target = cheapest[0];
  if (!target || total > (view.westBudget ?? 0)) return null;
  return {
    type: 'west.bid',
    actor: view.role,
    member: target,
    amount: price(target),
    reason: `${target}'s refusal looks cheapest to buy: ${bn(price(target))}`,
  };
};
