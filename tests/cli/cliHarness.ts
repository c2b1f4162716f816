/** Run the CLI in-process with captured output, and write temporary input files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../engine/cli/run';

export async function cli(
  ...argv: string[]
): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'summit-cli-'));
let counter = 0;

/** Write a JSON value (or raw text) to a fresh file and return its path. */
export function tempFile(content: unknown, raw = false): string {
  const path = join(dir, `f${++counter}.json`);
  writeFileSync(path, raw ? String(content) : JSON.stringify(content));
  return path;
}
