/**
 * The command line's dispatcher: `run(argv, io)` returns the exit code. Usage errors
 * and bad files exit 2 with one line on stderr; an internal error exits 1 with a message.
 */
import { UsageError } from './args';
import type { Io } from './io';

export const USAGE = `Summit Lab command line

  npm run -s cli -- solve FILE... [--concepts a,b] [--json]   solution concepts of game files
  npm run -s cli -- solve SCENARIO.json [--json]               a scenario: v(S), T*, optimum, side payments
  npm run -s cli -- check FILE...                              validate scenario and game files
  npm run -s cli -- bargain FILE [--json]                      a bargaining problem
  npm run -s cli -- sweep FILE --param p=a:b:steps [--param q=...] [--json]   the leader's optimum on a grid
  npm run -s cli -- schema                                     the JSON Schema of scenario files
  npm run -s cli -- simulate FILE --games N --seed S [--agents ID=strategy,...] [--history] [--west] [--json] [--save GAME.json]
  npm run -s cli -- play FILE --role ID [--seed S] [--history] [--agents ...] [--save GAME.json]
  npm run -s cli -- replay GAME.json [--as ROLE] [--scenario FILE]
  npm run -s cli -- tournament FILE [--strategies a,b,c] [--games N] [--seed S] [--workers K] [--json]
  npm run -s cli -- help                                       this text`;

type Command = (argv: readonly string[], io: Io) => Promise<number>;

/** Commands load on demand, so a quick `solve game.json` never loads zod or mathjs. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  solve: async () => (await import('./solveCommand')).solveCommand,
  bargain: async () => (await import('./bargainCommand')).bargainCommand,
  check: async () => (await import('./checkCommand')).checkCommand,
  schema: async () => (await import('./schemaCommand')).schemaCommand,
  simulate: async () => (await import('./simulateCommand')).simulateCommand,
  replay: async () => (await import('./replayCommand')).replayCommand,
  tournament: async () => (await import('./tournamentCommand')).tournamentCommand,
  play: async () => (await import('./playCommand')).playCommand,
  sweep: async () => (await import('./sweepCommand')).sweepCommand,
};

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help') {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  const load = COMMANDS[command];
  if (!load) {
    io.err(`unknown command "${command}"; try: ${Object.keys(COMMANDS).join(', ')}, help`);
    return 2;
  }
  try {
    return await (
      await load()
    )(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${command}: ${e.message}`);
      return 2;
    }
    io.err(`${command}: internal error: ${(e as Error).message}`);
    return 1;
  }
}
