/**
 * What a solution concept reports for a scenario: a payoff per player id (US$ bn, the
 * stand-alone value included), the payments in value it implies for each member, and a
 * verdict in words wherever the numbers are not a prediction one could act on — a concept
 * that does not apply, a split that does not exist, or a payoff below what a player gets
 * alone. Every concept module returns this shape; `solutions.ts` collects them.
 */
import { cleanZero, TOL } from '../../shared/numeric';
import type { ScenarioModel } from '../scenarioModel';

export type PlayerMap = Record<string, number>;

export interface ConceptResult {
  /** Payoff per player id, or null where the concept gives none. */
  readonly payoffs: PlayerMap | null;
  /** Payment in value to each member that delivers the payoffs (null: none computed). */
  readonly payments: readonly number[] | null;
  /** Why there are no payoffs, why a payoff lies below a stand-alone value, or how exact it is. */
  readonly verdict?: string;
  /** Concept-specific details (the Nash-in-Nash condition, the vote-buying cost, …). */
  readonly details?: Readonly<Record<string, unknown>>;
}

export const toPlayerMap = (players: readonly string[], x: readonly number[]): PlayerMap =>
  Object.fromEntries(players.map((p, i) => [p, cleanZero(x[i] as number)]));

/** Absolute payoffs from gains over disagreement: d_i + g_i. */
export function fromGains(prep: ScenarioModel, gains: readonly number[]): number[] {
  return prep.model.disagreement.map((d, i) => d + (gains[i] as number));
}

/** Players whose payoff lies below their stand-alone worth v({i}). */
export function belowStandAlone(prep: ScenarioModel, x: readonly number[]): string[] {
  const { game, model } = prep;
  return model.players.filter(
    (_, i) =>
      (x[i] as number) <
      (game.v[1 << i] as number) - TOL.compare * Math.max(1, Math.abs(x[i] as number)),
  );
}

/** The result for a concept that does not apply to this game, with the reason. */
export function notApplicable(verdict: string): ConceptResult {
  return { payoffs: null, payments: null, verdict };
}
