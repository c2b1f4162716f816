/**
 * The scenarios a class can play: the bundled ones in models/ (read once at start, by id
 * from the folder's listing, never as a path), or an edited model the teacher sends,
 * parsed and checked like any scenario file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildScenarioModel,
  parseScenario,
  type ScenarioModel,
  type ScenarioProblem,
} from '../../engine/index';

export type ModelRead = { ok: true; model: ScenarioModel } | { ok: false; message: string };

/** The first problems of a scenario, each with its JSON path. */
const problems = (where: string, errors: readonly ScenarioProblem[]): ModelRead => ({
  ok: false,
  message: `${where}: ${errors
    .slice(0, 3)
    .map((e) => `${e.path || '/'}: ${e.message}`)
    .join('; ')}`,
});

export function readModel(doc: unknown, where: string): ModelRead {
  const parsed = parseScenario(doc);
  if (!parsed.ok) return problems(where, parsed.errors);
  const built = buildScenarioModel(parsed.value);
  if (!built.ok) return problems(where, built.errors);
  return { ok: true, model: built.value };
}

/** Every bundled scenario by id (models/<id>.json). */
export function bundledModels(folder: string): Map<string, ScenarioModel> {
  const out = new Map<string, ScenarioModel>();
  for (const file of readdirSync(folder).sort()) {
    if (!file.endsWith('.json')) continue;
    const read = readModel(JSON.parse(readFileSync(join(folder, file), 'utf8')), file);
    if (!read.ok) throw new Error(read.message);
    out.set(file.slice(0, -'.json'.length), read.model);
  }
  return out;
}
