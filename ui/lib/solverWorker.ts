/// <reference lib="webworker" />
/**
 * The Web Worker behind ui/lib/solver.ts: parses and solves game and scenario documents,
 * adds the core bounds for the Analysis view, computes the Model tab's live summary, and
 * runs parameter sweeps with progress.
 */
import loadHighs from 'highs';
import wasmUrl from 'highs/runtime?url';
import {
  setHighsLoader,
  parseGameFile,
  parseScenario,
  solveScenario,
  sweep,
  gameReport,
  coreBounds,
  type GameReport,
  type CoreBounds,
  type ScenarioReport,
  type SweepAxis,
  type SweepRow,
  type Maybe,
} from '../../engine/index';
import { liveSummary, type SummaryResult } from './liveSummary';

export type SolveRequest =
  /** A game document, or a scenario document (it has "schemaVersion"). */
  | { id: number; task: 'solve'; doc: unknown }
  /** A game document: every concept plus each player's range over the (least) core. */
  | { id: number; task: 'analyse'; doc: unknown }
  | { id: number; task: 'sweep'; doc: unknown; axes: SweepAxis[] }
  /** A scenario document: the Model tab's live summary. */
  | { id: number; task: 'summary'; doc: unknown };

export type SolveReply =
  | { id: number; ok: true; report: GameReport; bounds?: Maybe<CoreBounds> }
  | { id: number; ok: true; scenario: ScenarioReport }
  | { id: number; ok: true; rows: SweepRow[] }
  | { id: number; ok: true; summary: SummaryResult }
  | { id: number; ok: true; progress: number; total: number }
  | { id: number; ok: false; message: string };

setHighsLoader(() => loadHighs({ locateFile: () => wasmUrl }));

const problems = (errors: { path: string; message: string }[]) =>
  errors.map((x) => `${x.path || '/'}: ${x.message}`).join('; ');

function parsedScenario(doc: unknown) {
  const parsed = parseScenario(doc);
  if (!parsed.ok) throw new Error(problems(parsed.errors));
  return parsed.value;
}

async function handle(req: SolveRequest, reply: (r: SolveReply) => void): Promise<void> {
  const { id, doc } = req;
  if (req.task === 'sweep') {
    const scenario = parsedScenario(doc);
    let last = 0;
    const result = sweep(scenario, req.axes, (done, total) => {
      // Report about every 50 ms of work, and at the end.
      const now = performance.now();
      if (now - last > 50 || done === total) {
        last = now;
        reply({ id, ok: true, progress: done, total });
      }
    });
    if (!result.ok) throw new Error(result.errors.join('; '));
    return reply({ id, ok: true, rows: result.value });
  }
  if (req.task === 'summary')
    return reply({ id, ok: true, summary: liveSummary(parsedScenario(doc)) });
  if (typeof doc === 'object' && doc !== null && 'schemaVersion' in doc) {
    const solved = await solveScenario(parsedScenario(doc));
    if (!solved.ok) throw new Error(problems(solved.errors));
    return reply({ id, ok: true, scenario: solved.value });
  }
  const parsed = parseGameFile(doc);
  if (!parsed.ok) throw new Error(problems(parsed.errors));
  const report = await gameReport(parsed.value);
  const game = parsed.value.game;
  if (req.task === 'analyse') {
    const bounds: Maybe<CoreBounds> = game
      ? await coreBounds(game)
      : { ok: false, reason: 'too many players for every coalition' };
    return reply({ id, ok: true, report, bounds });
  }
  reply({ id, ok: true, report });
}

self.onmessage = (e: MessageEvent<SolveRequest>) => {
  const reply = (r: SolveReply) => self.postMessage(r);
  handle(e.data, reply).catch((err: unknown) =>
    reply({ id: e.data.id, ok: false, message: (err as Error).message }),
  );
};
