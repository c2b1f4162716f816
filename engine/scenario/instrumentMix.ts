import { TOL } from '../shared/numeric';
/**
 * The cheapest mix of side-payment instruments that gives each member at least its
 * payment in value, within the instruments' bounds and the leader's budget:
 *   minimize Σ_k cost_k·a_k  s.t.  Σ_{k→i} value_k·a_k ≥ p_i for each member i,
 *                                  min_k ≤ a_k ≤ max_k,  Σ_k cost_k·a_k ≤ budget.
 * Each instrument goes to one receiver, so apart from the budget row the LP separates by
 * member into covering problems with one constraint, whose optimum is greedy by cost per
 * unit of value (the fractional knapsack, Dantzig 1957); the budget row then only decides
 * feasibility. Credibility is the probability that a promise is delivered, so it scales a
 * promise's value to the receiver and its expected cost to the giver alike; the budget
 * binds on what is committed, the face cost (the protocol reserves it when a promise is
 * made).
 */

export interface Instrument {
  readonly id: string;
  readonly to: number;
  readonly min: number;
  readonly max: number;
  /** Expected cost to the giver per unit of amount, credibility already applied. */
  readonly cost: number;
  /** Value to the receiver per unit of amount, credibility already applied. */
  readonly value: number;
  /** Cost per unit if delivered: what the budget reserves (default: `cost`). */
  readonly faceCost?: number;
}

/** What a unit of the instrument commits of the budget. */
export const faceCost = (k: Instrument): number => k.faceCost ?? k.cost;

export type Mix =
  | {
      readonly feasible: true;
      /** Amount of each instrument used (by instrument id), zero amounts left out. */
      readonly amounts: Record<string, number>;
      /** Total expected cost to the giver. */
      readonly cost: number;
      /** Total committed at face cost: what the budget must cover. */
      readonly committed: number;
      /** Cost and value delivered per receiver. */
      readonly costTo: number[];
      readonly valueTo: number[];
    }
  | { readonly feasible: false; readonly reason: string };

/** An instrument as a scenario or a setup states it, before it is tied to a receiver index. */
export interface InstrumentSpec {
  readonly id: string;
  readonly min: number;
  readonly max: number;
  readonly cost: number;
  readonly value: number;
  readonly timing: 'now' | 'promise';
}

/** The mix solver's instrument: receiver index, a promise's value and cost at `credibility`. */
export function mixInstrument(spec: InstrumentSpec, to: number, credibility: number): Instrument {
  const p = spec.timing === 'promise' ? credibility : 1;
  return {
    id: spec.id,
    to,
    min: spec.min,
    max: spec.max,
    cost: spec.cost * p,
    value: spec.value * p,
    faceCost: spec.cost,
  };
}

/** Per receiver: its instruments, and those worth using sorted by cost per unit of value. */
interface ReceiverInstruments {
  readonly all: readonly Instrument[];
  readonly byRatio: readonly Instrument[];
}

/**
 * Instruments grouped by receiver and sorted once. Solving over every text asks the same
 * lists thousands of times: callers that loop build the book once and pass it.
 */
export interface InstrumentBook {
  readonly list: readonly Instrument[];
  readonly byReceiver: ReadonlyMap<number, ReceiverInstruments>;
}

export function instrumentBook(
  instruments: readonly Instrument[] | InstrumentBook,
): InstrumentBook {
  if ('byReceiver' in instruments) return instruments;
  const byReceiver = new Map<number, ReceiverInstruments>();
  for (const to of new Set(instruments.map((k) => k.to))) {
    const all = instruments.filter((k) => k.to === to);
    const byRatio = all
      .filter((k) => k.value > 0 && k.max > k.min)
      .sort((a, b) => a.cost / a.value - b.cost / b.value);
    byReceiver.set(to, { all, byRatio });
  }
  return { list: instruments, byReceiver };
}

const NONE: ReceiverInstruments = { all: [], byRatio: [] };

/** Cheapest way to give receiver `to` at least `payment` in value (no budget). */
export function cheapestFor(
  instruments: readonly Instrument[] | InstrumentBook,
  to: number,
  payment: number,
): { amounts: Map<string, number>; cost: number; committed: number; value: number } | undefined {
  const { all: mine, byRatio } = instrumentBook(instruments).byReceiver.get(to) ?? NONE;
  const amounts = new Map<string, number>();
  let cost = 0;
  let committed = 0;
  let value = 0;
  for (const k of mine) {
    if (k.min > 0) {
      amounts.set(k.id, k.min);
      cost += k.cost * k.min;
      committed += faceCost(k) * k.min;
      value += k.value * k.min;
    }
  }
  for (const k of byRatio) {
    if (value >= payment - TOL.amount) break;
    const room = k.max - k.min;
    const need = (payment - value) / k.value;
    const extra = Math.min(room, need);
    amounts.set(k.id, (amounts.get(k.id) ?? 0) + extra);
    cost += k.cost * extra;
    committed += faceCost(k) * extra;
    value += k.value * extra;
  }
  return value >= payment - TOL.compare * Math.max(1, payment)
    ? { amounts, cost, committed, value }
    : undefined;
}

/**
 * The most value receiver `to` can be given for a cost of at most `spend` (no budget
 * beyond it): the inverse of {@link cheapestFor}, greedy by cost per unit of value; an
 * instrument with a minimum amount is used only when its minimum can be afforded.
 */
export function valueForCost(
  instruments: readonly Instrument[] | InstrumentBook,
  to: number,
  spend: number,
): { cost: number; value: number } {
  const { all: mine, byRatio } = instrumentBook(instruments).byReceiver.get(to) ?? NONE;
  if (spend <= TOL.amount) return { cost: 0, value: 0 };
  let cost = 0;
  let value = 0;
  for (const k of mine) {
    if (k.min > 0) {
      cost += k.cost * k.min;
      value += k.value * k.min;
    }
  }
  if (cost > spend) return { cost: 0, value: 0 };
  for (const k of byRatio) {
    const room = k.max - k.min;
    const extra = k.cost > 0 ? Math.min(room, (spend - cost) / k.cost) : room;
    cost += k.cost * extra;
    value += k.value * extra;
    if (cost >= spend) break;
  }
  return { cost, value };
}

/** The most value the instruments can deliver to one receiver. */
export function maxDeliverable(
  instruments: readonly Instrument[] | InstrumentBook,
  to: number,
): number {
  const { all } = instrumentBook(instruments).byReceiver.get(to) ?? NONE;
  return all.reduce((s, k) => s + k.value * k.max, 0);
}

export function cheapestMix(
  instruments: readonly Instrument[] | InstrumentBook,
  payments: readonly number[],
  budget: number,
  names: readonly string[],
): Mix {
  const book = instrumentBook(instruments);
  const amounts: Record<string, number> = {};
  const costTo = payments.map(() => 0);
  const valueTo = payments.map(() => 0);
  let total = 0;
  let committed = 0;
  for (let i = 0; i < payments.length; i++) {
    const p = payments[i] as number;
    if (p < -TOL.amount) {
      return {
        feasible: false,
        reason: `${names[i]} would have to pay ${(-p).toFixed(3)} bn; no instrument runs that way`,
      };
    }
    if (p <= TOL.amount) continue;
    const mix = cheapestFor(book, i, p);
    if (!mix) {
      return {
        feasible: false,
        reason: `${names[i]} needs ${p.toFixed(3)} bn in value; its instruments can deliver at most ${maxDeliverable(book, i).toFixed(3)} bn`,
      };
    }
    for (const [id, a] of mix.amounts) if (a > 0) amounts[id] = a;
    costTo[i] = mix.cost;
    valueTo[i] = mix.value;
    total += mix.cost;
    committed += mix.committed;
  }
  if (committed > budget + TOL.compare * Math.max(1, budget)) {
    return {
      feasible: false,
      reason: `the cheapest mix commits ${committed.toFixed(3)} bn, over the budget of ${budget.toFixed(3)} bn`,
    };
  }
  return { feasible: true, amounts, cost: total, committed, costTo, valueTo };
}
