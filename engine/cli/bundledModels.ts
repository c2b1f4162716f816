/**
 * The scenarios bundled in models/: a saved game names its scenario by id, and the CLI
 * resolves that id against this folder's listing only — never as a path — so a tampered
 * save cannot make it read another file.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODELS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'models');

/** Ids of the bundled scenarios (models/<id>.json, the schema excluded). */
export function bundledScenarioIds(): string[] {
  return readdirSync(MODELS)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** The path of a bundled scenario, or undefined when no bundled scenario has that id. */
export function bundledScenarioPath(id: string): string | undefined {
  return bundledScenarioIds().includes(id) ? join(MODELS, `${id}.json`) : undefined;
}
