/**
 * Suggested moves for a person playing a role: each a label and a legal event, built from
 * the same reasoning the AI uses (the leader's plan, a member's reservation price), so a
 * student can play with a menu in the terminal or buttons in the browser. "Pass" (no
 * objection) is offered where the protocol lets a member stay silent.
 */
import { TOL } from '../shared/numeric';
import { validateMove } from '../protocols/summitRules';
import { viewFor } from '../protocols/views';
import type { ReasonedEvent, SummitSetup, SummitState } from '../protocols/summitTypes';
import { bn } from './agent';
import { offerFor, planOf, viewInstruments } from './offers';
import { reservation, voteTerms } from './memberAgent';
import { cheapestFor } from '../scenario/instrumentMix';

export interface MenuItem {
  /** The button's name (the UI's tests select by it). */
  readonly label: string;
  /** What the move means, shown beside the button. */
  readonly detail?: string;
  /** null means "pass": no move (only where passing is allowed). */
  readonly event: ReasonedEvent | null;
}

export function moveMenu(setup: SummitSetup, state: SummitState, role: string): MenuItem[] {
  const view = viewFor(setup, state, role);
  const items: MenuItem[] = [];
  const add = (label: string, event: ReasonedEvent | null, detail?: string) => {
    if (event === null || validateMove(setup, state, event) === undefined)
      items.push(detail === undefined ? { label, event } : { label, event, detail });
  };
  if (role === setup.leader) {
    const plan = planOf(view);
    if (state.phase === 'briefing') add('Start lobbying', { type: 'briefing.done', actor: role });
    if (state.phase === 'lobbying') {
      for (const m of setup.members) {
        const t = state.threads[m];
        if (t?.status === 'countered') {
          add(`Accept ${m}'s counter-offer`, { type: 'offer.accept', actor: role, member: m });
          add(`Reject ${m}'s counter-offer`, { type: 'offer.reject', actor: role, member: m });
        }
        if (t?.status === 'open' || t?.status === 'countered') {
          const price = plan.price[m] ?? 0;
          // A zero price is the same move as offering nothing: list it once.
          const full = price > TOL.compare ? offerFor(view, m, price) : undefined;
          if (full)
            add(`Offer ${m} the planned text for ${bn(price)} (its believed price)`, {
              type: 'offer.send',
              actor: role,
              member: m,
              clauses: [...plan.text],
              instruments: full,
            });
          add(`Offer ${m} the planned text with no payment`, {
            type: 'offer.send',
            actor: role,
            member: m,
            clauses: [...plan.text],
            instruments: {},
          });
        }
      }
      add('Next day', { type: 'day.next', actor: role });
      add('Call the summit', { type: 'summit.call', actor: role });
    }
    if (state.phase === 'drafting') {
      if (!state.draft)
        add(`Propose the planned text: ${plan.text.join(', ')}`, {
          type: 'draft.propose',
          actor: role,
          text: [...plan.text],
        });
      const objected = new Set(Object.values(state.objections).flat());
      if (state.draft && objected.size > 0) {
        add(`Redraft without ${[...objected].join(', ')}`, {
          type: 'draft.redraft',
          actor: role,
          text: state.draft.filter((c) => !objected.has(c)),
        });
      }
      add('Open the vote', { type: 'vote.open', actor: role });
    }
    if (state.phase === 'aftermath') {
      state.transfers.forEach((t, i) => {
        if (t.status !== 'pending') return;
        add(`Deliver ${t.instrument} ${+t.amount.toFixed(3)} to ${t.member}`, {
          type: 'promise.deliver',
          actor: role,
          index: i,
        });
        add(`Withhold ${t.instrument} ${+t.amount.toFixed(3)} from ${t.member}`, {
          type: 'promise.withhold',
          actor: role,
          index: i,
        });
      });
    }
    return items;
  }
  const t = state.threads[role];
  if (state.phase === 'lobbying' && t?.status === 'offered' && t.pending) {
    add('Accept', { type: 'offer.accept', actor: role, member: role });
    add('Reject', { type: 'offer.reject', actor: role, member: role });
    const price = reservation(view, t.pending.clauses);
    for (const ask of [price, price * 1.5 + 0.05]) {
      const mix = cheapestFor(viewInstruments(view, [view.role]), 0, ask);
      if (mix) {
        add(`Counter: ask for ${bn(ask)}${ask === price ? ' (your reservation price)' : ''}`, {
          type: 'offer.counter',
          actor: role,
          member: role,
          clauses: [...t.pending.clauses],
          instruments: Object.fromEntries([...mix.amounts].filter(([, a]) => a > TOL.amount)),
        });
      }
    }
  }
  if (state.phase === 'drafting' && state.draft) {
    for (const c of state.draft)
      add(`Object to "${c}" (worth ${bn(view.ownValue[c] ?? 0)} to you)`, {
        type: 'clause.object',
        actor: role,
        clause: c,
      });
    items.push({ label: 'Continue', event: null, detail: 'no (further) objection' });
  }
  if (state.phase === 'voting' && !state.votes[role]) {
    // "Sign vs refuse", summed for the member (the terms its AI counterpart weighs).
    const t = voteTerms(view, state.draft ?? []);
    add(
      'Sign',
      { type: 'vote.sign', actor: role },
      `the text ${bn(t.text)} + paid ${bn(t.paid)} + promised ${bn(t.promised)} (at credibility ${view.credibility.toFixed(2)}) = ${bn(t.sign)}`,
    );
    add(
      'Refuse',
      { type: 'vote.refuse', actor: role },
      `walking away ${bn(t.disagreement)}${t.westBid > 0 ? ` + the West's bid ${bn(t.westBid)}` : ''} = ${bn(t.refuse)}; a payment made now goes back`,
    );
  }
  return items;
}
