/**
 * The leader's strategies. Every one plans the same text (the believed leader optimum);
 * they differ in how much they offer and when they give in:
 *  - rational: its belief about each member's price is a range that narrows on the member's
 *    answers (agents/beliefs.ts); it offers the screening offer for the days left and its
 *    discount (bargaining/screening.ts), and accepts a counter-offer only if it costs no
 *    more than what it would offer tomorrow anyway;
 *  - boulware / linear / conceder: start at a fraction of the believed low price and concede
 *    toward the believed high price as the summit nears (Faratin et al. 1998);
 *  - tit-for-tat: raises its offer by as much as the member lowered its demand.
 * None accepts a counter that drops a clause of the planned text or breaks the budget. The
 * rational leader holds its offer to a member whose price a coming dated event will lower
 * (the calendar is public; protocols/phases.ts).
 * At the summit it proposes the planned text and, while redrafts last, drops the objected
 * clauses worth less to it than the signatures they cost (agents/redraft.ts); afterwards
 * it delivers its promises to signatories and withholds them from members who refused.
 */
import { TOL } from '../shared/numeric';
import { offerCost, offerValue } from '../protocols/offerMath';
import type { AgentView } from '../protocols/views';
import type { Offer } from '../protocols/summitTypes';
import { bn, type Agent, type Move } from './agent';
import { BETA, concession } from './concession';
import { offerFor, planOf } from './offers';
import { beliefAbout } from './beliefs';
import { bestRedraft } from './redraft';
import { screeningOffer } from '../bargaining/screening';

export type LeaderTactic = 'rational' | 'boulware' | 'linear' | 'conceder' | 'tit-for-tat';

/** Opening offer as a share of the believed low price, for the concession tactics. */
const OPENING = 0.3;

function lastBy(offers: readonly Offer[], by: Offer['by']): Offer[] {
  return offers.filter((o) => o.by === by);
}

/** Days of lobbying left, today included. */
const daysLeft = (view: AgentView) => Math.max(1, view.days - view.day);

/** What a member's signature is worth to the leader (its surplus from buying it). */
const worth = (view: AgentView, member: string) => planOf(view).signatureValue[member] ?? 0;

/** What a day of waiting costs the leader, in words. */
function waitCost(view: AgentView): string {
  const lost = 1 - planOf(view).screening.discount;
  return lost > 0
    ? `waiting costs us ${Math.round(100 * lost)}% a day`
    : 'waiting costs us nothing but the days left';
}

/**
 * The rational leader's offer: the screening offer on its belief (bargaining/screening.ts),
 * `days` days from the end. The concession tactics move from a share of the believed low
 * price to its high end as the summit nears; tit-for-tat raises its last offer by the
 * member's last concession.
 */
function offerLevel(view: AgentView, tactic: LeaderTactic, member: string, days = daysLeft(view)) {
  const belief = beliefAbout(view, member);
  if (tactic === 'rational')
    return screeningOffer(planOf(view).screening, days, belief, worth(view, member));
  const ceiling = Math.min(belief.hi, Math.max(worth(view, member), belief.lo));
  const opening = belief.lo * OPENING;
  if (tactic === 'tit-for-tat') {
    const t = view.threads[member];
    const mine = lastBy(t?.history ?? [], 'leader');
    const theirs = lastBy(t?.history ?? [], 'member');
    const last = mine.at(-1);
    if (!last) return opening;
    const lastValue = offerValue(view, last, view.credibility);
    // Mirror the member's last concession (its previous demand minus its latest).
    const [prev, latest] = [theirs.at(-2), theirs.at(-1)];
    const conceded =
      prev && latest
        ? offerValue(view, prev, view.credibility) - offerValue(view, latest, view.credibility)
        : 0;
    return Math.min(ceiling, lastValue + Math.max(conceded, 0.1 * (ceiling - opening)));
  }
  const a = concession(view.day, view.days - 1, BETA[tactic]);
  return opening + a * (ceiling - opening);
}

/**
 * The most the leader pays for a counter today. Rational: what it would offer tomorrow
 * anyway (on the last day, the top of its belief, if the signature is worth that);
 * the others: 5% over today's level.
 */
function acceptLimit(view: AgentView, tactic: LeaderTactic, member: string): number {
  if (tactic !== 'rational') return offerLevel(view, tactic, member) * 1.05;
  const days = daysLeft(view);
  if (days > 1) return offerLevel(view, tactic, member, days - 1);
  return Math.min(beliefAbout(view, member).hi, worth(view, member));
}

function answerCounter(view: AgentView, tactic: LeaderTactic, m: string, counter: Offer): Move {
  const plan = planOf(view);
  const missing = plan.text.filter((c) => !counter.clauses.includes(c));
  if (missing.length > 0)
    return {
      type: 'offer.reject',
      actor: view.role,
      member: m,
      reason: `we need ${m} to back the whole text; its counter leaves out ${missing.join(', ')}`,
    };
  const cost = offerCost(view, counter);
  const value = offerValue(view, counter, view.credibility);
  const limit = acceptLimit(view, tactic, m);
  const belief = beliefAbout(view, m);
  if (cost > (view.budgetLeft ?? 0) + TOL.compare)
    return {
      type: 'offer.reject',
      actor: view.role,
      member: m,
      reason: `${m}'s demand costs us ${bn(cost)}, more than the ${bn(view.budgetLeft ?? 0)} left of our budget`,
    };
  if (value <= limit + TOL.compare)
    return {
      type: 'offer.accept',
      actor: view.role,
      member: m,
      reason: `${m}'s demand (${bn(value)} in value, ${bn(cost)} to us) is no more than we would pay ${daysLeft(view) > 1 ? 'tomorrow' : 'on the last day'}, ${bn(limit)}: ${belief.why}`,
    };
  return {
    type: 'offer.reject',
    actor: view.role,
    member: m,
    reason:
      tactic === 'rational'
        ? `${m} asks ${bn(value)}; we believe ${belief.why}, and pay at most ${bn(limit)} today`
        : `${m} asks ${bn(value)}; we will pay at most ${bn(limit)} today`,
  };
}

function lobbyingMove(view: AgentView, tactic: LeaderTactic): Move {
  const plan = planOf(view);
  const open = view.members.filter((m) => view.threads[m]?.status !== 'agreed');
  // 1. Answer counter-offers.
  for (const m of open) {
    const t = view.threads[m];
    if (t?.status === 'countered' && t.pending) return answerCounter(view, tactic, m, t.pending);
  }
  // 2. One offer a day to each member still open, unless (rational) the calendar will
  // lower its price before the summit: waiting costs nothing but days.
  const waiting: string[] = [];
  for (const m of open) {
    const t = view.threads[m];
    if (t?.status !== 'open' || t.history.some((o) => o.by === 'leader' && o.day === view.day))
      continue;
    const fall = tactic === 'rational' ? priceFall(view, m) : null;
    if (fall) {
      waiting.push(fall);
      continue;
    }
    const level = offerLevel(view, tactic, m);
    const instruments = offerFor(view, m, level) ?? offerFor(view, m, 0) ?? {};
    const belief = beliefAbout(view, m);
    return {
      type: 'offer.send',
      actor: view.role,
      member: m,
      clauses: [...plan.text],
      instruments,
      reason:
        belief.hi <= TOL.amount
          ? `we believe ${m} gains from the text at no charge`
          : tactic === 'rational'
            ? `we believe ${belief.why}; offering ${bn(level)} with ${daysLeft(view)} day(s) left (${waitCost(view)})`
            : `we believe ${belief.why}; offering ${bn(level)}`,
    };
  }
  if (open.length === 0)
    return { type: 'summit.call', actor: view.role, reason: 'every member has agreed' };
  return {
    type: 'day.next',
    actor: view.role,
    reason:
      waiting.length > 0
        ? `we wait: ${waiting.join('; ')}`
        : `${open.length} member(s) still to persuade`,
  };
}

/** When the next dated event lowers what the leader expects to pay a member, say so. */
function priceFall(view: AgentView, member: string): string | null {
  const next = view.nextPhase;
  if (!next || next.fromDay >= view.days) return null;
  const now = planOf(view).price[member] ?? 0;
  const then = next.plan.price[member] ?? 0;
  return then < now - TOL.compare
    ? `${member}'s price should fall from about ${bn(now)} to ${bn(then)} on day ${next.fromDay}`
    : null;
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
        if (objected.size === 0)
          return { type: 'vote.open', actor: view.role, reason: 'no objections' };
        if (view.redraftsLeft === 0)
          return { type: 'vote.open', actor: view.role, reason: 'no redrafts left' };
        // Weigh each objected clause's value against the signatures it would cost.
        const best = bestRedraft(view, view.draft);
        const kept = [...objected].filter((c) => !best.drop.includes(c));
        const keptWhy =
          kept.length > 0
            ? `; we keep ${kept.join(', ')} though ${best.refusing.join(', ')} may refuse: that text is worth ${bn(best.value)} to us`
            : '';
        if (best.drop.length === 0)
          return {
            type: 'vote.open',
            actor: view.role,
            reason: `we keep the text: ${kept.join(', ')} is worth more to us (${bn(best.keepAll)}) than ${best.refusing.join(', ')}'s signature`,
          };
        return {
          type: 'draft.redraft',
          actor: view.role,
          text: view.draft.filter((c) => !best.drop.includes(c)),
          reason: `dropping ${best.drop.join(', ')} (worth ${bn(best.drop.reduce((s, c) => s + (view.leaderValue?.[c] ?? 0), 0))} to us) keeps ${best.refusing.length === 0 ? 'every member' : 'more members'} on board${keptWhy}`,
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
