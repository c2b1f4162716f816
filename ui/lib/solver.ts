/**
 * Solve off the main thread: a Web Worker runs the engine (HiGHS included) so the page
 * never freezes. Requests carry ids; replies resolve them. A sweep reports progress and
 * can be cancelled — by ending the worker, since a sweep never yields to read messages;
 * the next request starts a fresh one.
 */
import type {
  GameReport,
  CoreBounds,
  ScenarioReport,
  SweepAxis,
  SweepRow,
  Maybe,
} from '../../engine/index';
import type { SummaryResult } from './liveSummary';
import type { SolveReply, SolveRequest } from './solverWorker';

type Ok = Extract<SolveReply, { ok: true }>;
interface Job {
  resolve: (r: Ok) => void;
  reject: (e: Error) => void;
  onProgress?: (done: number, total: number) => void;
}

/**
 * Sweeps get a worker of their own, so cancelling one never disturbs other solves; the Model
 * tab's live summary too, so an edit never waits behind a long solve.
 */
type Lane = 'solve' | 'sweep' | 'summary';
const workers = new Map<Lane, Worker>();
let nextId = 0;
const pending = new Map<number, Job & { lane: Lane }>();

function getWorker(lane: Lane): Worker {
  let worker = workers.get(lane);
  if (!worker) {
    worker = new Worker(new URL('./solverWorker.ts', import.meta.url), { type: 'module' });
    workers.set(lane, worker);
    worker.onmessage = (e: MessageEvent<SolveReply>) => {
      const job = pending.get(e.data.id);
      if (!job) return;
      if (e.data.ok && 'progress' in e.data) return job.onProgress?.(e.data.progress, e.data.total);
      pending.delete(e.data.id);
      if (!e.data.ok) job.reject(new Error(e.data.message));
      else job.resolve(e.data);
    };
  }
  return worker;
}

type Request = SolveRequest extends infer R
  ? R extends SolveRequest
    ? Omit<R, 'id'>
    : never
  : never;

function post(request: Request, onProgress?: Job['onProgress']): { id: number; done: Promise<Ok> } {
  const id = ++nextId;
  const lane: Lane =
    request.task === 'sweep' ? 'sweep' : request.task === 'summary' ? 'summary' : 'solve';
  const done = new Promise<Ok>((resolve, reject) => {
    pending.set(id, { resolve, reject, lane, ...(onProgress ? { onProgress } : {}) });
    getWorker(lane).postMessage({ ...request, id });
  });
  return { id, done };
}

/** Every solution concept of a game document, off the main thread. */
export async function solveInBackground(doc: unknown): Promise<GameReport> {
  const r = await post({ task: 'solve', doc }).done;
  if (!('report' in r)) throw new Error('the worker answered with no game report');
  return r.report;
}

/** A game's concepts plus each player's range over the core (or least core). */
export async function analyseInBackground(
  doc: unknown,
): Promise<{ report: GameReport; bounds: Maybe<CoreBounds> }> {
  const r = await post({ task: 'analyse', doc }).done;
  if (!('report' in r) || !r.bounds) throw new Error('the worker answered with no analysis');
  return { report: r.report, bounds: r.bounds };
}

/** A scenario solved end to end (nucleolus, Nash, Rubinstein, leader optimum), off the main thread. */
export async function solveScenarioInBackground(doc: unknown): Promise<ScenarioReport> {
  const r = await post({ task: 'solve', doc }).done;
  if (!('scenario' in r)) throw new Error('the worker answered with no scenario report');
  return r.scenario;
}

/** The Model tab's live summary of a scenario document, off the main thread. */
export async function summaryInBackground(doc: unknown): Promise<SummaryResult> {
  const r = await post({ task: 'summary', doc }).done;
  if (!('summary' in r)) throw new Error('the worker answered with no summary');
  return r.summary;
}

/**
 * A lane for the live summary. Edits come faster than a large model summarises: while one
 * runs, only the newest document waits and older ones are dropped (their promises resolve
 * to null), so the summary catches up with the last edit. A failure is a summary's error.
 */
export function summaryLane(
  solve: (doc: unknown) => Promise<SummaryResult> = summaryInBackground,
): (doc: unknown) => Promise<SummaryResult | null> {
  let running = false;
  let waiting: { doc: unknown; resolve: (r: SummaryResult | null) => void } | null = null;
  const run = async (doc: unknown): Promise<SummaryResult> => {
    running = true;
    try {
      return await solve(doc);
    } catch (e) {
      return { error: (e as Error).message };
    } finally {
      running = false;
      const next = waiting;
      waiting = null;
      if (next) void run(next.doc).then(next.resolve);
    }
  };
  return (doc) => {
    if (!running) return run(doc);
    waiting?.resolve(null);
    return new Promise((resolve) => (waiting = { doc, resolve }));
  };
}

export interface RunningSweep {
  readonly rows: Promise<SweepRow[]>;
  /** Stop the sweep now; `rows` rejects with "cancelled". */
  cancel(): void;
}

/** The leader's optimum over a grid of parameters, with progress, cancellable. */
export function sweepInBackground(
  doc: unknown,
  axes: SweepAxis[],
  onProgress: (done: number, total: number) => void,
): RunningSweep {
  const { id, done } = post({ task: 'sweep', doc, axes }, onProgress);
  return {
    rows: done.then((r) => {
      if (!('rows' in r)) throw new Error('the worker answered with no sweep');
      return r.rows;
    }),
    cancel() {
      if (!pending.has(id)) return;
      // A sweep runs to the end once started: end its worker, and fail what it held.
      workers.get('sweep')?.terminate();
      workers.delete('sweep');
      for (const [k, job] of pending) {
        if (job.lane !== 'sweep') continue;
        pending.delete(k);
        job.reject(new Error(k === id ? 'cancelled' : 'interrupted by a cancelled sweep'));
      }
    },
  };
}
