/**
 * Which moves are legal: phase, actor, thread status, clause and instrument ids, the
 * instruments' bounds given what is already committed, the leader's budget, redrafts
 * left, votes cast, and that a member may not object to a clause it agreed to back.
 * `validateMove` returns why a move is illegal, or undefined.
 */
import { TOL } from '../shared/numeric';
import { budgetLeft, instrumentOf, instrumentUsed, offerCost } from './offerMath';
import type { Offer, SummitEvent, SummitSetup, SummitState } from './summitTypes';

const isMember = (setup: SummitSetup, id: string) => setup.members.includes(id);

function checkClauses(setup: SummitSetup, clauses: readonly string[]): string | undefined {
  const unknown = clauses.find((c) => !setup.clauseIds.includes(c));
  return unknown
    ? `unknown clause "${unknown}"`
    : new Set(clauses).size !== clauses.length
      ? 'a clause is listed twice'
      : undefined;
}

/** Instruments must exist, go to this member, and fit their bounds (given what is committed). */
function checkInstruments(
  setup: SummitSetup,
  state: SummitState,
  member: string,
  instruments: Record<string, number>,
  bounds: boolean,
): string | undefined {
  for (const [id, amount] of Object.entries(instruments)) {
    const k = instrumentOf(setup, id);
    if (!k) return `unknown instrument "${id}"`;
    if (k.to !== member) return `${id} goes to ${k.to}, not ${member}`;
    if (!Number.isFinite(amount) || amount < 0)
      return `the amount of ${id} must be a non-negative number`;
    if (bounds && instrumentUsed(state, id) + amount > k.max + TOL.compare) {
      return `${id} would exceed its maximum of ${k.max} ${''}(already committed ${instrumentUsed(state, id)})`;
    }
  }
  return undefined;
}

function checkBudget(
  setup: SummitSetup,
  state: SummitState,
  offer: Pick<Offer, 'instruments'>,
): string | undefined {
  const cost = offerCost(setup, offer);
  const left = budgetLeft(setup, state);
  return cost > left + TOL.compare
    ? `it costs ${cost.toFixed(3)} bn but only ${left.toFixed(3)} bn of the budget is left`
    : undefined;
}

/** Why a move is illegal in this state, or undefined if it is legal. */
export function validateMove(
  setup: SummitSetup,
  state: SummitState,
  e: SummitEvent,
): string | undefined {
  const leaderOnly = e.actor !== setup.leader ? `only ${setup.leader} may do that` : undefined;
  const phaseIs = (p: SummitState['phase']) =>
    state.phase !== p ? `not allowed during ${state.phase}` : undefined;
  switch (e.type) {
    case 'briefing.done':
      return phaseIs('briefing') ?? leaderOnly;
    case 'offer.send': {
      const t = state.threads[e.member];
      if (!t || !isMember(setup, e.member)) return `unknown member "${e.member}"`;
      return (
        phaseIs('lobbying') ??
        leaderOnly ??
        (t.status === 'offered'
          ? `an offer to ${e.member} is already waiting for an answer`
          : undefined) ??
        (t.status === 'agreed' ? `${e.member} has already agreed` : undefined) ??
        checkClauses(setup, e.clauses) ??
        checkInstruments(setup, state, e.member, e.instruments, true) ??
        checkBudget(setup, state, e)
      );
    }
    case 'offer.accept':
    case 'offer.reject': {
      const t = state.threads[e.member];
      if (!t || !isMember(setup, e.member)) return `unknown member "${e.member}"`;
      const p = phaseIs('lobbying');
      if (p) return p;
      if (e.actor === e.member)
        return t.status === 'offered' ? undefined : `there is no offer for ${e.member} to answer`;
      if (e.actor === setup.leader) {
        if (t.status !== 'countered' || !t.pending)
          return `there is no counter-offer from ${e.member} to answer`;
        return e.type === 'offer.accept'
          ? (checkInstruments(setup, state, e.member, { ...t.pending.instruments }, true) ??
              checkBudget(setup, state, t.pending))
          : undefined;
      }
      return `only ${setup.leader} or ${e.member} may answer in this thread`;
    }
    case 'offer.counter': {
      const t = state.threads[e.member];
      if (!t || !isMember(setup, e.member)) return `unknown member "${e.member}"`;
      return (
        phaseIs('lobbying') ??
        (e.actor !== e.member ? `only ${e.member} may counter in its thread` : undefined) ??
        (t.status !== 'offered' ? 'there is no offer to counter' : undefined) ??
        checkClauses(setup, e.clauses) ??
        checkInstruments(setup, state, e.member, e.instruments, false)
      );
    }
    case 'west.bid': {
      if (!setup.west || e.actor !== setup.west.id)
        return 'only an active counter-lobbyist may bid';
      const spent =
        Object.values(state.westBids).reduce((s, x) => s + x, 0) - (state.westBids[e.member] ?? 0);
      return (
        phaseIs('lobbying') ??
        (!isMember(setup, e.member) ? `unknown member "${e.member}"` : undefined) ??
        (!(e.amount >= 0) ? 'a bid must be a non-negative number' : undefined) ??
        (spent + e.amount > setup.west.budget + TOL.compare
          ? `the bid exceeds the budget of ${setup.west.budget} bn`
          : undefined)
      );
    }
    case 'day.next':
    case 'summit.call':
      return phaseIs('lobbying') ?? leaderOnly;
    case 'draft.propose':
      return (
        phaseIs('drafting') ??
        leaderOnly ??
        (state.draft ? 'a draft is on the table; redraft it instead' : undefined) ??
        checkClauses(setup, e.text)
      );
    case 'draft.redraft':
      return (
        phaseIs('drafting') ??
        leaderOnly ??
        (!state.draft ? 'there is no draft to redraft' : undefined) ??
        (state.redraftsLeft <= 0 ? 'no redrafts are left' : undefined) ??
        checkClauses(setup, e.text)
      );
    case 'clause.object':
      return (
        phaseIs('drafting') ??
        (!isMember(setup, e.actor) ? 'only members object' : undefined) ??
        (!state.draft?.includes(e.clause) ? `"${e.clause}" is not in the draft` : undefined) ??
        (state.objections[e.actor]?.includes(e.clause) ? 'already objected' : undefined) ??
        (state.threads[e.actor]?.agreement?.clauses.includes(e.clause)
          ? `${e.actor} agreed to back "${e.clause}" and cannot object to it`
          : undefined)
      );
    case 'vote.open':
      return (
        phaseIs('drafting') ?? leaderOnly ?? (!state.draft ? 'propose a draft first' : undefined)
      );
    case 'vote.sign':
    case 'vote.refuse':
      return (
        phaseIs('voting') ??
        (!isMember(setup, e.actor) ? 'only members vote' : undefined) ??
        (state.votes[e.actor] ? `${e.actor} has already voted` : undefined)
      );
    case 'promise.deliver':
    case 'promise.withhold':
      return (
        phaseIs('aftermath') ??
        leaderOnly ??
        (state.transfers[e.index]?.status !== 'pending'
          ? 'no pending promise has that number'
          : undefined) ??
        (e.type === 'promise.deliver' &&
        e.amount !== undefined &&
        !(e.amount >= 0 && e.amount <= (state.transfers[e.index]?.amount ?? 0) + TOL.compare)
          ? 'a partial delivery must be between 0 and the amount promised'
          : undefined)
      );
  }
}
