/**
 * Build a game's setup from a scenario: draw members' private values from the seed (or
 * fix them in history mode), evaluate the model at those values (what members really
 * feel) and at the calibrated means (what the leader believes), and gather instruments,
 * budget, credibility, the decision rule and the calendar.
 */
import { seededRng } from '../shared/rng';
import { lobbyingDays, prepareScenario, type PreparedScenario } from '../scenario/solveScenario';
import { evaluateScenario } from '../scenario/evaluate';
import { declarationModel, type DeclarationModel } from '../scenario/declarationModel';
import type { CompiledScenario } from '../scenario/scenario';
import { drawPrivateValues } from './privateInfo';
import type { SummitSetup } from './summitTypes';

export interface SetupOptions {
  readonly seed: number;
  /** Fix private values at the calibrated ones. */
  readonly history?: boolean;
  /** Turn the counter-lobbyist on even if the file has it off. */
  readonly west?: boolean;
  /** Start from this credibility (a series of games carries reputation over). */
  readonly credibility?: number;
  readonly maxRedrafts?: number;
}

function valueTable(model: DeclarationModel): SummitSetup['value'] {
  return Object.fromEntries(
    model.clauseIds.map((c, ci) => [
      c,
      Object.fromEntries(
        model.players.map((p, pi) => [p, (model.clauseValue[ci] as number[])[pi] as number]),
      ),
    ]),
  );
}

/** Days from the start of lobbying to a date. */
function dayOf(start: string, date: string): number {
  return Math.round((Date.parse(date) - Date.parse(start)) / 86_400_000);
}

/**
 * The leader's beliefs (the scenario at its calibrated values) never change between games
 * of a scenario: computed once and shared, so the leader's plan is cached by identity.
 */
const beliefs = new WeakMap<
  CompiledScenario,
  { prep: PreparedScenario; value: SummitSetup['value'] }
>();

function beliefsOf(scenario: CompiledScenario): {
  prep: PreparedScenario;
  value: SummitSetup['value'];
} {
  let hit = beliefs.get(scenario);
  if (!hit) {
    const prep = prepareScenario(scenario);
    if (!prep.ok) throw new Error('the scenario does not evaluate at its own values');
    hit = { prep: prep.value, value: valueTable(prep.value.model) };
    beliefs.set(scenario, hit);
  }
  return hit;
}

export function createSetup(scenario: CompiledScenario, options: SetupOptions): SummitSetup {
  const rng = seededRng(options.seed);
  const believed = beliefsOf(scenario);
  const draws = drawPrivateValues(scenario, rng, options.history ?? false);
  // Only the formulas are needed here, not the coalition game: evaluate, don't prepare.
  const evaluated =
    draws.size === 0
      ? { ok: true as const, value: believed.prep.numbers }
      : evaluateScenario(scenario, draws);
  if (!evaluated.ok) throw new Error('the scenario does not evaluate at the drawn private values');
  const numbers = evaluated.value;
  const model = draws.size === 0 ? believed.prep.model : declarationModel(scenario, numbers);
  const westPlayer = scenario.outside.find(
    (p) => p.role === 'outside' && (options.west ?? p.active ?? false),
  );
  return {
    scenarioId: scenario.file.id,
    seed: options.seed,
    players: model.players,
    names: Object.fromEntries(scenario.file.players.map((p) => [p.id, p.name])),
    leader: model.players[model.leader] as string,
    members: model.players.filter((_, i) => i !== model.leader),
    clauseIds: model.clauseIds,
    clauseText: Object.fromEntries(scenario.file.clauses.map((c) => [c.id, c.text])),
    value: draws.size === 0 ? believed.value : valueTable(model),
    believedValue: believed.value,
    disagreement: Object.fromEntries(
      model.players.map((p, i) => [p, model.disagreement[i] as number]),
    ),
    instruments: scenario.file.instruments
      .map((k, j) => ({
        id: k.id,
        label: k.label,
        unit: k.unit,
        to: k.to,
        from: k.from,
        min: k.min,
        max: k.max,
        cost: numbers.instrumentCost[j] as number,
        value: numbers.instrumentValue[j] as number,
        timing: k.timing,
      }))
      .filter((k) => k.from === model.players[model.leader])
      .map(({ from: _from, ...k }) => k),
    budget: numbers.leaderBudget,
    credibility: options.credibility ?? numbers.credibility,
    jointStatementFactor: numbers.jointStatementFactor,
    rule: model.rule,
    days: lobbyingDays(scenario),
    startDate: scenario.file.calendar.start,
    maxRedrafts: options.maxRedrafts ?? 2,
    west: westPlayer
      ? { id: westPlayer.id, budget: numbers.outsideBudget[westPlayer.id] ?? 0 }
      : null,
    history: scenario.file.history
      ? {
          text: scenario.file.history.text,
          payments: scenario.file.history.payments.map((p) => ({
            instrument: p.instrument,
            amount: p.amount,
            delivered: p.delivered,
            day: p.agreed ? dayOf(scenario.file.calendar.start, p.agreed) : null,
          })),
        }
      : null,
  };
}
