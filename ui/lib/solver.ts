/**
 * Solve a game document off the main thread: a Web Worker runs the engine (HiGHS
 * included) so the page never freezes. Requests carry ids; replies resolve them.
 */
import type { GameReport } from '../../engine/cooperative/gameReport';
import type { ScenarioReport } from '../../engine/scenario/solveScenario';
import type { SolveReply, SolveRequest } from './solverWorker';

let worker: Worker | undefined;
let nextId = 0;
type Resolve = (r: GameReport | ScenarioReport) => void;
const pending = new Map<number, { resolve: Resolve; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./solverWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<SolveReply>) => {
      const job = pending.get(e.data.id);
      if (!job) return;
      pending.delete(e.data.id);
      if (!e.data.ok) job.reject(new Error(e.data.message));
      else job.resolve('report' in e.data ? e.data.report : e.data.scenario);
    };
  }
  return worker;
}

function post(doc: unknown): Promise<GameReport | ScenarioReport> {
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ id, doc } satisfies SolveRequest);
  });
}

/** Every solution concept of a game document, off the main thread. */
export function solveInBackground(doc: unknown): Promise<GameReport> {
  return post(doc) as Promise<GameReport>;
}

/** A scenario solved end to end (nucleolus, Nash, Rubinstein, leader optimum), off the main thread. */
export function solveScenarioInBackground(doc: unknown): Promise<ScenarioReport> {
  return post(doc) as Promise<ScenarioReport>;
}
