/**
 * The leader's plan: the text and payments of the leader optimum (leaderOptimum.ts)
 * computed on what the leader believes — members' clause values at the means of their
 * distributions, its own values, the public disagreement payoffs — with its instruments
 * valued at its credibility. It is plain data, computed once per game setup and handed to
 * the leader through its view. Beside the point beliefs it carries their uncertainty: each
 * member's price for the text at both ends of what the leader believes about its private
 * values, and the screening table (bargaining/screening.ts) for the leader's discount and
 * the days of lobbying.
 */
import { screeningTable, type ScreeningTable } from '../bargaining/screening';
import type { Instrument } from './instrumentMix';
import { leaderOptimum } from './leaderOptimum';
import { leaderUtility, reservationPrice, type DeclarationModel } from './declarationModel';

export interface LeaderPlan {
  readonly text: readonly string[];
  /** Believed reservation price of each member for the text, in value. */
  readonly price: Readonly<Record<string, number>>;
  /** What each member's signature is worth to the leader: u_R(T, N) − u_R(T, N∖{m}). */
  readonly signatureValue: Readonly<Record<string, number>>;
  /** The cheapest instrument amounts that pay those prices, and their cost to the leader. */
  readonly instruments: Readonly<Record<string, number>>;
  readonly cost: number;
  /** The lowest and highest price of each member the leader believes possible. */
  readonly priceRange: Readonly<Record<string, readonly [number, number]>>;
  readonly screening: ScreeningTable;
}

/** What the leader is unsure of and how long it has: models at the ends of its belief. */
export interface PlanHorizon {
  /** The believed model with members' private values at the low and the high end. */
  readonly bounds: readonly DeclarationModel[];
  /** The leader's per-day discount factor. */
  readonly discount: number;
  readonly days: number;
  /** The screening table for this discount and these days, if the caller already has it. */
  readonly screening?: ScreeningTable;
}

const CERTAIN: PlanHorizon = { bounds: [], discount: 1, days: 1 };

/** The leader's plan on the model it believes. */
export function planLeader(
  believed: DeclarationModel,
  instruments: readonly Instrument[],
  budget: number,
  horizon: PlanHorizon = CERTAIN,
): LeaderPlan {
  const best = leaderOptimum(believed, instruments, budget);
  const t = best?.text ?? 0;
  const all = (1 << believed.n) - 1;
  const price: Record<string, number> = {};
  const signatureValue: Record<string, number> = {};
  const priceRange: Record<string, [number, number]> = {};
  believed.players.forEach((m, i) => {
    if (i === believed.leader) return;
    price[m] = reservationPrice(believed, i, t);
    const ends = [believed, ...horizon.bounds].map((b) => reservationPrice(b, i, t));
    priceRange[m] = [Math.min(...ends), Math.max(...ends)];
    signatureValue[m] =
      leaderUtility(believed, t, all) - leaderUtility(believed, t, all ^ (1 << i));
  });
  return {
    text: believed.clauseIds.filter((_, c) => (t >>> c) & 1),
    price,
    signatureValue,
    instruments: best?.mix.amounts ?? {},
    cost: best?.mix.cost ?? 0,
    priceRange,
    screening: horizon.screening ?? screeningTable(horizon.discount, horizon.days),
  };
}

export type LeaderPlanner = typeof planLeader;

/**
 * A planner that remembers plans for one series of games (a simulation, a tournament
 * cell): many games share the same beliefs, instruments and budget, and planning costs
 * more than playing. The memo is keyed by every input of {@link planLeader} and lives as
 * long as the caller keeps the planner — never in module state.
 */
export function seriesPlanner(): LeaderPlanner {
  const memo = new Map<string, LeaderPlan>();
  // The table depends on the discount and the days only, not on credibility or beliefs.
  const tables = new Map<string, ScreeningTable>();
  return (believed, instruments, budget, horizon = CERTAIN) => {
    const tableKey = `${horizon.discount} ${horizon.days}`;
    let screening = tables.get(tableKey);
    if (!screening)
      tables.set(tableKey, (screening = screeningTable(horizon.discount, horizon.days)));
    const key = JSON.stringify([
      believed.clauseValue,
      believed.disagreement,
      believed.rule,
      believed.jointStatementFactor,
      believed.leader,
      instruments,
      budget,
      horizon.bounds.map((b) => [b.clauseValue, b.disagreement]),
      horizon.discount,
      horizon.days,
    ]);
    let plan = memo.get(key);
    if (!plan) {
      plan = planLeader(believed, instruments, budget, { ...horizon, screening });
      memo.set(key, plan);
    }
    return plan;
  };
}
