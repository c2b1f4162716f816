/**
 * Size of the JavaScript a visitor downloads before the first screen is interactive:
 * the entry chunk and the chunks it imports statically (gzip), from a production build.
 * Lazily loaded chunks (the play engine, the solver worker, HiGHS) are listed apart.
 */
import { build } from 'vite';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Rollup } from 'vite';

export async function bundleSizes(
  root: string,
): Promise<{ initial: number; lazy: Record<string, number> }> {
  const outDir = mkdtempSync(join(tmpdir(), 'summit-size-'));
  const result = (await build({
    root: join(root, 'ui'),
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'silent',
    build: { outDir, emptyOutDir: true },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = outputs.filter((o): o is Rollup.OutputChunk => o.type === 'chunk');
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file))).length;
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('no entry chunk');
  const initial = new Set<string>([entry.fileName]);
  const visit = (c: Rollup.OutputChunk) => {
    for (const f of c.imports) {
      if (initial.has(f)) continue;
      initial.add(f);
      const next = chunks.find((x) => x.fileName === f);
      if (next) visit(next);
    }
  };
  visit(entry);
  const lazy: Record<string, number> = {};
  for (const o of outputs)
    if (!initial.has(o.fileName) && /\.(js|wasm)$/.test(o.fileName))
      lazy[o.fileName] = gz(o.fileName);
  return { initial: [...initial].reduce((s, f) => s + gz(f), 0), lazy };
}
