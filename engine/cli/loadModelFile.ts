/**
 * Read a model file of either kind — a scenario (it has "schemaVersion") or a game file —
 * returning the parsed value or one line per problem, `FILE: /path: message`.
 */
import { parseGameFile, type GameSpec } from '../cooperative/parseGameFile';
import type { CompiledScenario } from '../scenario/scenario';
import { problemLines, readJsonFile } from './readJson';

export type ModelFile =
  | { ok: true; kind: 'scenario'; scenario: CompiledScenario }
  | { ok: true; kind: 'game'; spec: GameSpec }
  | { ok: false; lines: string[] };

/** Fields only a scenario has: a file with one of them is read as a scenario, version or not. */
const SCENARIO_FIELDS = ['schemaVersion', 'clauses', 'instruments', 'decisionRule', 'calendar'];

export function isScenarioDocument(doc: unknown): boolean {
  return (
    typeof doc === 'object' &&
    doc !== null &&
    !Array.isArray(doc) &&
    SCENARIO_FIELDS.some((f) => f in doc)
  );
}

export async function loadModelFile(file: string): Promise<ModelFile> {
  const read = await readJsonFile(file);
  if (!read.ok) return { ok: false, lines: [`${file}: ${read.message}`] };
  if (isScenarioDocument(read.value)) {
    const { parseScenario } = await import('../scenario/parse');
    const parsed = parseScenario(read.value);
    if (!parsed.ok)
      return {
        ok: false,
        lines: problemLines(file, parsed.errors),
      };
    return { ok: true, kind: 'scenario', scenario: parsed.value };
  }
  const parsed = parseGameFile(read.value);
  if (!parsed.ok)
    return {
      ok: false,
      lines: problemLines(file, parsed.errors),
    };
  return { ok: true, kind: 'game', spec: parsed.value };
}
