/**
 * The leader's optimum: the text T and signatories S (meeting the decision rule) that
 * maximize u_R(T, S) minus the cost of paying each signatory its reservation price
 * p_i = max(0, d_i − u_i(T)), delivered by the cheapest instrument mix within the budget.
 * Texts are enumerated (2^clauses); for each text the cheapest signatories are chosen —
 * under consensus all members, under a quota the k − 1 cheapest, under weighted voting
 * the cheapest winning set by enumeration.
 */
import { TOL } from '../shared/numeric';
import { popcount } from '../shared/bits';
import {
  cheapestFor,
  cheapestMix,
  instrumentBook,
  type Instrument,
  type InstrumentBook,
  type Mix,
} from './instrumentMix';
import {
  leaderUtility,
  meetsRule,
  reservationPrice,
  textClauses,
  type DeclarationModel,
} from './declarationModel';

export interface Schedule {
  readonly text: number;
  readonly signatories: number;
  /** Payment to each player in value (0 for the leader and non-signers). */
  readonly payments: number[];
  readonly mix: Mix & { feasible: true };
  /** u_R(T, S) − cost. */
  readonly net: number;
}

/** Per-member cost of its reservation price for text T (Infinity if undeliverable). */
function memberCosts(
  model: DeclarationModel,
  instruments: readonly Instrument[] | InstrumentBook,
  text: number,
): number[] {
  return model.players.map((_, i) => {
    if (i === model.leader) return 0;
    const p = reservationPrice(model, i, text);
    if (p <= 0) return 0;
    return cheapestFor(instruments, i, p)?.cost ?? Infinity;
  });
}

/** The cheapest signatory set meeting the rule for a text, by member costs. */
function cheapestSignatories(
  model: DeclarationModel,
  costs: readonly number[],
): number | undefined {
  const { n, leader, rule } = model;
  const all = (1 << n) - 1;
  if (rule.kind === 'consensus') return all;
  if (rule.kind === 'quota') {
    const members = costs.map((c, i) => ({ c, i })).filter((m) => m.i !== leader);
    members.sort((a, b) => a.c - b.c);
    let s = 1 << leader;
    for (const m of members.slice(0, Math.max(0, rule.k - 1))) s |= 1 << m.i;
    return popcount(s) >= rule.k ? s : undefined;
  }
  let best: number | undefined;
  let bestCost = Infinity;
  for (let s = 0; s <= all; s++) {
    if (!meetsRule(model, s)) continue;
    let c = 0;
    for (let i = 0; i < n; i++) if ((s >>> i) & 1) c += costs[i] as number;
    if (c < bestCost) {
      bestCost = c;
      best = s;
    }
  }
  return best;
}

/** The cheapest schedule that gets text T adopted, or why none fits the budget. */
export function scheduleFor(
  model: DeclarationModel,
  instruments: readonly Instrument[] | InstrumentBook,
  budget: number,
  text: number,
): Schedule | { feasible: false; reason: string } {
  const book = instrumentBook(instruments);
  const costs = memberCosts(model, book, text);
  const s = cheapestSignatories(model, costs);
  if (s === undefined)
    return { feasible: false, reason: 'no set of signatories meets the decision rule' };
  const payments = model.players.map((_, i) =>
    i !== model.leader && (s >>> i) & 1 ? reservationPrice(model, i, text) : 0,
  );
  const mix = cheapestMix(book, payments, budget, model.players);
  if (!mix.feasible) return mix;
  return { text, signatories: s, payments, mix, net: leaderUtility(model, text, s) - mix.cost };
}

/** The leader's best schedule over all texts; undefined when no text can be bought. */
export function leaderOptimum(
  model: DeclarationModel,
  instruments: readonly Instrument[] | InstrumentBook,
  budget: number,
): Schedule | undefined {
  let best: Schedule | undefined;
  const book = instrumentBook(instruments);
  for (let text = 0; text < 1 << model.clauseIds.length; text++) {
    const sched = scheduleFor(model, book, budget, text);
    if (!('net' in sched)) continue;
    if (
      !best ||
      sched.net > best.net + TOL.amount ||
      (Math.abs(sched.net - best.net) <= TOL.amount && sched.mix.cost < best.mix.cost)
    ) {
      best = sched;
    }
  }
  return best;
}

/** Members who refuse a text: their price cannot be delivered to them within bounds and budget. */
export function refusers(
  model: DeclarationModel,
  instruments: readonly Instrument[] | InstrumentBook,
  budget: number,
  text: number,
): string[] {
  const book = instrumentBook(instruments);
  return model.players.filter((_, i) => {
    if (i === model.leader) return false;
    const p = reservationPrice(model, i, text);
    if (p <= 0) return false;
    const mix = cheapestFor(book, i, p);
    return !mix || mix.committed > budget + TOL.compare;
  });
}

export { textClauses };
