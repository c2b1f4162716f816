/**
 * Docs run: every JSON example in README.md parses as the file it claims to be, and every
 * `@example` in the public API's doc comments has a twin assertion here.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import * as api from '../engine/index';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const jsonBlocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].flatMap((m) =>
  (m[1] as string).split('\n').filter((line) => line.trim().startsWith('{')),
);

describe('README examples', () => {
  test('there are JSON examples to check', () => {
    expect(jsonBlocks.length).toBeGreaterThanOrEqual(6);
  });

  test.each(jsonBlocks)('parses: %s', (line) => {
    const doc = JSON.parse(line) as Record<string, unknown>;
    const result = 'kind' in doc ? api.parseBargainFile(doc) : api.parseGameFile(doc);
    expect(result.ok).toBe(true);
  });

  test('the quick start commands are the two the guide promises', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });
});

describe('@example twins', () => {
  test('shapleyValue(glove) → [2/3, 1/6, 1/6]', () => {
    expect(
      api.approxEqualVectors(api.shapleyValue(api.gameFromValues([0, 0, 0, 1, 0, 1, 0, 1])), [
        2 / 3,
        1 / 6,
        1 / 6,
      ]),
    ).toBe(true);
  });
  test('nashBargainingSolution([0, 0], [[0, 1], [1, 0]]) → [0.5, 0.5]', () => {
    expect(
      api.nashBargainingSolution(
        [0, 0],
        [
          [0, 1],
          [1, 0],
        ],
      ),
    ).toEqual([0.5, 0.5]);
  });
  test('rubinsteinShares([0.9, 0.9], 0) → [10/19, 9/19]', () => {
    expect(api.approxEqualVectors(api.rubinsteinShares([0.9, 0.9], 0), [10 / 19, 9 / 19])).toBe(
      true,
    );
  });
  test('voteBuying([0, 0, 0], 1, 2).cost → 1.5', () => {
    expect(api.voteBuying([0, 0, 0], 1, 2).cost).toBeCloseTo(1.5, 12);
  });
  test('reconstructRational(0.6666666666667) → 2/3', () => {
    const r = api.reconstructRational(0.6666666666667);
    expect(r && api.formatRational(r)).toBe('2/3');
  });
  test('gameFromValues([0, 0, 0, 1]): two players who only gain together', () => {
    expect(api.shapleyValue(api.gameFromValues([0, 0, 0, 1]))).toEqual([0.5, 0.5]);
  });
});
