/** A worker thread of `tournament`: loads the scenario once, plays the cells it is sent. */
import { parentPort, workerData } from 'node:worker_threads';
import { parseScenario } from '../scenario/parse';
import { buildScenarioModel } from '../scenario/scenarioModel';
import { playCell, type Cell } from '../simulation/tournament';

const { doc, games, seed } = workerData as { doc: unknown; games: number; seed: number };
const parsed = parseScenario(doc);
if (!parsed.ok) throw new Error('the scenario no longer parses');
const built = buildScenarioModel(parsed.value);
if (!built.ok) throw new Error('the scenario no longer evaluates');
const model = built.value;

parentPort?.on('message', (msg: { index: number; cell: Cell } | null) => {
  if (msg === null) {
    parentPort?.close();
    return;
  }
  parentPort?.postMessage({ index: msg.index, result: playCell(model, msg.cell, games, seed) });
});
