/**
 * `sweep FILE --param p=a:b:steps [--param q=...] [--json]`: the leader's optimum over a
 * grid of parameters. --json prints {"rows": [{"params", "feasible", "cost", "text"}]}.
 */
import { parseAxis, sweep, type SweepAxis } from '../simulation/sweep';
import { UsageError } from './args';
import { formatNumber, formatTable } from './formatTable';
import type { Io } from './io';
import { loadModelFile } from './loadModelFile';

export async function sweepCommand(argv: readonly string[], io: Io): Promise<number> {
  const files: string[] = [];
  const axes: SweepAxis[] = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') json = true;
    else if (a === '--param' || a.startsWith('--param=')) {
      const raw = a === '--param' ? argv[++i] : a.slice('--param='.length);
      if (!raw) throw new UsageError('--param needs parameter=from:to:steps');
      const axis = parseAxis(raw);
      if (!axis.ok) throw new UsageError(axis.errors[0]);
      axes.push(axis.value);
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 1) throw new UsageError('sweep takes exactly one scenario file');
  if (axes.length === 0)
    throw new UsageError('sweep needs at least one --param parameter=from:to:steps');
  const file = files[0] as string;
  const loaded = await loadModelFile(file);
  if (!loaded.ok) {
    for (const line of loaded.lines) io.err(line);
    return 2;
  }
  if (loaded.kind !== 'scenario') throw new UsageError(`${file} is a game file, not a scenario`);
  // A long sweep says how far it is (on stderr, so --json output stays clean).
  let shown = 0;
  const result = sweep(loaded.scenario, axes, (done, total) => {
    if (total < 2_000) return;
    const tenth = Math.floor((10 * done) / total);
    if (tenth > shown) {
      shown = tenth;
      io.err(
        `sweep: ${done.toLocaleString('en')} of ${total.toLocaleString('en')} points (${tenth * 10}%)`,
      );
    }
  });
  if (!result.ok) {
    for (const e of result.errors) io.err(`${file}: ${e}`);
    return 2;
  }
  if (json) {
    io.out(JSON.stringify({ rows: result.value }));
    return 0;
  }
  io.out(
    formatTable(
      [...axes.map((a) => a.parameter), 'feasible', 'cost', 'text'],
      result.value.map((r) => [
        ...axes.map((a) => formatNumber(r.params[a.parameter] as number)),
        r.feasible ? 'yes' : 'no',
        r.cost === null ? '—' : formatNumber(r.cost),
        r.text.join(', ') || '—',
      ]),
    ),
  );
  return 0;
}
