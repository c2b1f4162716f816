/**
 * Docs run: every JSON example in README.md parses as the file it claims to be, and every
 * `@example` in the engine's doc comments is extracted and run (no hand-written copies).
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

/**
 * Every `@example EXPR // … → EXPECTED` in engine/'s doc comments, run as written: EXPR is
 * evaluated with the public API (engine/index.ts) in scope and compared with EXPECTED
 * (numbers and arrays to 1e-9; a Rational as num/den). The text after "→" ends at ": ".
 */
function examples(): { file: string; expr: string; expected: string }[] {
  const out: { file: string; expr: string; expected: string }[] = [];
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
    });
  for (const file of walk(fileURLToPath(new URL('../engine', import.meta.url)))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/@example (.+?) \/\/ [^\n]*?→ ([^\n]+)/g)) {
      out.push({
        file: file.slice(file.indexOf('engine/')),
        expr: (m[1] as string).trim(),
        expected: (m[2] as string).split(': ')[0]!.trim(),
      });
    }
  }
  return out;
}

/** A value as plain numbers: a Rational becomes num/den. */
function plain(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(plain);
  if (x && typeof x === 'object' && 'num' in x && 'den' in x)
    return Number((x as { num: bigint }).num) / Number((x as { den: bigint }).den);
  return x;
}

function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return api.approxEqual(a, b);
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return false;
}

const run = (code: string): unknown =>
  // The examples are this repository's own doc comments, evaluated with the API in scope.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  new Function(...Object.keys(api), `return (${code});`)(...Object.values(api));

describe('@example in the doc comments', () => {
  const found = examples();

  test('the public API documents its examples', () => {
    expect(found.length).toBeGreaterThanOrEqual(6);
  });

  test.each(found)('$file: $expr → $expected', ({ expr, expected }) => {
    expect(same(plain(run(expr)), plain(run(expected)))).toBe(true);
  });

  test('a wrong expectation fails the comparison', () => {
    expect(same(plain(run('rubinsteinShares([0.9, 0.9], 0)')), plain(run('[9/19, 10/19]')))).toBe(
      false,
    );
  });
});

describe("README's architecture map", () => {
  const block = /## Architecture\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const listed = new Set<string>();
  let parent = '';
  for (const line of block.split('\n')) {
    const m = /^(\s*)(\S+\/)\s/.exec(line);
    if (!m) continue;
    const name = m[2] as string;
    if ((m[1] as string).length === 0) parent = name;
    listed.add(((m[1] as string).length === 0 ? '' : parent) + name);
  }
  const folders = (dir: string) =>
    readdirSync(fileURLToPath(new URL(`../${dir}`, import.meta.url)), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `${dir}${d.name}/`);

  test('lists every folder of engine/ and ui/components/, and only folders that exist', () => {
    expect(listed.size).toBeGreaterThan(15);
    for (const f of [...folders('engine/'), ...folders('ui/components/'), 'ui/lib/'])
      expect(listed, `${f} is in the map`).toContain(f);
    for (const f of listed)
      expect(statSync(fileURLToPath(new URL(`../${f}`, import.meta.url))).isDirectory()).toBe(true);
  });
});
