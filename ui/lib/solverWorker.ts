/// <reference lib="webworker" />
/** The Web Worker behind ui/lib/solver.ts: parses and solves game and scenario documents. */
import loadHighs from 'highs';
import wasmUrl from 'highs/runtime?url';
import { setHighsLoader } from '../../engine/shared/lp';
import { parseGameFile } from '../../engine/cooperative/parseGameFile';
import { gameReport, type GameReport } from '../../engine/cooperative/gameReport';
import type { ScenarioReport } from '../../engine/scenario/solveScenario';

export interface SolveRequest {
  id: number;
  /** A game document, or a scenario document (it has "schemaVersion"). */
  doc: unknown;
}
export type SolveReply =
  | { id: number; ok: true; report: GameReport }
  | { id: number; ok: true; scenario: ScenarioReport }
  | { id: number; ok: false; message: string };

setHighsLoader(() => loadHighs({ locateFile: () => wasmUrl }));

self.onmessage = async (e: MessageEvent<SolveRequest>) => {
  const { id, doc } = e.data;
  try {
    if (typeof doc === 'object' && doc !== null && 'schemaVersion' in doc) {
      // Scenarios load the parser (zod, mathjs) only when one is asked for.
      const { parseScenario } = await import('../../engine/scenario/parse');
      const { solveScenario } = await import('../../engine/scenario/solveScenario');
      const parsed = parseScenario(doc);
      if (!parsed.ok)
        throw new Error(parsed.errors.map((x) => `${x.path}: ${x.message}`).join('; '));
      const solved = await solveScenario(parsed.value);
      if (!solved.ok)
        throw new Error(solved.errors.map((x) => `${x.path}: ${x.message}`).join('; '));
      self.postMessage({ id, ok: true, scenario: solved.value } satisfies SolveReply);
      return;
    }
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
