/**
 * The leader's plan is a function of the game's setup alone: computed once per setup from
 * the model the leader believes, it does not depend on what was planned or played before
 * in the same process (a module-level cache once made it do so), and it follows every
 * input — instruments, credibility, budget.
 */
import { describe, expect, test } from 'vitest';
import { createSetup } from '../../engine/protocols/summitSetup';
import { buildScenarioModel, type ScenarioModel } from '../../engine/scenario/scenarioModel';
import { parseScenario } from '../../engine/scenario/parse';
import { seriesPlanner } from '../../engine/scenario/leaderPlan';
import { simulate } from '../../engine/simulation/simulate';
import { scenarioDocument } from '../scenario/loadScenario';

function modelOf(doc: unknown): ScenarioModel {
  const parsed = parseScenario(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const built = buildScenarioModel(parsed.value);
  if (!built.ok) throw new Error(JSON.stringify(built.errors));
  return built.value;
}

/** Moscow 2008 with every instrument costing Russia a hundredth of its value. */
function cheapInstruments(): ScenarioModel {
  const doc = structuredClone(scenarioDocument('moscow-2008')) as {
    instruments: { cost: unknown; value: unknown }[];
  };
  for (const k of doc.instruments) k.cost = `(${String(k.value)}) / 100`;
  return modelOf(doc);
}

const planOf = (model: ScenarioModel, credibility?: number) =>
  createSetup(model, {
    seed: 1,
    history: true,
    ...(credibility !== undefined ? { credibility } : {}),
  }).leaderPlan;

describe('the leader plan depends on its setup only', () => {
  test('cheap instruments change the plan, whatever was planned before', () => {
    const fresh = planOf(cheapInstruments());
    const bundled = planOf(modelOf(scenarioDocument('moscow-2008')));
    const after = planOf(cheapInstruments());
    expect(after).toEqual(fresh);
    // The inputs differ, so the plans must too: otherwise this test could not fail.
    expect(fresh).not.toEqual(bundled);
  });

  test('credibility moves the plan: promises worth 1% are not promises worth 75%', () => {
    const model = modelOf(scenarioDocument('moscow-2008'));
    const credible = planOf(model, 0.75);
    const incredible = planOf(model, 0.01);
    // Belarus's price (0.358) is paid by the credit (a promise) when promises are believed;
    // when they are not, the whole credit and gas cut deliver 2 × 0.25 × 0.01 + 0.1 × 3.7 ×
    // 0.01 = 0.0087 in value (value and expected cost both scale by credibility) and cash
    // carries the rest.
    expect(credible.instruments['blr-credit'] ?? 0).toBeGreaterThan(0);
    expect(credible.instruments['support-blr'] ?? 0).toBe(0);
    expect(incredible.instruments['support-blr'] ?? 0).toBeCloseTo(0.358 - 0.0087, 4);
    expect(planOf(model, 0.75)).toEqual(credible);
  });

  test('with no cash and worthless promises the planned text itself changes', () => {
    const doc = structuredClone(scenarioDocument('moscow-2008')) as {
      instruments: { id: string }[];
    };
    doc.instruments = doc.instruments.filter((k) => !k.id.startsWith('support-'));
    const promisesOnly = modelOf(doc);
    const credible = planOf(promisesOnly, 0.75);
    const incredible = planOf(promisesOnly, 0.01);
    expect(incredible.text).not.toEqual(credible.text);
  });

  test('a series planner gives the same plans as planning each game afresh', () => {
    const model = modelOf(scenarioDocument('moscow-2008'));
    const planner = seriesPlanner();
    for (const credibility of [0.75, 0.01, 0.75, 0.4]) {
      for (const seed of [1, 2, 3]) {
        const fresh = createSetup(model, { seed, credibility }).leaderPlan;
        expect(createSetup(model, { seed, credibility, planner }).leaderPlan).toEqual(fresh);
      }
    }
  });

  test("a game's outcome does not depend on the games simulated before it", () => {
    const cheap = cheapInstruments();
    const first = JSON.stringify(simulate(cheap, { games: 20, seed: 7 }));
    simulate(modelOf(scenarioDocument('moscow-2008')), { games: 20, seed: 7 });
    expect(JSON.stringify(simulate(cheap, { games: 20, seed: 7 }))).toBe(first);
  });
});
