/**
 * Architecture rules no linter states for us: engine/ keeps no module-level mutable state
 * (a hidden cache once made the leader's plan depend on what ran before in the process).
 * Each engine file's top-level statements are read with the TypeScript parser: no `let` or
 * `var`, no mutable collection (`new Map`, `Set`, `WeakMap`, `WeakSet`, `Array`), no
 * empty literal that could only be there to be filled later, and no literal the file itself
 * writes to (a counter object left behind by profiling once slipped through).
 */
import { describe, expect, test } from 'vitest';
import ts from 'typescript';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..');

/**
 * The one allowed exception: the HiGHS WebAssembly runtime is loaded once per process
 * (3.5 MB); it holds no game data, and the browser swaps its loader for the bundled asset.
 */
const ALLOWED = new Set(['engine/shared/lp.ts:loader', 'engine/shared/lp.ts:loaded']);

const MUTABLE = new Set(['Map', 'Set', 'WeakMap', 'WeakSet', 'Array']);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Violations in one file's source text, as "file:name why". */
export function moduleStateViolations(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    const isConst = (st.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const d of st.declarationList.declarations) {
      const name = d.name.getText(sf);
      if (ALLOWED.has(`${file}:${name}`)) continue;
      const init = d.initializer;
      if (!isConst) out.push(`${file}:${name} is a module-level let/var`);
      else if (
        init &&
        ts.isNewExpression(init) &&
        MUTABLE.has(init.expression.getText(sf).replace(/<.*$/, ''))
      )
        out.push(`${file}:${name} is a module-level ${init.expression.getText(sf)}`);
      else if (
        init &&
        ((ts.isArrayLiteralExpression(init) && init.elements.length === 0) ||
          (ts.isObjectLiteralExpression(init) && init.properties.length === 0))
      )
        out.push(`${file}:${name} is an empty module-level literal`);
      else if (
        init &&
        (ts.isArrayLiteralExpression(init) || ts.isObjectLiteralExpression(init)) &&
        writesTo(name, text)
      )
        out.push(`${file}:${name} is a module-level literal the file writes to`);
    }
  }
  return out;
}

/** Whether the text assigns into, increments or calls a mutating method on `name`. */
function writesTo(identifier: string, text: string): boolean {
  const name = identifier.replace(/\$/g, '\\$');
  const target = `\\b${name}(?:\\.\\w+|\\[[^\\]]*\\])+`;
  return (
    new RegExp(`${target}\\s*(?:\\+\\+|--|[-+*/%|&]?=(?!=))`).test(text) ||
    new RegExp(`\\b${name}\\.(?:push|pop|shift|unshift|splice|set|add|delete|clear)\\(`).test(text)
  );
}

describe('engine/ holds no module-level mutable state', () => {
  test('no engine file declares a mutable top-level binding', () => {
    const files = sources(join(ROOT, 'engine'));
    expect(files.length).toBeGreaterThan(50);
    const violations = files.flatMap((f) =>
      moduleStateViolations(relative(ROOT, f), readFileSync(f, 'utf8')),
    );
    expect(violations).toEqual([]);
  });

  test('the check finds the caches it is meant to find', () => {
    const found = moduleStateViolations(
      'engine/x.ts',
      [
        'const cache = new Map<string, number>();',
        'const keys = new WeakMap<object, string>();',
        'let hits = 0;',
        'const memo: Record<string, number> = {};',
        'const fine = Object.freeze({ a: 1 });',
        'export const STATS = { full: 0 };',
        'function g() { STATS.full++; }',
        'const table = { a: 1, b: 2 };',
        'function h() { return table.a === 1; }',
        'function f() { const local = new Map(); let n = 0; return [local, n]; }',
      ].join('\n'),
    );
    expect(found).toEqual([
      'engine/x.ts:cache is a module-level Map',
      'engine/x.ts:keys is a module-level WeakMap',
      'engine/x.ts:hits is a module-level let/var',
      'engine/x.ts:memo is an empty module-level literal',
      'engine/x.ts:STATS is a module-level literal the file writes to',
    ]);
  });
});
