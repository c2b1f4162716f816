/** Load a scenario from models/ for tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario } from '../../engine/scenario/parse';
import type { CompiledScenario } from '../../engine/scenario/scenario';
import { buildScenarioModel, type ScenarioModel } from '../../engine/scenario/scenarioModel';

export function scenarioDocument(name: string): Record<string, unknown> {
  return JSON.parse(
    readFileSync(join(__dirname, '../../models', `${name}.json`), 'utf8'),
  ) as Record<string, unknown>;
}

export function loadScenario(name: string): CompiledScenario {
  const parsed = parseScenario(scenarioDocument(name));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.errors)}`);
  return parsed.value;
}

export function prepared(name: string, overrides?: Map<string, number>): ScenarioModel {
  const prep = buildScenarioModel(loadScenario(name), overrides);
  if (!prep.ok) throw new Error(JSON.stringify(prep.errors));
  return prep.value;
}
