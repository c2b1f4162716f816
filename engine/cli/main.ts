/** Entry point of `npm run cli` (run through tsx: no build step). */
import { processIo } from './io';
import { run } from './run';

// A reader that stops early (`| head`) closes the pipe: stop quietly, not with a trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await run(process.argv.slice(2), processIo);
