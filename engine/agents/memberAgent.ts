/**
 * A member's strategies. Its reservation price for backing clauses is
 * max(0, d_i − u_i(clauses)): what signing costs it (Western backlash, precedent, Georgian
 * stakes) beyond what defying Moscow would. Promises count at the leader's credibility.
 *  - rational: accepts any offer worth its reservation price and rejects the rest, without
 *    saying what its price is (the seller of bargaining/screening.ts);
 *  - boulware / linear / conceder: asks half as much again, a markup that shrinks as the
 *    summit nears;
 *  - tit-for-tat: lowers its demand by as much as the leader raised its offer.
 * At the summit it objects to its costliest clause — never one it agreed to back — while
 * signing would leave it worse off than refusing; it signs when signing pays,
 * u_i(T) + paid + credibility·promised ≥ d_i + any bid from the West (a payment is returned
 * by a member that refuses, summitPayoffs.ts), or when the text is one it
 * agreed to back (unless the West has bid for its refusal).
 */
import { TOL } from '../shared/numeric';
import { offerValue, receivedValue } from '../protocols/offerMath';
import type { AgentView } from '../protocols/views';
import { cheapestFor } from '../scenario/instrumentMix';
import { viewInstruments } from './offers';
import { bn, type Agent, type Move } from './agent';
import { BETA, concession } from './concession';

export type MemberTactic = 'rational' | 'boulware' | 'linear' | 'conceder' | 'tit-for-tat';

/** u_i(clauses): the member's own value of backing these clauses. */
const value = (view: AgentView, clauses: readonly string[]) =>
  clauses.reduce((s, c) => s + (view.ownValue[c] ?? 0), 0);

/** Reservation price for backing these clauses: refusing is worth d_i plus any West bid. */
export function reservation(view: AgentView, clauses: readonly string[]): number {
  return Math.max(0, view.ownDisagreement + (view.westBid ?? 0) - value(view, clauses));
}

/** The opening markup over the reservation price: half of it, so a member that backs the text for free asks nothing. */
function markup(price: number): number {
  return 0.5 * price;
}

function demand(view: AgentView, tactic: MemberTactic, clauses: readonly string[]): number {
  const r = reservation(view, clauses);
  if (tactic === 'rational') return r;
  const t = view.threads[view.role];
  if (tactic === 'tit-for-tat') {
    const mine = (t?.history ?? []).filter((o) => o.by === 'member');
    const leaders = (t?.history ?? []).filter((o) => o.by === 'leader');
    const last = mine.at(-1);
    if (!last) return r + markup(r);
    const [prev, latest] = [leaders.at(-2), leaders.at(-1)];
    const raised =
      prev && latest
        ? offerValue(view, latest, view.credibility) - offerValue(view, prev, view.credibility)
        : 0;
    return Math.max(r, offerValue(view, last, view.credibility) - Math.max(raised, 0));
  }
  return r + (1 - concession(view.day, view.days - 1, BETA[tactic])) * markup(r);
}

/** The two sides of a member's vote, each summed: what signing and refusing are worth. */
export interface VoteTerms {
  readonly text: number;
  readonly paid: number;
  /** Promises still pending, at the leader's credibility. */
  readonly promised: number;
  readonly sign: number;
  readonly disagreement: number;
  readonly westBid: number;
  readonly refuse: number;
}

/**
 * Signing pays when u_i(T) + paid + credibility·promised ≥ d_i + West bid: a payment made
 * now is returned by a member that refuses (summitPayoffs.ts), so it counts at the vote
 * just as it did when the member accepted it.
 */
export function voteTerms(view: AgentView, text: readonly string[]): VoteTerms {
  const terms = {
    text: value(view, text),
    paid: receivedValue(view, view, view.role, ['paid']),
    promised: view.credibility * receivedValue(view, view, view.role, ['pending']),
    disagreement: view.ownDisagreement,
    westBid: view.westBid ?? 0,
  };
  return {
    ...terms,
    sign: terms.text + terms.paid + terms.promised,
    refuse: terms.disagreement + terms.westBid,
  };
}

function signingGain(view: AgentView, text: readonly string[]): number {
  const t = voteTerms(view, text);
  return t.sign - t.refuse;
}

function lobbyingMove(view: AgentView, tactic: MemberTactic): Move | null {
  const t = view.threads[view.role];
  if (t?.status !== 'offered' || !t.pending) return null;
  const offer = t.pending;
  const got = offerValue(view, offer, view.credibility);
  const r = reservation(view, offer.clauses);
  const want = demand(view, tactic, offer.clauses);
  const why = `backing costs us ${bn(-value(view, offer.clauses))} against ${bn(-view.ownDisagreement)} for defying Moscow`;
  if (got >= want - TOL.compare) {
    return {
      type: 'offer.accept',
      actor: view.role,
      member: view.role,
      reason: `${bn(got)} offered covers our price ${bn(r)}: ${why}`,
    };
  }
  // The rational member says no and waits for a better offer: a counter at its price
  // would tell the leader exactly what it can get away with paying.
  const mix =
    tactic === 'rational' ? null : cheapestFor(viewInstruments(view, [view.role]), 0, want);
  if (tactic === 'rational')
    return {
      type: 'offer.reject',
      actor: view.role,
      member: view.role,
      reason: `${bn(got)} offered is below our price: ${why}`,
    };
  if (!mix) {
    return {
      type: 'offer.reject',
      actor: view.role,
      member: view.role,
      reason: `${bn(got)} offered is below our price ${bn(r)}, and no package Moscow has for us reaches ${bn(want)}: ${why}`,
    };
  }
  return {
    type: 'offer.counter',
    actor: view.role,
    member: view.role,
    clauses: [...offer.clauses],
    instruments: Object.fromEntries([...mix.amounts].filter(([, a]) => a > TOL.amount)),
    reason: `${bn(got)} offered is below what we ask, ${bn(want)}: ${why}`,
  };
}

export function memberAgent(tactic: MemberTactic): Agent {
  return (view) => {
    if (view.phase === 'lobbying') return lobbyingMove(view, tactic);
    const agreed = view.threads[view.role]?.agreement?.clauses ?? [];
    if (view.phase === 'drafting' && view.draft) {
      if (signingGain(view, view.draft) >= -TOL.compare) return null;
      const mine = view.objections[view.role] ?? [];
      // A deal binds: it may object only to clauses it did not agree to back.
      const worst = view.draft
        .filter((c) => !mine.includes(c) && !agreed.includes(c))
        .sort((a, b) => (view.ownValue[a] ?? 0) - (view.ownValue[b] ?? 0))[0];
      if (worst === undefined || (view.ownValue[worst] ?? 0) >= 0) return null;
      return {
        type: 'clause.object',
        actor: view.role,
        clause: worst,
        reason: `"${worst}" costs us ${bn(-(view.ownValue[worst] ?? 0))}; with it, signing leaves us ${bn(-signingGain(view, view.draft))} worse off than refusing`,
      };
    }
    if (view.phase === 'voting' && view.draft && !view.votes[view.role]) {
      const gain = signingGain(view, view.draft);
      const covered =
        view.threads[view.role]?.status === 'agreed' && view.draft.every((c) => agreed.includes(c));
      if (covered && gain < -TOL.compare && (view.westBid ?? 0) <= 0) {
        return {
          type: 'vote.sign',
          actor: view.role,
          reason: 'we keep our word: we agreed to back every clause of this text',
        };
      }
      return gain >= -TOL.compare
        ? {
            type: 'vote.sign',
            actor: view.role,
            reason: `signing leaves us ${bn(gain)} better off than refusing`,
          }
        : {
            type: 'vote.refuse',
            actor: view.role,
            reason: `signing would leave us ${bn(-gain)} worse off than refusing`,
          };
    }
    return null;
  };
}
