/** `check FILE...`: validate scenario and game files; `FILE: ok`, or one line per problem and exit 2. */
import { parseArgs, UsageError } from './args';
import { loadModelFile } from './loadModelFile';
import type { Io } from './io';

export async function checkCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, [], []);
  if (args.positional.length === 0) throw new UsageError('check needs at least one file');
  let status = 0;
  for (const file of args.positional) {
    const loaded = await loadModelFile(file);
    if (loaded.ok) io.out(`${file}: ok`);
    else {
      for (const line of loaded.lines) io.err(line);
      status = 2;
    }
  }
  return status;
}
