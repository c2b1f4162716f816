/**
 * The counter-lobbyist (the West), after Groseclose & Snyder (1996): as lobbying opens it
 * bids for refusals. A member refuses when d_i + bid exceeds u_i(T) + what it is
 * promised; the West knows neither the text nor the promises, so it prices each member's
 * refusal at its believed gain from Russia's wish list, and buys the cheapest refusals that
 * block the decision rule within its budget.
 */
import { bn, type Agent } from './agent';

export const westAgent: Agent = (view) => {
  if (view.phase !== 'lobbying' || (view.westBid ?? 0) > 0) return null;
  const wish = view.clauseIds.filter((c) => (view.leaderValue?.[c] ?? 0) > 0);
  const price = (m: string) =>
    Math.max(
      0,
      wish.reduce((s, c) => s + (view.believedValue?.[c]?.[m] ?? 0), 0) -
        (view.disagreement[m] ?? 0),
    ) + 0.05;
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
