/** Where the CLI writes: injectable so tests can capture output without spawning a process. */
import { printable } from './printable';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(printable(line) + '\n'),
  err: (line) => process.stderr.write(printable(line) + '\n'),
};
