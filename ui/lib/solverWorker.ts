/// <reference lib="webworker" />
/** The Web Worker behind ui/lib/solver.ts: parses and solves game documents. */
import loadHighs from 'highs';
import wasmUrl from 'highs/runtime?url';
import { setHighsLoader } from '../../engine/shared/lp';
import { parseGameFile } from '../../engine/cooperative/parseGameFile';
import { gameReport, type GameReport } from '../../engine/cooperative/gameReport';

export interface SolveRequest {
  id: number;
  doc: unknown;
}
export type SolveReply =
  { id: number; ok: true; report: GameReport } | { id: number; ok: false; message: string };

setHighsLoader(() => loadHighs({ locateFile: () => wasmUrl }));

self.onmessage = async (e: MessageEvent<SolveRequest>) => {
  const { id, doc } = e.data;
  try {
    const parsed = parseGameFile(doc);
    if (!parsed.ok) {
      const message = parsed.errors.map((x) => `${x.path || '/'}: ${x.message}`).join('; ');
      self.postMessage({ id, ok: false, message } satisfies SolveReply);
      return;
    }
    const report = await gameReport(parsed.value);
    self.postMessage({ id, ok: true, report } satisfies SolveReply);
  } catch (err) {
    self.postMessage({ id, ok: false, message: (err as Error).message } satisfies SolveReply);
  }
};
