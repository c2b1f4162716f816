/** `bargain FILE [--json]`: solve one bargaining problem file. */
import { parseBargainFile, solveBargain } from '../bargaining/bargainFile';
import { parseArgs, UsageError } from './args';
import { problemLines, readJsonOrReport } from './readJson';
import { formatNumber } from './formatTable';
import type { Io } from './io';

export async function bargainCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, [], ['json']);
  const [file, ...more] = args.positional;
  if (file === undefined || more.length > 0) throw new UsageError('bargain takes exactly one file');
  const read = await readJsonOrReport(file, io);
  if (!read) return 2;
  const parsed = parseBargainFile(read.value);
  if (!parsed.ok) {
    for (const line of problemLines(file, parsed.errors)) io.err(line);
    return 2;
  }
  const result = solveBargain(parsed.value);
  if (args.flags.has('json')) {
    io.out(JSON.stringify(result));
  } else {
    const show = (v: unknown): string =>
      Array.isArray(v)
        ? v.map(show).join(', ')
        : typeof v === 'number'
          ? formatNumber(v)
          : typeof v === 'string'
            ? v
            : v === null
              ? '—'
              : Object.entries(v as object)
                  .map(([k, x]) => `${k} = ${show(x)}`)
                  .join('; ');
    const lines = Object.entries(result).map(([k, v]) => `${k}: ${show(v)}`);
    io.out([file, ...lines].join('\n'));
  }
  return 0;
}
