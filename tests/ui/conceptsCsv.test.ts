/** The Analysis tab's CSV export of the concepts (ui/lib/conceptsCsv.ts). */
import { describe, expect, test } from 'vitest';
import { conceptsCsv } from '../../ui/lib/conceptsCsv';
import { gameReport } from '../../engine/cooperative/gameReport';
import { coreBounds } from '../../engine/cooperative/coreBounds';
import { loadSpec } from '../cooperative/loadGame';

describe('concepts CSV', () => {
  test('the glove game: a row per allocation, the bargaining rows, then the core bounds', async () => {
    const spec = loadSpec('glove');
    if (!spec.game) throw new Error('glove has an explicit game');
    const report = await gameReport(spec);
    const bounds = await coreBounds(spec.game);
    if (!bounds.ok) throw new Error(bounds.reason);
    const csv = conceptsCsv(
      report,
      [{ label: 'Agenda setter', values: { L: 1, R1: 0 } }],
      bounds.value,
    );
    const rows = csv
      .trim()
      .split('\r\n')
      .map((line) => line.split(','));
    expect(rows[0]).toEqual(['concept', 'L', 'R1', 'R2']);
    const row = (label: string) => rows.find((r) => r[0] === label)?.slice(1);
    const near = (label: string, expected: number[]) =>
      row(label)?.forEach((cell, i) => expect(Number(cell)).toBeCloseTo(expected[i] as number, 9));
    near('shapley', [2 / 3, 1 / 6, 1 / 6]);
    near('nucleolus', [1, 0, 0]);
    // A concept that leaves a player out gets an empty cell, not a zero.
    expect(row('Agenda setter')).toEqual(['1', '0', '']);
    expect(rows.at(-2)?.[0]).toBe('core min');
    expect(rows.at(-1)?.[0]).toBe('core max');
    near('core min', [1, 0, 0]);
    near('core max', [1, 0, 0]);
  });
});
