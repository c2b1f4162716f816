/**
 * Build a game's setup from the scenario model: draw members' private values from the
 * seed (or fix them in history mode), evaluate the model at those values (what members
 * really feel), plan the leader's text on what it believes (the model at its calibrated
 * means, and the range its private values may span), and gather instruments, budget, credibility, the decision rule and the calendar.
 * The caller builds the scenario model once (buildScenarioModel) and passes it in.
 */
import { RNG_VERSION, seededRng, type RngVersion } from '../shared/rng';
import type { ScenarioModel } from '../scenario/scenarioModel';
import { evaluateScenario } from '../scenario/evaluate';
import { declarationModel, type DeclarationModel } from '../scenario/declarationModel';
import { dayOf } from '../scenario/calendar';
import { mixInstrument } from '../scenario/instrumentMix';
import { planLeader, type LeaderPlanner } from '../scenario/leaderPlan';
import { drawPrivateValues, supportEnd } from './privateInfo';
import type { SetupInstrument, SummitSetup } from './summitTypes';

export interface SetupOptions {
  readonly seed: number;
  /** Fix private values at the calibrated ones. */
  readonly history?: boolean;
  /** Turn the counter-lobbyist on even if the file has it off. */
  readonly west?: boolean;
  /** Start from this credibility (a series of games carries reputation over). */
  readonly credibility?: number;
  readonly maxRedrafts?: number;
  /** The generator's seeding: the current one unless replaying a game saved with another. */
  readonly rngVersion?: RngVersion;
  /** How to plan the leader's text: a series passes a memoising planner (leaderPlan.ts). */
  readonly planner?: LeaderPlanner;
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

/** What the leader believes: members' values at the means, its own and d_i as they are. */
function believedModel(truth: DeclarationModel, means: DeclarationModel): DeclarationModel {
  return {
    ...truth,
    clauseValue: means.clauseValue.map((row, c) =>
      row.map((x, p) =>
        p === truth.leader ? ((truth.clauseValue[c] as number[])[p] as number) : x,
      ),
    ),
  };
}

/** The believed model with private values at one end of the leader's belief. */
function boundModel(believed: ScenarioModel, truth: DeclarationModel, side: -1 | 1) {
  const ends = supportEnd(believed.scenario, side);
  if (ends.size === 0) return [];
  const evaluated = evaluateScenario(believed.scenario, ends);
  if (!evaluated.ok)
    throw new Error('the scenario does not evaluate at the ends of its private values');
  return [believedModel(truth, declarationModel(believed.scenario, evaluated.value))];
}

export function createSetup(believed: ScenarioModel, options: SetupOptions): SummitSetup {
  const { scenario } = believed;
  const rngVersion = options.rngVersion ?? RNG_VERSION;
  const rng = seededRng(options.seed, rngVersion);
  const draws = drawPrivateValues(scenario, rng, options.history ?? false);
  const evaluated =
    draws.size === 0
      ? { ok: true as const, value: believed.numbers }
      : evaluateScenario(scenario, draws);
  if (!evaluated.ok) throw new Error('the scenario does not evaluate at the drawn private values');
  const numbers = evaluated.value;
  const model = draws.size === 0 ? believed.model : declarationModel(scenario, numbers);
  const leaderId = model.players[model.leader] as string;
  const credibility = options.credibility ?? numbers.credibility;
  const instruments: SetupInstrument[] = scenario.file.instruments.flatMap((k, j) =>
    k.from !== leaderId
      ? []
      : [
          {
            id: k.id,
            label: k.label,
            unit: k.unit,
            to: k.to,
            min: k.min,
            max: k.max,
            cost: numbers.instrumentCost[j] as number,
            value: numbers.instrumentValue[j] as number,
            timing: k.timing,
          },
        ],
  );
  const plan = (options.planner ?? planLeader)(
    believedModel(model, believed.model),
    instruments.map((k) => mixInstrument(k, believed.playerIndex.get(k.to) ?? -1, credibility)),
    numbers.leaderBudget,
    {
      bounds: [...boundModel(believed, model, -1), ...boundModel(believed, model, 1)],
      // Final payoffs are not discounted by the day of the summit, so waiting costs the
      // leader nothing but the risk of running out of days: it screens with δ = 1.
      discount: 1,
      days: believed.calendar.days,
    },
  );
  const westPlayer = scenario.outside.find(
    (p) => p.role === 'outside' && (options.west ?? p.active ?? false),
  );
  const believedValue = valueTable(believed.model);
  return {
    scenarioId: scenario.file.id,
    seed: options.seed,
    rngVersion,
    players: model.players,
    names: Object.fromEntries(scenario.file.players.map((p) => [p.id, p.name])),
    leader: leaderId,
    members: model.players.filter((_, i) => i !== model.leader),
    clauseIds: model.clauseIds,
    clauseText: Object.fromEntries(scenario.file.clauses.map((c) => [c.id, c.text])),
    value: draws.size === 0 ? believedValue : valueTable(model),
    believedValue,
    disagreement: Object.fromEntries(
      model.players.map((p, i) => [p, model.disagreement[i] as number]),
    ),
    instruments,
    budget: numbers.leaderBudget,
    credibility,
    jointStatementFactor: numbers.jointStatementFactor,
    rule: model.rule,
    days: believed.calendar.days,
    startDate: believed.calendar.start,
    events: believed.calendar.events,
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
            day: p.agreed ? dayOf(believed.calendar.start, p.agreed) : null,
          })),
        }
      : null,
    model,
    leaderPlan: plan,
  };
}
