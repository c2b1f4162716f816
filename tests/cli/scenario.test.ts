import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { cli, tempFile } from './cliHarness';

const MOSCOW = 'models/moscow-2008.json';

describe('cli check', () => {
  test('valid scenario and game files print FILE: ok and exit 0', async () => {
    const { code, out } = await cli('check', MOSCOW, 'models/textbook/glove.json');
    expect(code).toBe(0);
    expect(out).toEqual([`${MOSCOW}: ok`, 'models/textbook/glove.json: ok']);
  });

  test('one line per problem, FILE: /path: message, and exit 2', async () => {
    const doc = JSON.parse(readFileSync(MOSCOW, 'utf8'));
    doc.clauses[2].value.BLR = 'west_BLR * nope';
    doc.parameters.credibility.value = 3;
    const f = tempFile(doc);
    const { code, err, out } = await cli('check', f, MOSCOW);
    expect(code).toBe(2);
    expect(out).toEqual([`${MOSCOW}: ok`]);
    expect(err).toEqual([
      `${f}: /clauses/2/value/BLR: formula "west_BLR * nope": unknown name "nope"`,
    ]);
  });

  test('game files are checked too', async () => {
    const f = tempFile({ values: [1, 0] });
    expect((await cli('check', f)).err).toEqual([
      `${f}: /values/0: v(∅), the empty coalition, must be 0`,
    ]);
  });
});

describe('cli solve on a scenario', () => {
  test('--json prints players, characteristic, solutions, leaderOptimum and sidePayments', async () => {
    const { code, out } = await cli('solve', MOSCOW, '--json');
    expect(code).toBe(0);
    const r = JSON.parse(out[0] as string);
    expect(r.players).toEqual(['RUS', 'ARM', 'BLR', 'KAZ', 'KGZ', 'TJK', 'UZB']);
    expect(Object.keys(r.characteristic)).toHaveLength(127);
    expect(r.characteristic.RUS).toBe(-1);
    expect(r.characteristic.BLR).toBe(-0.4);
    expect(Object.keys(r.characteristic)).toContain('RUS+ARM+BLR+KAZ+KGZ+TJK+UZB');
    expect(Object.keys(r.solutions)).toEqual([
      'shapley',
      'nucleolus',
      'agendaSetter',
      'baronFerejohn',
      'krishnaSerrano',
      'stoleZwiebel',
      'nashInNash',
      'stahl',
      'grosecloseSnyder',
    ]);
    for (const [key, s] of Object.entries(r.solutions) as [string, { payoffs: object | null }][])
      expect(s.payoffs === null ? key : Object.keys(s.payoffs)).toEqual(
        s.payoffs === null ? 'grosecloseSnyder' : r.players,
      );
    expect(r.solutions.nashInNash).toMatchObject({ holdUp: true });
    expect(r.solutions.grosecloseSnyder).toMatchObject({ rival: 'WEST', coalitionSize: 6 });
    expect(r.leaderOptimum.text).toEqual(
      expect.arrayContaining(['nato-warning', 'concern-force', 'support-russia-role']),
    );
    expect(r.leaderOptimum.payments.BLR).toBeGreaterThan(0);
    expect(r.leaderOptimum.cost).toBeGreaterThan(0);
    for (const sp of Object.values(r.sidePayments) as object[]) {
      expect('feasible' in sp ? Object.keys(sp) : Object.keys(sp).sort()).toEqual(
        'feasible' in sp ? ['feasible', 'reason'] : ['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK', 'UZB'],
      );
    }
  });

  test('the Shapley value of the scenario game is efficient', async () => {
    const r = JSON.parse((await cli('solve', MOSCOW, '--json')).out[0] as string);
    const total = Object.values(r.solutions.shapley.payoffs as Record<string, number>).reduce(
      (a, b) => a + b,
      0,
    );
    expect(total).toBeCloseTo(r.characteristic['RUS+ARM+BLR+KAZ+KGZ+TJK+UZB'], 9);
  });

  test('without --json, readable tables', async () => {
    const { out } = await cli('solve', MOSCOW);
    expect(out[0]).toContain("Leader's optimum: nato-warning, concern-force");
    expect(out[0]).toContain('Side payments implied by each concept:');
  });
});
