/**
 * The scenario model: everything the engine computes from a compiled scenario and one set
 * of parameter values, built once and frozen — the numbers, the declaration model over
 * player and clause indices, the id↔index maps, the leader's instruments, the calendar and
 * the coalition game. The summit setup, the agents' plans and every report read this one
 * object instead of rebuilding parts of it.
 */
import type { TuGame } from '../cooperative/tuGame';
import type { Result } from '../shared/types';
import { calendarOf, type Calendar } from './calendar';
import { characteristicGame, grandText } from './characteristic';
import { declarationModel, type DeclarationModel } from './declarationModel';
import { evaluateScenario, type ScenarioNumbers } from './evaluate';
import { mixInstrument, type Instrument } from './instrumentMix';
import type { CompiledScenario, ScenarioProblem } from './scenario';

export interface ScenarioModel {
  readonly scenario: CompiledScenario;
  readonly numbers: ScenarioNumbers;
  readonly model: DeclarationModel;
  /** Player id → index in `model.players`; clause id → index in `model.clauseIds`. */
  readonly playerIndex: ReadonlyMap<string, number>;
  readonly clauseIndex: ReadonlyMap<string, number>;
  /** The leader's instruments, promises valued at the scenario's credibility. */
  readonly instruments: readonly Instrument[];
  readonly calendar: Calendar;
  readonly game: TuGame;
  /** T*, the text that attains v(N) (0 for a game given directly). */
  readonly textStar: number;
}

/**
 * The leader's instruments for the mix solver, from the scenario's numbers, with promises
 * valued at `credibility` (the scenario's own unless a game carries another).
 */
export function leaderInstruments(
  scenario: CompiledScenario,
  numbers: ScenarioNumbers,
  credibility = numbers.credibility,
): Instrument[] {
  const leaderId = scenario.players[scenario.leader]?.id;
  return scenario.file.instruments.flatMap((ins, k) =>
    ins.from !== leaderId
      ? []
      : [
          mixInstrument(
            {
              id: ins.id,
              min: ins.min,
              max: ins.max,
              cost: numbers.instrumentCost[k] as number,
              value: numbers.instrumentValue[k] as number,
              timing: ins.timing,
            },
            scenario.players.findIndex((p) => p.id === ins.to),
            credibility,
          ),
        ],
  );
}

/** Build the model at the scenario's values, or with some parameters overridden. */
export function buildScenarioModel(
  scenario: CompiledScenario,
  overrides?: ReadonlyMap<string, number>,
): Result<ScenarioModel, ScenarioProblem> {
  const evaluated = evaluateScenario(scenario, overrides);
  if (!evaluated.ok) return evaluated;
  const numbers = evaluated.value;
  const base = declarationModel(scenario, numbers);
  const direct = numbers.characteristic;
  // A game given directly bargains from stand-alone worths: d_i = v({i}).
  const model = direct
    ? { ...base, disagreement: base.players.map((_, i) => direct[1 << i] as number) }
    : base;
  return {
    ok: true,
    value: Object.freeze({
      scenario,
      numbers,
      model,
      playerIndex: new Map(model.players.map((p, i) => [p, i])),
      clauseIndex: new Map(model.clauseIds.map((c, i) => [c, i])),
      instruments: Object.freeze(leaderInstruments(scenario, numbers)),
      calendar: calendarOf({
        ...scenario.file.calendar,
        events: scenario.file.calendar.events?.map((e) => ({
          ...e,
          effects: e.effects?.map((x) => ({
            ...x,
            label: scenario.file.parameters[x.parameter]?.label ?? x.parameter,
          })),
        })),
      }),
      game: characteristicGame(model, direct),
      textStar: direct ? 0 : grandText(model),
    }),
  };
}
