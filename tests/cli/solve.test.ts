import { describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { cli, tempFile } from './cliHarness';

const GLOVE = 'models/textbook/glove.json';

describe('cli solve', () => {
  test('--json prints one object per file with every concept keyed by player id', async () => {
    const { code, out } = await cli('solve', GLOVE, 'models/textbook/talmud-200.json', '--json');
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
    const glove = JSON.parse(out[0] as string);
    expect(glove.players).toEqual(['L', 'R1', 'R2']);
    expect(Object.keys(glove)).toEqual([
      'players',
      'shapley',
      'banzhaf',
      'banzhafNormalized',
      'nucleolus',
      'prenucleolus',
      'tau',
      'gately',
      'core',
      'leastCore',
      'exact',
      'notes',
    ]);
    expect(glove.exact.shapley).toEqual({ L: '2/3', R1: '1/6', R2: '1/6' });
    expect(glove.core).toEqual({ empty: false });
    expect(glove.leastCore.epsilon).toBe(0);
    const talmud = JSON.parse(out[1] as string);
    expect(talmud.nucleolus).toEqual({ A: 50, B: 75, C: 75 });
  });

  test('weighted games add the voting power indices', async () => {
    const { out } = await cli('solve', 'models/textbook/eec-1958.json', '--json');
    const r = JSON.parse(out[0] as string);
    expect(r.exact.shapleyShubik).toEqual({
      France: '7/30',
      Germany: '7/30',
      Italy: '7/30',
      Belgium: '3/20',
      Netherlands: '3/20',
      Luxembourg: '0',
    });
    expect(r.exact.banzhafNormalized.Belgium).toBe('1/7');
    for (const k of ['deeganPackel', 'publicGood', 'johnston']) expect(r[k]).not.toBeNull();
  });

  test('--concepts restricts the output', async () => {
    const { out } = await cli('solve', GLOVE, '--json', '--concepts', 'shapley,core');
    expect(Object.keys(JSON.parse(out[0] as string))).toEqual([
      'players',
      'shapley',
      'core',
      'exact',
      'notes',
    ]);
  });

  test('a concept that does not exist is null with a reason; the rest is printed', async () => {
    const { code, out } = await cli('solve', tempFile({ values: [0, 2, 2, 3] }), '--json');
    const r = JSON.parse(out[0] as string);
    expect(code).toBe(0);
    expect(r.nucleolus).toBeNull();
    expect(r.notes.nucleolus).toMatch(/imputation set is empty/);
    expect(r.prenucleolus).toEqual({ 1: 1.5, 2: 1.5 });
  });

  test('large weighted bodies: exact DP indices, the rest null with a reason', async () => {
    const { out } = await cli('solve', 'models/textbook/us-electoral-college-2024.json', '--json');
    const r = JSON.parse(out[0] as string);
    expect(Object.keys(r.shapleyShubik)).toHaveLength(51);
    expect(r.nucleolus).toBeNull();
    expect(r.notes.nucleolus).toMatch(/at most 22 players/);
  });

  test('bad files: exit 2, one line per problem naming the file and path; good files still solved', async () => {
    const bad = tempFile({ players: ['A', 'B'], v: { 'A+B': 1, 'B+A': 2 } });
    const { code, out, err } = await cli('solve', bad, GLOVE, '--json');
    expect(code).toBe(2);
    expect(out).toHaveLength(1);
    expect(err).toEqual([`${bad}: /v/B+A: coalition "B+A" is given twice (also as "A+B")`]);
  });

  test.each([
    [{ players: ['A'], v: { '': 3 } }, '/v/: v(∅), the empty coalition, must be 0'],
    [{ players: ['A+B'], v: {} }, '/players/0: player id "A+B" must not contain "+"'],
    [{ players: ['A'], v: { B: 1 } }, '/v/B: unknown player "B" in coalition "B"'],
    [{ values: [0, 1, 1] }, '/values: has 3 entries'],
  ])('rejects %j', async (doc, message) => {
    const f = tempFile(doc);
    const { code, err } = await cli('solve', f);
    expect(code).toBe(2);
    expect(err[0]).toContain(`${f}: ${message}`);
  });

  test('unreadable and non-JSON files are one clear line each', async () => {
    const notJson = tempFile('{ "players": [', true);
    const { code, err } = await cli('solve', 'missing.json', notJson);
    expect(code).toBe(2);
    expect(err[0]).toBe('missing.json: no such file');
    expect(err[1]).toMatch(new RegExp(`^${notJson}: not valid JSON`));
  });

  test('usage errors exit 2', async () => {
    expect((await cli('solve')).code).toBe(2);
    expect((await cli('solve', GLOVE, '--concepts', 'nope')).err[0]).toMatch(
      /unknown concept "nope"/,
    );
    expect((await cli('solve', GLOVE, '--frobnicate')).err[0]).toMatch(
      /unknown option --frobnicate/,
    );
    expect((await cli('launch')).code).toBe(2);
  });

  test('human-readable output is a table with fractions', async () => {
    const { out } = await cli('solve', GLOVE);
    expect(out[0]).toMatch(/shapley\s+0\.666667 \(2\/3\)/);
  });

  test('works through npm with no build step, and prints no stack trace on bad input', () => {
    const json = execFileSync('npm', ['run', '-s', 'cli', '--', 'solve', GLOVE, '--json'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(json).exact.shapley.L).toBe('2/3');
    const bad = spawnSync('npm', ['run', '-s', 'cli', '--', 'solve', 'nope.json'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('nope.json: no such file');
  }, 60_000); // two real processes through npm and tsx
});
