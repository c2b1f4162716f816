/**
 * The bargaining problem of one leader–member pair, drawn in gains over disagreement.
 * Signing creates the surplus S_i = v(N) − v(N∖{i}) − d_i (signatureSurplus). Without side
 * payments the member gains M_0 = u_i(T*) − d_i and the leader the rest, S_i − M_0. A
 * payment worth w to the member costs the leader c(w), the cheapest mix of its instruments
 * to i (greedy by cost per unit of value, as in instrumentMix): c is convex and piecewise
 * linear and stops at the leader's budget, so the feasible set is the comprehensive hull of the points
 * (S_i − M_0 − c(w_k), M_0 + w_k) at its breakpoints — a transferable-utility line only
 * when every instrument costs what it is worth. On it: the Nash point (Nash 1950), the
 * Kalai–Smorodinsky point (Kalai and Smorodinsky 1975), and the ideal point.
 */
import { paretoFrontier, type Point } from '../bargaining/frontier';
import { nashBargainingSolution } from '../bargaining/nash';
import { idealPoint, kalaiSmorodinskySolution } from '../bargaining/kalaiSmorodinsky';
import { faceCost, type Instrument } from './instrumentMix';
import { memberUtility } from './declarationModel';
import { signatureSurplus } from './bargains';
import type { ScenarioModel } from './scenarioModel';

export interface PairFrontier {
  readonly member: string;
  /** The pair's surplus S_i. */
  readonly surplus: number;
  /** Gains with no payment: [leader, member]. */
  readonly unpaid: Point;
  /** Pareto-optimal vertices in gains over disagreement, leader's gain first. */
  readonly frontier: readonly Point[];
  readonly nash: Point;
  readonly kalaiSmorodinsky: Point;
  readonly ideal: Point;
  /** Whether some deal leaves both strictly better off than no deal. */
  readonly gains: boolean;
}

/**
 * Breakpoints (value delivered, cost) of the cheapest payment schedule to one member, up
 * to the leader's budget (a deal with this member alone may spend all of it).
 */
function paymentSchedule(
  instruments: readonly Instrument[],
  to: number,
  budget: number,
): [number, number][] {
  const usable = instruments
    .filter((k) => k.to === to && k.value > 0 && k.max > k.min)
    .sort((a, b) => a.cost / a.value - b.cost / b.value);
  const points: [number, number][] = [[0, 0]];
  let w = 0;
  let c = 0;
  let committed = 0;
  for (const k of usable) {
    let amount = k.max - k.min;
    const f = faceCost(k);
    if (f > 0 && committed + amount * f > budget) amount = Math.max(0, (budget - committed) / f);
    w += amount * k.value;
    c += amount * k.cost;
    committed += amount * f;
    points.push([w, c]);
    if (committed >= budget) break;
  }
  return points;
}

export function pairFrontier(prep: ScenarioModel, member: number): PairFrontier {
  const { model, game, instruments, textStar } = prep;
  if (member === model.leader) throw new RangeError('a pair is the leader and a member');
  const surplus = signatureSurplus(model, game, member);
  const m0 = memberUtility(model, member, textStar) - (model.disagreement[member] as number);
  const unpaid: Point = [surplus - m0, m0];
  const points: Point[] = paymentSchedule(instruments, member, prep.numbers.leaderBudget).map(
    ([w, c]) => [surplus - m0 - c, m0 + w],
  );
  const d: Point = [0, 0];
  const f = paretoFrontier(d, points);
  const nash = nashBargainingSolution(d, points);
  return {
    member: model.players[member] as string,
    surplus,
    unpaid,
    frontier: f.vertices,
    nash,
    kalaiSmorodinsky: kalaiSmorodinskySolution(d, points),
    ideal: idealPoint(f, d),
    gains: nash[0] * nash[1] > 0,
  };
}
