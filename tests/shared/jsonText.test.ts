/** Repeated JSON keys are found with their path, and only those. */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { duplicateKeys, parseJsonText } from '../../engine/shared/jsonText';
import { cli, tempFile } from '../cli/cliHarness';

describe('duplicateKeys', () => {
  test.each([
    ['{"a": 1, "a": 2}', ['/a']],
    ['{"a": {"b": 1, "c": 2, "b": 3}}', ['/a/b']],
    ['[{"x": 1}, {"x": 2, "x": 3}]', ['/1/x']],
    ['{"a/b": 1, "a/b": 2}', ['/a~1b']],
    ['{"\\u0061": 1, "a": 2}', ['/a']],
    ['{"a": "\\"a\\"", "b": ["a", "a"]}', []],
    ['{"a": 1, "b": {"a": 2}}', []],
  ])('%s → %j', (text, expected) => {
    expect(duplicateKeys(text)).toEqual(expected);
  });

  test('the bundled models have no repeated keys', () => {
    expect(duplicateKeys(readFileSync('models/moscow-2008.json', 'utf8'))).toEqual([]);
  });

  test('any JSON value written by JSON.stringify has none (300 random values)', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        (v) => duplicateKeys(JSON.stringify(v)).length === 0,
      ),
      { numRuns: 300, seed: 3 },
    );
  });

  test('parseJsonText refuses the repetition in words', () => {
    const r = parseJsonText('{"leaderBudget": 1, "leaderBudget": 2}');
    expect(r).toEqual({
      ok: false,
      message: 'a key is given twice, and JSON would silently keep only the last: /leaderBudget',
    });
  });

  test('the CLI refuses a scenario with a key given twice (exit 2)', async () => {
    const text = readFileSync('models/moscow-2008.json', 'utf8').replace(
      '"leaderBudget":',
      '"leaderBudget": 99, "leaderBudget":',
    );
    const file = tempFile(text, true);
    const r = await cli('check', file);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain('a key is given twice');
    expect(r.err.join('\n')).toContain('/leaderBudget');
  });
});
