import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseGameFile } from '../../engine/cooperative/parseGameFile';

const errorsOf = (doc: unknown) => {
  const r = parseGameFile(doc);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('parseGameFile', () => {
  test('the three forms parse; unlisted coalitions are worth 0', () => {
    const v = parseGameFile({ players: ['A', 'B'], v: { 'B+A': 3 } });
    expect(v.ok && v.value.kind === 'tu' && Array.from(v.value.game.v)).toEqual([0, 0, 0, 3]);
    const values = parseGameFile({ values: [0, 1, 2, 4] });
    expect(values.ok && values.value.game?.players).toEqual(['1', '2']);
    const w = parseGameFile({ weights: [2, 1, 1], quota: 3 });
    expect(w.ok && w.value.kind === 'weighted' && Array.from(w.value.game?.v ?? [])).toEqual([
      0, 0, 0, 1, 0, 1, 0, 1,
    ]);
  });

  test('errors name the JSON path', () => {
    expect(errorsOf({ players: ['A', 'B'], v: { '': 1 } })).toEqual([
      '/v/: v(∅), the empty coalition, must be 0',
    ]);
    expect(errorsOf({ players: ['A', 'B'], v: { 'A+B': 1, 'B+A': 2 } })).toEqual([
      '/v/B+A: coalition "B+A" is given twice (also as "A+B")',
    ]);
    expect(errorsOf({ players: ['A+B'], v: {} })).toEqual([
      '/players/0: player id "A+B" must not contain "+"',
    ]);
    expect(errorsOf({ players: ['A'], v: { 'A+Z': 1 } })).toEqual([
      '/v/A+Z: unknown player "Z" in coalition "A+Z"',
    ]);
    expect(errorsOf({ values: [0, 1, 2] })).toEqual([
      '/values: has 3 entries; it needs 2^n (1, 2, 4, 8, …), one per coalition',
    ]);
    expect(errorsOf({ values: [1, 1] })).toEqual([
      '/values/0: v(∅), the empty coalition, must be 0',
    ]);
    expect(errorsOf({ players: ['A', 'A'], values: [0, 0, 0, 1] })).toEqual([
      '/players/1: player id "A" is given twice',
    ]);
    expect(errorsOf({ weights: [1, -1], quota: 1 })).toEqual([
      '/weights/1: must be a non-negative number',
    ]);
    expect(errorsOf({ weights: [1, 1] })).toEqual([
      '/quota: is required with "weights" and must be a number',
    ]);
    expect(errorsOf({ players: ['A'], v: { A: 'x' } })).toEqual([
      '/v/A: worth must be a finite number',
    ]);
    expect(errorsOf({ v: {}, values: [0] })).toEqual([': give only one of "v", "values"']);
    expect(errorsOf({ valuse: [0] })).toEqual(['/valuse: unknown field "valuse"']);
    expect(errorsOf([1, 2])).toEqual([': a game file must be a JSON object']);
  });

  test('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (doc) => {
        parseGameFile(doc);
        return true;
      }),
      { numRuns: 2000 },
    );
  });

  test('never throws on mutated game files', () => {
    const field = fc.constantFrom('players', 'v', 'values', 'weights', 'quota');
    fc.assert(
      fc.property(fc.dictionary(field, fc.jsonValue()), (doc) => {
        const r = parseGameFile(doc);
        return r.ok || r.errors.length > 0;
      }),
      { numRuns: 2000 },
    );
  });
});
