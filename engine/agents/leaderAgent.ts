/**
 * The leader's strategies. Every one plans the same text (the believed leader optimum);
 * they differ in how much they offer and when they give in:
 *  - rational: offers each member its believed reservation price at once and accepts a
 *    counter-offer up to what the member's signature is worth to it;
 *  - boulware / linear / conceder: start at a fraction of the believed price and concede
 *    toward what the signature is worth as the summit nears (Faratin et al. 1998);
 *  - tit-for-tat: raises its offer by as much as the member lowered its demand.
 * At the summit it proposes the planned text, drops clauses members object to while
 * redrafts last, and afterwards delivers its promises to signatories and withholds them
 * from members who refused.
 */
import { TOL } from '../shared/numeric';
import { offerCost, offerValue } from '../protocols/offerMath';
import type { AgentView } from '../protocols/views';
import type { Offer } from '../protocols/summitTypes';
import { bn, type Agent, type Move } from './agent';
import { BETA, concession } from './concession';
import { offerFor, planOf } from './offers';

export type LeaderTactic = 'rational' | 'boulware' | 'linear' | 'conceder' | 'tit-for-tat';

/** Opening offer as a share of the believed price, for the concession tactics. */
const OPENING = 0.3;

function lastBy(offers: readonly Offer[], by: Offer['by']): Offer[] {
  return offers.filter((o) => o.by === by);
}

/** How much value the leader offers a member today. */
function offerLevel(view: AgentView, tactic: LeaderTactic, member: string): number {
  const plan = planOf(view);
  const price = plan.price[member] ?? 0;
  if (tactic === 'rational') return price;
  const ceiling = Math.max(price, Math.min(plan.signatureValue[member] ?? price, price * 3));
  if (tactic === 'tit-for-tat') {
    const t = view.threads[member];
    const mine = lastBy(t?.history ?? [], 'leader');
    const theirs = lastBy(t?.history ?? [], 'member');
    const last = mine.at(-1);
    if (!last) return price * OPENING;
    const lastValue = offerValue(view, last, view.credibility);
    // Mirror the member's last concession (its previous demand minus its latest).
    const [prev, latest] = [theirs.at(-2), theirs.at(-1)];
    const conceded =
      prev && latest
        ? offerValue(view, prev, view.credibility) - offerValue(view, latest, view.credibility)
        : 0;
    return Math.min(ceiling, lastValue + Math.max(conceded, 0.1 * price));
  }
  const a = concession(view.day, view.days - 1, BETA[tactic]);
  return price * OPENING + a * (ceiling - price * OPENING);
}

function lobbyingMove(view: AgentView, tactic: LeaderTactic): Move {
  const plan = planOf(view);
  const open = view.members.filter((m) => view.threads[m]?.status !== 'agreed');
  // 1. Answer counter-offers.
  for (const m of open) {
    const t = view.threads[m];
    if (t?.status !== 'countered' || !t.pending) continue;
    const cost = offerCost(view, t.pending);
    const value = offerValue(view, t.pending, view.credibility);
    const limit =
      tactic === 'rational' ? (plan.signatureValue[m] ?? 0) : offerLevel(view, tactic, m) * 1.05;
    if (value <= limit + TOL.compare && cost <= (view.budgetLeft ?? 0) + TOL.compare) {
      return {
        type: 'offer.accept',
        actor: view.role,
        member: m,
        reason: `${m}'s demand (${bn(value)} in value, ${bn(cost)} to us) is within what its signature is worth to us`,
      };
    }
    return {
      type: 'offer.reject',
      actor: view.role,
      member: m,
      reason: `${m} asks ${bn(value)}; we will pay at most ${bn(limit)} today`,
    };
  }
  // 2. One offer a day to each member still open.
  for (const m of open) {
    const t = view.threads[m];
    if (t?.status !== 'open' || t.history.some((o) => o.by === 'leader' && o.day === view.day))
      continue;
    const level = offerLevel(view, tactic, m);
    const instruments = offerFor(view, m, level) ?? offerFor(view, m, 0) ?? {};
    const price = plan.price[m] ?? 0;
    return {
      type: 'offer.send',
      actor: view.role,
      member: m,
      clauses: [...plan.text],
      instruments,
      reason:
        price > 0
          ? `we believe ${m} needs about ${bn(price)} to back the text; offering ${bn(level)}`
          : `we believe ${m} gains from the text at no charge`,
    };
  }
  if (open.length === 0)
    return { type: 'summit.call', actor: view.role, reason: 'every member has agreed' };
  return {
    type: 'day.next',
    actor: view.role,
    reason: `${open.length} member(s) still to persuade`,
  };
}

export function leaderAgent(tactic: LeaderTactic): Agent {
  return (view) => {
    switch (view.phase) {
      case 'briefing':
        return { type: 'briefing.done', actor: view.role, reason: 'ready' };
      case 'lobbying':
        return lobbyingMove(view, tactic);
      case 'drafting': {
        const plan = planOf(view);
        if (!view.draft)
          return {
            type: 'draft.propose',
            actor: view.role,
            text: [...plan.text],
            reason: 'the text we planned',
          };
        const objected = new Set(Object.values(view.objections).flat());
        if (objected.size > 0 && view.redraftsLeft > 0) {
          return {
            type: 'draft.redraft',
            actor: view.role,
            text: view.draft.filter((c) => !objected.has(c)),
            reason: `dropping ${[...objected].join(', ')} to keep everyone on board`,
          };
        }
        return {
          type: 'vote.open',
          actor: view.role,
          reason: objected.size > 0 ? 'no redrafts left' : 'no objections',
        };
      }
      case 'aftermath': {
        const i = view.transfers.findIndex((t) => t.status === 'pending');
        if (i < 0) return null;
        const t = view.transfers[i];
        if (!t) return null;
        return view.votes[t.member] === 'sign'
          ? {
              type: 'promise.deliver',
              actor: view.role,
              index: i,
              reason: `${t.member} signed; keeping our word protects our credibility`,
            }
          : {
              type: 'promise.withhold',
              actor: view.role,
              index: i,
              reason: `${t.member} refused to sign`,
            };
      }
      default:
        return null;
    }
  };
}
