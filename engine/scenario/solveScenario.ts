/**
 * Solve a scenario end to end: evaluate its formulas (with optional parameter overrides),
 * build the coalition game, and report T*, the leader's optimum, what each solution
 * concept predicts and the side payments that would deliver it. This is the object the
 * CLI's `solve --json` prints for scenario files and the analysis views render.
 */
import { membersOf } from '../shared/bits';
import { cleanZero } from '../shared/numeric';
import type { Result } from '../shared/types';
import { textClauses } from './declarationModel';
import { cheapestMix } from './instrumentMix';
import { buildScenarioModel, type ScenarioModel } from './scenarioModel';
import { summarizeOptimum, type OptimumSummary } from './optimumSummary';
import { leaderOptimum } from './leaderOptimum';
import { scenarioSolutions } from './concepts/solutions';
import { historyGains, paidVersusPrice, type PaidVersusPrice } from './paidVersusPrice';
import { coreLesson } from './coreLesson';
import type { ConceptResult, PlayerMap } from './concepts/concept';
import type { CompiledScenario, ScenarioProblem } from './scenario';

export type { PlayerMap };

/**
 * One concept as reported: a payoff per player id (null where the concept gives none), a
 * verdict in words where the numbers are no prediction, and the concept's own details.
 */
export interface Solution {
  readonly payoffs: PlayerMap | null;
  readonly verdict?: string;
  readonly [detail: string]: unknown;
}

export type SidePayments =
  | Record<string, { amount: number; instruments: Record<string, number>; cost: number }>
  | { feasible: false; reason: string };

/** Whether a concept's side payments cannot be delivered (and why, in `reason`). */
export function isInfeasible(sp: SidePayments): sp is { feasible: false; reason: string } {
  return sp.feasible === false;
}

export interface ScenarioReport {
  id: string;
  title: string;
  players: string[];
  characteristic: Record<string, number>;
  /** T*, the text that attains v(N). */
  textStar: string[];
  /** Every concept by key (see concepts/solutions.ts for the order). */
  solutions: Record<string, Solution>;
  leaderOptimum: OptimumSummary | null;
  sidePayments: Record<string, SidePayments>;
  /** Cost games only: each concept's allocation of the cost (positive = pays). */
  costShares?: Record<string, PlayerMap | null>;
  /** Cost games: the shares players actually carried, from the file's history. */
  historyShares?: PlayerMap;
  /** What the recorded history paid each member, beside the model's price for its text. */
  paidVersusPrice?: PaidVersusPrice[];
  /** Each player's gain over walking away in the recorded history. */
  historyGains?: PlayerMap;
  notes: Record<string, string>;
}

/** Coalition key as in game files: player ids in player order joined by "+". */
export function coalitionKey(players: readonly string[], s: number): string {
  return membersOf(s)
    .map((i) => players[i])
    .join('+');
}

/** The cheapest instruments that deliver a concept's payments, or why none can. */
function sidePaymentsFor(prep: ScenarioModel, payments: readonly number[]): SidePayments {
  const { model, instruments, numbers } = prep;
  const mix = cheapestMix(instruments, payments, numbers.leaderBudget, model.players);
  if (!mix.feasible) return { feasible: false, reason: mix.reason };
  const out: Record<string, { amount: number; instruments: Record<string, number>; cost: number }> =
    {};
  model.players.forEach((p, i) => {
    if (i === model.leader) return;
    const mine = Object.fromEntries(
      Object.entries(mix.amounts).filter(([id]) => instruments.find((k) => k.id === id)?.to === i),
    );
    out[p] = {
      amount: cleanZero(payments[i] as number),
      instruments: mine,
      cost: cleanZero(mix.costTo[i] as number),
    };
  });
  return out;
}

/** A concept result as the report prints it: payoffs, verdict, then its details. */
function asSolution(r: ConceptResult): Solution {
  return {
    payoffs: r.payoffs,
    ...(r.verdict ? { verdict: r.verdict } : {}),
    ...(r.details ?? {}),
  };
}

export async function solvePrepared(prep: ScenarioModel): Promise<ScenarioReport> {
  const { scenario, numbers, model, game, instruments, textStar } = prep;
  const players = [...model.players];
  const notes: Record<string, string> = {};
  const characteristic: Record<string, number> = {};
  for (let s = 1; s < game.v.length; s++)
    characteristic[coalitionKey(players, s)] = cleanZero(game.v[s] as number);

  const best = numbers.characteristic
    ? undefined
    : leaderOptimum(model, instruments, numbers.leaderBudget);
  const concepts = await scenarioSolutions(prep, best);
  const solutions: Record<string, Solution> = {};
  const sidePayments: Record<string, SidePayments> = {};
  for (const [key, r] of Object.entries(concepts)) {
    solutions[key] = asSolution(r);
    if (r.payments) sidePayments[key] = sidePaymentsFor(prep, r.payments);
    else if (r.payoffs) sidePayments[key] = { feasible: false, reason: 'no payments computed' };
  }
  if (!concepts.nucleolus?.payoffs && concepts.nucleolus?.verdict)
    notes.nucleolus = concepts.nucleolus.verdict;

  if (numbers.characteristic) {
    // A game given directly has no texts to buy: report the concepts, and for a cost game
    // each player's share of the cost next to what it actually carried.
    const cost = scenario.file.characteristic?.kind === 'cost';
    notes.leaderOptimum =
      'the characteristic function is given directly: there are no texts or side payments';
    const shares: Record<string, PlayerMap | null> = {};
    if (cost) {
      for (const [concept, { payoffs }] of Object.entries(solutions)) {
        shares[concept] = payoffs
          ? Object.fromEntries(Object.entries(payoffs).map(([p, v]) => [p, cleanZero(-v)]))
          : null;
      }
    }
    return {
      id: scenario.file.id,
      title: scenario.file.title,
      players,
      characteristic,
      textStar: [],
      solutions,
      leaderOptimum: null,
      sidePayments: {},
      ...(cost ? { costShares: shares } : {}),
      ...(scenario.file.history?.shares ? { historyShares: scenario.file.history.shares } : {}),
      notes,
    };
  }
  if (!best) notes.leaderOptimum = 'no text can be bought within the budget';
  const nuc = concepts.nucleolus?.payoffs;
  notes.core = await coreLesson(prep, nuc ? players.map((p) => nuc[p] as number) : null);
  return {
    id: scenario.file.id,
    title: scenario.file.title,
    players,
    characteristic,
    textStar: textClauses(model, textStar),
    solutions,
    leaderOptimum: best ? summarizeOptimum(model, best) : null,
    sidePayments,
    ...(scenario.file.history
      ? { paidVersusPrice: paidVersusPrice(prep), historyGains: historyGains(prep) ?? {} }
      : {}),
    notes,
  };
}

export async function solveScenario(
  scenario: CompiledScenario,
  overrides?: ReadonlyMap<string, number>,
): Promise<Result<ScenarioReport, ScenarioProblem>> {
  const prep = buildScenarioModel(scenario, overrides);
  if (!prep.ok) return prep;
  return { ok: true, value: await solvePrepared(prep.value) };
}
