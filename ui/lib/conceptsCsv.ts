/**
 * The Analysis tab's concepts as CSV: one row per concept that gives every player a number
 * (the game report's allocations, the least core's point, the scenario's bargaining concepts),
 * then the core's lower and upper bounds.
 */
import { toCsv, type CoreBounds, type GameReport } from '../../engine/index';

export interface ConceptRow {
  readonly label: string;
  readonly values: Readonly<Record<string, number>>;
}

export function conceptsCsv(
  report: GameReport,
  extra: readonly ConceptRow[],
  bounds: CoreBounds | null,
): string {
  const { players } = report;
  const rows: (string | number)[][] = [];
  for (const [name, values] of Object.entries(report)) {
    if (name === 'players' || name === 'exact' || name === 'notes' || !values) continue;
    if (typeof values !== 'object') continue;
    const alloc =
      name === 'leastCore'
        ? (values as { allocation: Record<string, number> }).allocation
        : (values as Record<string, number>);
    if (!players.every((p) => typeof alloc[p] === 'number')) continue;
    rows.push([name, ...players.map((p) => alloc[p] as number)]);
  }
  for (const r of extra) rows.push([r.label, ...players.map((p) => r.values[p] ?? '')]);
  if (bounds) {
    rows.push(['core min', ...bounds.lower]);
    rows.push(['core max', ...bounds.upper]);
  }
  return toCsv(['concept', ...players], rows);
}
