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
import { seriesPlanner, type LeaderPlanner } from '../scenario/leaderPlan';
import { drawPrivateValues, supportEnd } from './privateInfo';
import type { SetupInstrument, SetupPhase, SummitSetup } from './summitTypes';
import type { LeaderPlan } from '../scenario/leaderPlan';

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

/** Overrides of `a` then `b` (b wins). */
const merged = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) =>
  new Map([...a, ...b]);

/** The effects in force on a day: every event on or before it, later events winning. */
function effectsOn(calendar: ScenarioModel['calendar'], day: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of calendar.events)
    if (e.day <= day) for (const x of e.effects ?? []) out.set(x.parameter, x.value);
  return out;
}

/** The day-0 numbers: the scenario at the draws and the effects already in force. */
function numbersAt(believed: ScenarioModel, overrides: ReadonlyMap<string, number>) {
  if (overrides.size === 0) return believed.numbers;
  const evaluated = evaluateScenario(believed.scenario, overrides);
  if (!evaluated.ok)
    throw new Error(
      `the scenario does not evaluate at ${[...overrides].map(([k, v]) => `${k} = ${v}`).join(', ')}`,
    );
  return evaluated.value;
}

/**
 * One phase of the game from the effects in force: what members really feel (the draws
 * and the effects), what the leader believes (the means and the effects, and the ends of
 * the private values' support), and the leader's plan on that belief.
 */
function phaseOf(
  believed: ScenarioModel,
  draws: ReadonlyMap<string, number>,
  effects: ReadonlyMap<string, number>,
  plan: (believedModel: DeclarationModel, bounds: DeclarationModel[]) => LeaderPlan,
): Omit<SetupPhase, 'fromDay'> & { truth: DeclarationModel } {
  const { scenario } = believed;
  const modelAt = (over: ReadonlyMap<string, number>) =>
    over.size === 0 ? believed.model : declarationModel(scenario, numbersAt(believed, over));
  const truth = modelAt(merged(draws, effects));
  const means = modelAt(effects);
  const bounds = ([-1, 1] as const).flatMap((side) => {
    const ends = supportEnd(scenario, side);
    return ends.size === 0 ? [] : [believedModel(truth, modelAt(merged(ends, effects)))];
  });
  return {
    truth,
    value: valueTable(truth),
    believedValue: valueTable(means),
    disagreement: Object.fromEntries(
      truth.players.map((p, i) => [p, truth.disagreement[i] as number]),
    ),
    leaderPlan: plan(believedModel(truth, means), bounds),
  };
}

export function createSetup(believed: ScenarioModel, options: SetupOptions): SummitSetup {
  const { scenario, calendar } = believed;
  const rngVersion = options.rngVersion ?? RNG_VERSION;
  const rng = seededRng(options.seed, rngVersion);
  const draws = drawPrivateValues(scenario, rng, options.history ?? false);
  const numbers = numbersAt(believed, merged(draws, effectsOn(calendar, 0)));
  const leaderId = scenario.file.players.find((p) => p.role === 'leader')?.id as string;
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
  // One planner for the game's phases: they share the screening table.
  const planner = options.planner ?? seriesPlanner();
  const plan = (believedModel: DeclarationModel, bounds: DeclarationModel[]) =>
    planner(
      believedModel,
      instruments.map((k) => mixInstrument(k, believed.playerIndex.get(k.to) ?? -1, credibility)),
      numbers.leaderBudget,
      {
        bounds,
        // Final payoffs are not discounted by the day of the summit, so waiting costs the
        // leader nothing but the risk of running out of days: it screens with δ = 1.
        discount: 1,
        days: calendar.days,
      },
    );
  const first = phaseOf(believed, draws, effectsOn(calendar, 0), plan);
  const model = first.truth;
  // A later phase starts on each day inside lobbying when an event moves a parameter.
  const eventDays = [
    ...new Set(
      calendar.events
        .filter((e) => e.day > 0 && e.day < calendar.days && (e.effects ?? []).length > 0)
        .map((e) => e.day),
    ),
  ];
  const phases: SetupPhase[] = eventDays.map((day) => {
    const { truth: _truth, ...rest } = phaseOf(believed, draws, effectsOn(calendar, day), plan);
    return { fromDay: day, ...rest };
  });
  const westPlayer = scenario.outside.find(
    (p) => p.role === 'outside' && (options.west ?? p.active ?? false),
  );
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
    value: first.value,
    believedValue: first.believedValue,
    disagreement: first.disagreement,
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
    leaderPlan: first.leaderPlan,
    phases,
  };
}
