/**
 * The leader's plan: the text and payments of the leader optimum (leaderOptimum.ts)
 * computed on what the leader believes — members' clause values at the means of their
 * distributions, its own values, the public disagreement payoffs — with its instruments
 * valued at its credibility. It is plain data, computed once per game setup and handed to
 * the leader through its view.
 */
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
}

/** The leader's plan on the model it believes. */
export function planLeader(
  believed: DeclarationModel,
  instruments: readonly Instrument[],
  budget: number,
): LeaderPlan {
  const best = leaderOptimum(believed, instruments, budget);
  const t = best?.text ?? 0;
  const all = (1 << believed.n) - 1;
  const price: Record<string, number> = {};
  const signatureValue: Record<string, number> = {};
  believed.players.forEach((m, i) => {
    if (i === believed.leader) return;
    price[m] = reservationPrice(believed, i, t);
    signatureValue[m] =
      leaderUtility(believed, t, all) - leaderUtility(believed, t, all ^ (1 << i));
  });
  return {
    text: believed.clauseIds.filter((_, c) => (t >>> c) & 1),
    price,
    signatureValue,
    instruments: best?.mix.amounts ?? {},
    cost: best?.mix.cost ?? 0,
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
  return (believed, instruments, budget) => {
    const key = JSON.stringify([
      believed.clauseValue,
      believed.disagreement,
      believed.rule,
      believed.jointStatementFactor,
      believed.leader,
      instruments,
      budget,
    ]);
    let plan = memo.get(key);
    if (!plan) {
      plan = planLeader(believed, instruments, budget);
      memo.set(key, plan);
    }
    return plan;
  };
}
