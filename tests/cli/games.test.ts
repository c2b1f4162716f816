import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, tempFile } from './cliHarness';
import { saveChecksum } from '../../engine/simulation/savedGame';

const MOSCOW = 'models/moscow-2008.json';
const dir = mkdtempSync(join(tmpdir(), 'summit-games-'));

describe('cli simulate', () => {
  test('--json prints the summary contract, and the same arguments print the same bytes', async () => {
    const args = [
      'simulate',
      MOSCOW,
      '--games',
      '30',
      '--seed',
      '7',
      '--agents',
      'RUS=boulware,BLR=tit-for-tat',
      '--json',
    ];
    const a = await cli(...args);
    const b = await cli(...args);
    expect(a.code).toBe(0);
    expect(a.out).toEqual(b.out);
    const r = JSON.parse(a.out[0] as string);
    expect(Object.keys(r)).toEqual([
      'games',
      'adopted',
      'adoptionRate',
      'texts',
      'meanPayments',
      'meanPayoffs',
    ]);
    expect(r.games).toBe(30);
    expect(r.adoptionRate).toBe(r.adopted / 30);
    expect(Object.values(r.texts as Record<string, number>).reduce((s, x) => s + x, 0)).toBe(30);
    for (const key of Object.keys(r.texts)) {
      // Clause ids in model order, or "none".
      expect(key === 'none' || key.startsWith('nato-warning')).toBe(true);
    }
    expect(Object.keys(r.meanPayments)).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK', 'UZB']);
  });

  test('replay: --history with the history-2008 profile adopts the recorded text', async () => {
    const r = JSON.parse(
      (
        await cli(
          'simulate',
          MOSCOW,
          '--games',
          '3',
          '--history',
          '--agents',
          'RUS=history-2008',
          '--json',
        )
      ).out[0] as string,
    );
    expect(r.texts).toEqual({
      'nato-warning+concern-force+no-double-standards+support-russia-role': 3,
    });
  });

  test.each([
    [['--agents', 'XYZ=rational'], /unknown player "XYZ"/],
    [['--agents', 'RUS=greedy'], /unknown strategy "greedy"/],
    [['--games', '0'], /--games must be a whole number from 1/],
    [['--seed', 'abc'], /--seed must be a whole number/],
  ])('bad arguments %j exit 2 with one line', async (extra, message) => {
    const { code, err } = await cli('simulate', MOSCOW, ...extra);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });

  test('a game file or a cost game is not playable', async () => {
    expect((await cli('simulate', 'models/textbook/glove.json')).err[0]).toMatch(
      /is a game file, not a scenario/,
    );
    expect((await cli('simulate', 'models/rapid-reaction-force-2009.json')).err[0]).toMatch(
      /no negotiation to play/,
    );
  });
});

describe('cli replay', () => {
  test('a saved game replays in full, or from one role’s view', async () => {
    const save = join(dir, 'g.json');
    await cli('simulate', MOSCOW, '--games', '1', '--seed', '4', '--save', save);
    const full = await cli('replay', save);
    expect(full.code).toBe(0);
    expect(full.out.join('\n')).toContain('full view (private values revealed)');
    const asKaz = await cli('replay', save, '--as', 'KAZ');
    const text = asKaz.out.join('\n');
    expect(text).toContain('as seen by KAZ');
    expect(text).not.toMatch(/RUS offers BLR/);
  });

  test('corrupt and unknown saves are clear errors', async () => {
    const bad = tempFile({ format: 'summit-lab-game', version: 7 });
    expect((await cli('replay', bad)).err).toEqual([
      `${bad}: saved-game version 7 is not supported; this Summit Lab reads versions 1 and 2`,
    ]);
    const save = join(dir, 'h.json');
    await cli('simulate', MOSCOW, '--games', '1', '--seed', '4', '--save', save);
    const doc = JSON.parse(readFileSync(save, 'utf8'));
    doc.events[2].actor = 'TJK';
    const edited = await cli('replay', tempFile(doc));
    expect(edited.code).toBe(2);
    expect(edited.err[0]).toMatch(/\/checksum does not match: the game was edited/);
    // Edited with the checksum recomputed: the rules still refuse the move.
    doc.checksum = saveChecksum(doc);
    const r = await cli('replay', tempFile(doc));
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(/\/events\/2: .* is not legal here/);
  });
});

describe('cli tournament', () => {
  test('every strategy in every role, ranked; the same with one worker or several', async () => {
    const args = [
      'tournament',
      MOSCOW,
      '--strategies',
      'rational,boulware',
      '--games',
      '5',
      '--json',
    ];
    const one = await cli(...args, '--workers', '1');
    const r = JSON.parse(one.out[0] as string);
    expect(Object.keys(r.byRole)).toEqual(['RUS', 'ARM', 'BLR', 'KAZ', 'KGZ', 'TJK', 'UZB']);
    for (const cells of Object.values(r.byRole) as {
      strategy: string;
      mean: number;
      ci95: number;
    }[][]) {
      expect(cells.map((c) => c.strategy).sort()).toEqual(['boulware', 'rational']);
      expect(cells[0]!.mean).toBeGreaterThanOrEqual(cells[1]!.mean);
      for (const c of cells) expect(c.ci95).toBeGreaterThanOrEqual(0);
    }
    expect(r.ranking.map((x: { strategy: string }) => x.strategy).sort()).toEqual([
      'boulware',
      'rational',
    ]);
    const spawned = spawnSync('npm', ['run', '-s', 'cli', '--', ...args, '--workers', '2'], {
      encoding: 'utf8',
    });
    expect(spawned.status).toBe(0);
    expect(spawned.stdout.trim()).toBe(one.out[0]);
  }, 120_000);
});

describe('cli tournament: strategies that bargain differently (issue 13)', () => {
  test('no two strategies tie overall, Russia’s strategies all differ, ties are marked', async () => {
    const run = await cli('tournament', MOSCOW, '--games', '20', '--json');
    const r = JSON.parse(run.out[0] as string) as {
      byRole: Record<string, { strategy: string; mean: number; rank: number }[]>;
      ranking: { strategy: string; meanRank: number }[];
    };
    const overall = r.ranking.map((x) => x.meanRank);
    expect(new Set(overall).size).toBe(overall.length);
    const rus = (r.byRole.RUS ?? []).map((c) => c.mean);
    expect(rus.length).toBe(6);
    expect(new Set(rus).size).toBe(6);
    // The 2008 profile is Russia's alone; members in it would play rational.
    for (const [role, cells] of Object.entries(r.byRole))
      expect(cells.some((c) => c.strategy === 'history-2008')).toBe(role === 'RUS');
    // Kyrgyzstan backs the text for free: there is nothing to bargain, every row ties.
    const kgz = r.byRole.KGZ ?? [];
    expect(new Set(kgz.map((c) => c.rank))).toEqual(new Set([3]));
    const text = await cli('tournament', MOSCOW, '--games', '5');
    expect(text.out.join('\n')).toMatch(/^3=\s+boulware/m);
  }, 120_000);
});

describe('cli play', () => {
  test('a whole game as Belarus from the terminal menu, saved and replayable', () => {
    const save = join(dir, 'p.json');
    const input = Array(80).fill('1').join('\n') + '\n';
    const run = spawnSync(
      'npm',
      ['run', '-s', 'cli', '--', 'play', MOSCOW, '--role', 'BLR', '--seed', '3', '--save', save],
      {
        input,
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('You play Belarus');
    expect(run.stdout).toContain('Debrief:');
    const replay = spawnSync('npm', ['run', '-s', 'cli', '--', 'replay', save], {
      encoding: 'utf8',
    });
    expect(replay.status).toBe(0);
  }, 120_000);

  test('input that ends early stops cleanly with exit 2', () => {
    const run = spawnSync('npm', ['run', '-s', 'cli', '--', 'play', MOSCOW, '--role', 'RUS'], {
      input: '',
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('input ended before the game did');
  }, 60_000);
});
