/**
 * Arithmetic of offers and transfers: what an offer costs the leader, what it is worth to
 * the member (promises discounted by the leader's credibility), and how much of the budget
 * and of each instrument's bounds is still free.
 */
import type { Offer, SetupInstrument, SummitSetup, SummitState, Transfer } from './summitTypes';

/** Anything that lists the instruments: a setup, or a role's view of it. */
export type HasInstruments = { readonly instruments: readonly SetupInstrument[] };

export function instrumentOf(setup: HasInstruments, id: string): SetupInstrument | undefined {
  return setup.instruments.find((k) => k.id === id);
}

/** Cost to the leader of an offer's instruments. */
export function offerCost(setup: HasInstruments, offer: Pick<Offer, 'instruments'>): number {
  let c = 0;
  for (const [id, a] of Object.entries(offer.instruments))
    c += (instrumentOf(setup, id)?.cost ?? 0) * a;
  return c;
}

/** Value to the member, a promise counted at the given credibility. */
export function offerValue(
  setup: HasInstruments,
  offer: Pick<Offer, 'instruments'>,
  credibility: number,
): number {
  let v = 0;
  for (const [id, a] of Object.entries(offer.instruments)) {
    const k = instrumentOf(setup, id);
    if (k) v += k.value * a * (k.timing === 'promise' ? credibility : 1);
  }
  return v;
}

/** Cost of every transfer the leader has paid or still owes. */
export function committedCost(setup: SummitSetup, transfers: readonly Transfer[]): number {
  return transfers
    .filter((t) => t.status !== 'withheld')
    .reduce((s, t) => s + (instrumentOf(setup, t.instrument)?.cost ?? 0) * t.amount, 0);
}

export function budgetLeft(setup: SummitSetup, state: SummitState): number {
  return setup.budget - committedCost(setup, state.transfers);
}

/** How much of an instrument is already committed. */
export function instrumentUsed(state: SummitState, id: string): number {
  return state.transfers
    .filter((t) => t.instrument === id && t.status !== 'withheld')
    .reduce((s, t) => s + t.amount, 0);
}

/** Σ_{c∈T} value of player p. */
export function textValueFor(
  values: SummitSetup['value'],
  clauses: readonly string[],
  p: string,
): number {
  return clauses.reduce((s, c) => s + (values[c]?.[p] ?? 0), 0);
}

/** A member's reservation price for backing clauses, by the given values: max(0, d − u). */
export function reservationFor(
  setup: Pick<SummitSetup, 'disagreement'>,
  values: SummitSetup['value'],
  member: string,
  clauses: readonly string[],
): number {
  return Math.max(0, (setup.disagreement[member] ?? 0) - textValueFor(values, clauses, member));
}

/** Face value to their receivers of some transfers. */
export function transfersValue(setup: HasInstruments, transfers: readonly Transfer[]): number {
  return transfers.reduce(
    (s, t) => s + (instrumentOf(setup, t.instrument)?.value ?? 0) * t.amount,
    0,
  );
}

/** Value the member has received or is still promised, by status (a setup or a role's view). */
export function receivedValue(
  setup: HasInstruments,
  state: Pick<SummitState, 'transfers'>,
  member: string,
  statuses: readonly Transfer['status'][],
): number {
  return transfersValue(
    setup,
    state.transfers.filter((t) => t.member === member && statuses.includes(t.status)),
  );
}
