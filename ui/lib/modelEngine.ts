/**
 * What the Model and Analysis views compute, loaded on demand with the parser (zod,
 * mathjs): checking an edited model, its live summary (the predicted text, the voting
 * power under its rule), the difference from the bundled model, share links, and the
 * per-pair bargaining pictures. Every edit goes through parseScenario, as on the CLI.
 */
import {
  parseScenario,
  buildScenarioModel,
  pairFrontier,
  coreSlice,
  gameFromValues,
  statechart,
  summitMachine,
  threadMachine,
  parseGameFile,
  baronFerejohnConcept,
  recognitionOf,
  type CompiledScenario,
  type ScenarioProblem,
  type ScenarioFile,
  type PairFrontier,
  type CoreSlice,
} from '../../engine/index';
import { SCENARIO_DOCS } from './gameModels';
import rapidReactionForce from '../../models/rapid-reaction-force-2009.json';

/** The protocol's statecharts, read from the machines themselves. */
export const SUMMIT_CHART = statechart(summitMachine);
export const THREAD_CHART = statechart(threadMachine);

export { jsonDiff, edits, type JsonChange } from '../../engine/index';
export type { ScenarioFile, ScenarioProblem, CompiledScenario };

/**
 * The bundled scenarios a model can start from: those the Play tab offers, and the
 * rapid-reaction-force cost game (a characteristic function given directly, to analyse).
 */
export const BASE_MODELS = {
  ...SCENARIO_DOCS,
  'rapid-reaction-force-2009': rapidReactionForce,
} as unknown as Record<string, ScenarioFile>;

export type Checked =
  { ok: true; scenario: CompiledScenario } | { ok: false; problems: ScenarioProblem[] };

/** The same parser as the CLI: schema, references, formulas, and one evaluation. */
export function checkModel(doc: unknown): Checked {
  const r = parseScenario(doc);
  return r.ok ? { ok: true, scenario: r.value } : { ok: false, problems: r.errors };
}

export {
  liveSummary,
  type LiveSummary,
  type CharacteristicSummary,
  type SummaryResult,
} from './liveSummary';

export { shareFragment, readShareFragment } from './shareLink';

/** Every leader–member pair's bargaining problem on the instrument-priced frontier. */
export function pairPictures(scenario: CompiledScenario): PairFrontier[] | { error: string } {
  const prep = buildScenarioModel(scenario);
  if (!prep.ok) return { error: prep.errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
  const { model } = prep.value;
  return model.players.flatMap((_, i) => (i === model.leader ? [] : [pairFrontier(prep.value, i)]));
}

/**
 * Baron–Ferejohn payoffs when the leader is recognised with probability `leaderShare` and
 * the members share the rest by bargaining power (at 1 the leader is the agenda setter).
 */
export function baronFerejohnAt(
  scenario: CompiledScenario,
  leaderShare: number,
): { payoffs: Record<string, number> | null; verdict?: string } | { error: string } {
  const prep = buildScenarioModel(scenario);
  if (!prep.ok) return { error: prep.errors.map((e) => `${e.path}: ${e.message}`).join('; ') };
  const { model } = prep.value;
  const base = recognitionOf(prep.value);
  const members = base.reduce((s, p, i) => (i === model.leader ? s : s + p), 0);
  const recognition = base.map((p, i) =>
    i === model.leader ? leaderShare : members > 0 ? ((1 - leaderShare) * p) / members : 0,
  );
  const r = baronFerejohnConcept(prep.value, recognition);
  return { payoffs: r.payoffs, ...(r.verdict ? { verdict: r.verdict } : {}) };
}

/** The core through three players of a game given by its coalition worths. */
export function coreSliceOf(
  players: readonly string[],
  worth: Readonly<Record<string, number>>,
  chosen: readonly [number, number, number],
  fixed: readonly number[],
): CoreSlice {
  const values = new Float64Array(1 << players.length);
  for (let s = 1; s < values.length; s++) {
    const key = players.filter((_, i) => (s >>> i) & 1).join('+');
    values[s] = worth[key] ?? 0;
  }
  return coreSlice(gameFromValues(values, players), chosen, fixed);
}

/** v(S) of every nonempty coalition of a game document, keyed "A+B" (null if it does not parse or is too large). */
export function worthTable(
  doc: unknown,
): { players: string[]; worth: Record<string, number> } | null {
  const parsed = parseGameFile(doc);
  if (!parsed.ok || !parsed.value.game || parsed.value.game.n > 16) return null;
  const { players, v } = parsed.value.game;
  const worth: Record<string, number> = {};
  for (let s = 1; s < v.length; s++)
    worth[players.filter((_, i) => (s >>> i) & 1).join('+')] = v[s] as number;
  return { players: [...players], worth };
}
