/**
 * Bad input to the CLI's files (issue "bad input never loses work"): `--save` never
 * overwrites what the command reads and is checked before any work; replay resolves a
 * save's scenario id against the bundled models only; terminal output escapes control
 * characters.
 */
import { describe, expect, test } from 'vitest';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './cliHarness';
import { printable } from '../../engine/cli/printable';
import { saveChecksum } from '../../engine/simulation/savedGame';

const dir = mkdtempSync(join(tmpdir(), 'summit-save-'));
const scenarioCopy = () => {
  const path = join(dir, `moscow-${Math.random().toString(36).slice(2)}.json`);
  copyFileSync('models/moscow-2008.json', path);
  return path;
};

describe('--save is checked before the work and never overwrites an input', () => {
  test.each(['simulate', 'play'])(
    '%s --save onto its own scenario is refused, the file intact',
    async (cmd) => {
      const scenario = scenarioCopy();
      const before = readFileSync(scenario, 'utf8');
      const extra = cmd === 'play' ? ['--role', 'BLR'] : ['--games', '2'];
      const r = await cli(cmd, scenario, ...extra, '--save', scenario);
      expect(r.code).toBe(2);
      expect(r.err.join('\n')).toContain(`would overwrite ${scenario}, which this command reads`);
      expect(readFileSync(scenario, 'utf8')).toBe(before);
      // The same file by another spelling of its path.
      const other = await cli(
        cmd,
        scenario,
        ...extra,
        '--save',
        join(dir, '.', '..', dir.split('/').at(-1)!, scenario.split('/').at(-1)!),
      );
      expect(other.code).toBe(2);
      expect(readFileSync(scenario, 'utf8')).toBe(before);
    },
  );

  test('a folder, a missing folder or a bare --save fail at once with exit 2', async () => {
    const scenario = scenarioCopy();
    const cases: [string[], RegExp][] = [
      [['--save', dir], /is a folder; name a file/],
      [['--save', join(dir, 'no', 'such', 'x.json')], /the folder .* does not exist/],
      [['--save'], /--save needs a value/],
    ];
    for (const [flags, message] of cases) {
      // A million games would take minutes: the check must come first.
      const r = await cli('simulate', scenario, '--games', '1000000', ...flags);
      expect(r.code).toBe(2);
      expect(r.err.join('\n')).toMatch(message);
    }
  });

  test('a save is written whole, with no temporary file left beside it', async () => {
    const folder = join(dir, 'out');
    mkdirSync(folder);
    const target = join(folder, 'game.json');
    writeFileSync(target, 'an older save');
    const r = await cli('simulate', 'models/moscow-2008.json', '--games', '1', '--save', target);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8')).format).toBe('summit-lab-game');
    expect(readdirSync(folder)).toEqual(['game.json']);
  });
});

describe('replay opens bundled scenarios by id only', () => {
  async function savedWithId(scenarioId: string): Promise<string> {
    const path = join(dir, `s-${Math.random().toString(36).slice(2)}.json`);
    await cli('simulate', 'models/moscow-2008.json', '--games', '1', '--save', path);
    const doc = JSON.parse(readFileSync(path, 'utf8'));
    doc.scenarioId = scenarioId;
    // A deliberate edit, checksum recomputed: the id itself must still be refused.
    doc.checksum = saveChecksum(doc);
    writeFileSync(path, JSON.stringify(doc));
    return path;
  }

  test.each([
    '../package',
    '../../../../etc/passwd',
    '../tests/cli/fixtures',
    'moscow-2008/../../package',
    'scenario.schema',
    '/etc/hostname',
  ])('scenarioId %j is refused without opening any file', async (id) => {
    const save = await savedWithId(id);
    const r = await cli('replay', save);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain('is not a bundled scenario');
    expect(r.err[0]).toContain('moscow-2008');
    expect(r.out).toEqual([]);
  });

  test('a bundled id still replays', async () => {
    const r = await cli('replay', await savedWithId('moscow-2008'));
    expect(r.code).toBe(0);
  });
});

describe('terminal output', () => {
  test('control characters and ANSI escapes are shown, not obeyed', () => {
    expect(printable('BLR\u001b[2J\u001b[31mred\u0007\r')).toBe(
      'BLR\\u{1b}[2J\\u{1b}[31mred\\u{7}\\u{d}',
    );
    expect(printable('a\tb\nc — ü')).toBe('a\tb\nc — ü');
    expect(printable('\u009b31m')).toBe('\\u{9b}31m');
  });
});

describe('arguments that used to do nothing, or half of what they said', () => {
  test('a flag given twice is refused instead of keeping only the last', async () => {
    const r = await cli('simulate', 'models/moscow-2008.json', '--seed', '1', '--seed', '2');
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain('--seed is given twice');
  });

  test('sweeping one parameter twice is refused', async () => {
    const r = await cli(
      'sweep',
      'models/moscow-2008.json',
      '--param',
      'west_BLR=1:2:3',
      '--param',
      'west_BLR=3:4:3',
    );
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain('parameter "west_BLR" is swept twice');
  });

  test.each(['toString', 'constructor', 'hasOwnProperty'])(
    'sweeping %s (a property of every object, not a parameter) is refused',
    async (name) => {
      const r = await cli('sweep', 'models/moscow-2008.json', '--param', `${name}=1:2:3`);
      expect(r.code).toBe(2);
      expect(r.err.join('\n')).toContain(`unknown parameter "${name}"`);
    },
  );

  test.each([',', ' , ', ',,'])('--strategies %j names nothing and is refused', async (list) => {
    const r = await cli('tournament', 'models/moscow-2008.json', '--strategies', list);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain('--strategies names no strategy');
  });

  test('--workers beyond the cores runs on at most one worker per core', async () => {
    const r = await cli(
      'tournament',
      'models/moscow-2008.json',
      '--strategies',
      'rational',
      '--games',
      '1',
      '--workers',
      '256',
    );
    expect(r.code).toBe(0);
    const used = Number(/(\d+) worker\(s\)/.exec(r.out.join('\n'))?.[1]);
    const { availableParallelism } = await import('node:os');
    expect(used).toBeLessThanOrEqual(availableParallelism());
  });
});
