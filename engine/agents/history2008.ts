/**
 * The "2008" profile: the leader replays the historical sequence as the fact sheet tells
 * it. Members with a recorded deal are offered it on the day it was struck (Belarus at
 * Sochi on 19 August, after Putin put off Minsk's requests on the 14th; Uzbekistan in
 * Tashkent on 2 September); the others are asked to back the historical text for nothing.
 * The leader calls the summit once all have agreed, proposes the historical text, and
 * afterwards delivers what was delivered (Belarus's last $0.5 bn of credit is withheld).
 * It falls back to the rational leader when the scenario records no history.
 */
import type { Agent } from './agent';
import { leaderAgent } from './leaderAgent';

const rational = leaderAgent('rational');

export const history2008Leader: Agent = (view, rng) => {
  const h = view.history;
  if (!h) return rational(view, rng);
  const dealsFor = (m: string) =>
    h.payments.filter((p) => view.instruments.some((k) => k.id === p.instrument && k.to === m));
  if (view.phase === 'lobbying') {
    for (const m of view.members) {
      const t = view.threads[m];
      if (t?.status !== 'open' || t.history.some((o) => o.by === 'leader' && o.day === view.day))
        continue;
      const deals = dealsFor(m);
      const day = Math.max(0, ...deals.map((d) => d.day ?? 0));
      if (view.day < day) continue;
      const instruments = Object.fromEntries(deals.map((d) => [d.instrument, d.amount]));
      return {
        type: 'offer.send',
        actor: view.role,
        member: m,
        clauses: [...h.text],
        instruments,
        reason:
          deals.length > 0
            ? `the deal struck on day ${day} in 2008`
            : 'in 2008 it signed without a recorded payment',
      };
    }
    const allAgreed = view.members.every((m) => view.threads[m]?.status === 'agreed');
    return {
      type: 'day.next',
      actor: view.role,
      reason: allAgreed
        ? 'every member has agreed; the summit meets on 5 September'
        : 'waiting for the day of the next historical deal',
    };
  }
  if (view.phase === 'drafting') {
    if (!view.draft)
      return {
        type: 'draft.propose',
        actor: view.role,
        text: [...h.text],
        reason: 'the text adopted on 5 September 2008',
      };
    return { type: 'vote.open', actor: view.role, reason: 'as in 2008' };
  }
  if (view.phase === 'aftermath') {
    const i = view.transfers.findIndex((t) => t.status === 'pending');
    const t = view.transfers[i];
    if (!t) return null;
    const record = h.payments.find((p) => p.instrument === t.instrument);
    const amount = Math.min(t.amount, record?.delivered ?? t.amount);
    return {
      type: 'promise.deliver',
      actor: view.role,
      index: i,
      amount,
      reason:
        amount < t.amount
          ? `as in 2009: ${+(t.amount - amount).toFixed(3)} of the ${t.amount} promised is withheld`
          : 'delivered, as in 2008–09',
    };
  }
  return rational(view, rng);
};
