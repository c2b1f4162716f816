/** `solve FILE... [--concepts a,b] [--json]`: every solution concept of each game file. */
import {
  ALL_CONCEPTS,
  gameReport,
  type ConceptName,
  type GameReport,
} from '../cooperative/gameReport';
import { parseArgs, UsageError } from './args';
import { loadModelFile } from './loadModelFile';
import { problemLines } from './readJson';
import { formatNumber, formatTable } from './formatTable';
import type { Io } from './io';

function parseConcepts(raw: string | true | undefined): ConceptName[] {
  if (raw === undefined || raw === true) return [...ALL_CONCEPTS];
  const names = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!(ALL_CONCEPTS as readonly string[]).includes(name)) {
      throw new UsageError(`unknown concept "${name}" (known: ${ALL_CONCEPTS.join(', ')})`);
    }
  }
  return names as ConceptName[];
}

function humanReport(file: string, report: GameReport): string {
  const rows: string[][] = [];
  const extra: string[] = [];
  for (const [key, value] of Object.entries(report)) {
    if (key === 'players' || key === 'exact' || key === 'notes') continue;
    if (value === null) {
      extra.push(`${key}: — (${report.notes[key] ?? 'not defined'})`);
    } else if (key === 'core') {
      extra.push(`core: ${(value as { empty: boolean }).empty ? 'empty' : 'non-empty'}`);
    } else if (key === 'leastCore') {
      const lc = value as { epsilon: number; allocation: Record<string, number> };
      rows.push(['leastCore', ...report.players.map((p) => formatNumber(lc.allocation[p] ?? NaN))]);
      extra.push(`leastCore: epsilon = ${formatNumber(lc.epsilon)}`);
    } else {
      const map = value as Record<string, number>;
      const exact = report.exact[key] as Record<string, string> | undefined;
      rows.push([
        key,
        ...report.players.map(
          (p) =>
            formatNumber(map[p] ?? NaN) +
            (exact && exact[p]?.includes('/') ? ` (${exact[p]})` : ''),
        ),
      ]);
    }
  }
  return [`${file}`, formatTable(['concept', ...report.players], rows), ...extra, ''].join('\n');
}

export async function solveCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['concepts'], ['json']);
  const concepts = parseConcepts(args.flags.get('concepts'));
  if (args.positional.length === 0) throw new UsageError('solve needs at least one game file');
  let status = 0;
  for (const file of args.positional) {
    const loaded = await loadModelFile(file);
    if (!loaded.ok) {
      for (const line of loaded.lines) io.err(line);
      status = 2;
      continue;
    }
    if (loaded.kind === 'scenario') {
      const { solveScenario } = await import('../scenario/solveScenario');
      const { scenarioTables } = await import('./scenarioTables');
      const solved = await solveScenario(loaded.scenario);
      if (!solved.ok) {
        for (const line of problemLines(file, solved.errors)) io.err(line);
        status = 2;
        continue;
      }
      io.out(
        args.flags.has('json') ? JSON.stringify(solved.value) : scenarioTables(file, solved.value),
      );
      continue;
    }
    const report = await gameReport(loaded.spec, concepts);
    io.out(args.flags.has('json') ? JSON.stringify(report) : humanReport(file, report));
  }
  return status;
}
