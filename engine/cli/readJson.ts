/** Read and parse a JSON file, turning every failure into a one-line message for the user. */
import { readFile } from 'node:fs/promises';
import { parseJsonText } from '../shared/jsonText';

export type ReadResult = { ok: true; value: unknown } | { ok: false; message: string };

export async function readJsonFile(path: string): Promise<ReadResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot be read (${code ?? 'error'})`;
    return { ok: false, message: why };
  }
  return parseJsonText(text);
}

/** One line per problem, the CLI's error format: `FILE: /json/path: message`. */
export function problemLines(
  file: string,
  problems: readonly { path: string; message: string }[],
): string[] {
  return problems.map((e) => `${file}: ${e.path || '/'}: ${e.message}`);
}

/** Read a JSON file, or write why not to stderr and return undefined. */
export async function readJsonOrReport(
  file: string,
  io: { err(line: string): void },
): Promise<{ value: unknown } | undefined> {
  const read = await readJsonFile(file);
  if (read.ok) return { value: read.value };
  io.err(`${file}: ${read.message}`);
  return undefined;
}
