/**
 * Solve a game document off the main thread: a Web Worker runs the engine (HiGHS
 * included) so the page never freezes. Requests carry ids; replies resolve them.
 */
import type { GameReport } from '../../engine/cooperative/gameReport';
import type { SolveReply, SolveRequest } from './solverWorker';

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (r: GameReport) => void; reject: (e: Error) => void }>();

function getWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./solverWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<SolveReply>) => {
      const job = pending.get(e.data.id);
      if (!job) return;
      pending.delete(e.data.id);
      if (e.data.ok) job.resolve(e.data.report);
      else job.reject(new Error(e.data.message));
    };
  }
  return worker;
}

export function solveInBackground(doc: unknown): Promise<GameReport> {
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    getWorker().postMessage({ id, doc } satisfies SolveRequest);
  });
}
