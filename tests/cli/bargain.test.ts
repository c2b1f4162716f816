import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cli, tempFile } from './cliHarness';
import { parseBargainFile } from '../../engine/bargaining/bargainFile';

describe('cli bargain', () => {
  test('nash, kalai-smorodinsky and egalitarian print {"solution": [u1, u2]}', async () => {
    for (const kind of ['nash', 'kalai-smorodinsky', 'egalitarian']) {
      const f = tempFile({
        kind,
        disagreement: [0, 0],
        frontier: [
          [0, 1],
          [1, 0],
        ],
      });
      const { code, out } = await cli('bargain', f, '--json');
      expect(code).toBe(0);
      expect(JSON.parse(out[0] as string)).toEqual({
        solution: [0.5, 0.5],
        exact: { solution: ['1/2', '1/2'] },
      });
    }
  });

  test('rubinstein prints shares, infinite or finite horizon', async () => {
    const inf = await cli(
      'bargain',
      tempFile({ kind: 'rubinstein', discount: [0.9, 0.9], firstMover: 0 }),
      '--json',
    );
    const parsed = JSON.parse(inf.out[0] as string);
    expect(parsed.shares[0]).toBeCloseTo(10 / 19, 12);
    expect(parsed.exact.shares).toEqual(['10/19', '9/19']);
    const fin = await cli(
      'bargain',
      tempFile({ kind: 'rubinstein', discount: [0.9, 0.8], firstMover: 0, rounds: 2 }),
      '--json',
    );
    expect(JSON.parse(fin.out[0] as string).shares[0]).toBeCloseTo(0.2, 12);
  });

  test('vote-buying prints cost and bribes', async () => {
    const f = tempFile({ kind: 'vote-buying', preferences: [0, 0, 0], rivalBudget: 1, quota: 2 });
    const r = JSON.parse((await cli('bargain', f, '--json')).out[0] as string);
    expect(r.cost).toBeCloseTo(1.5, 12);
    expect(r.bribes).toEqual([0.5, 0.5, 0.5]);
  });

  test.each([
    [{ kind: 'haggle' }, '/kind: must be one of'],
    [
      { kind: 'rubinstein', discount: [1, 0.5], firstMover: 0 },
      '/discount/0: a discount factor must be in [0, 1)',
    ],
    [{ kind: 'rubinstein', discount: [0.5, 0.5], firstMover: 2 }, '/firstMover: must be 0 or 1'],
    [{ kind: 'nash', disagreement: [0], frontier: [[1, 1]] }, '/disagreement: must be two numbers'],
    [{ kind: 'nash', disagreement: [0, 0], frontier: [[1, 'x']] }, '/frontier/0: must be a point'],
    [
      { kind: 'vote-buying', preferences: [1, 2], rivalBudget: 1, quota: 3 },
      '/quota: must be a whole number',
    ],
  ])('rejects %j with exit 2', async (doc, message) => {
    const f = tempFile(doc);
    const { code, err } = await cli('bargain', f);
    expect(code).toBe(2);
    expect(err[0]).toContain(`${f}: ${message}`);
  });

  test('the parser never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (doc) => {
        parseBargainFile(doc);
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});
