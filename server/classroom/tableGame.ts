/**
 * A class table as a saved game in the CLI's format (engine saveGame): the scenario, seed,
 * history mode, who played each role, and every move in order — what Replay steps through
 * and what `summit-lab replay` reads. Only for the teacher: it holds every role's reasons.
 */
import { saveGame, type SavedGame } from '../../engine/index';
import type { ClassSession } from './classSession';

export function tableGame(session: ClassSession, table: number): SavedGame | null {
  const runner = Number.isInteger(table) ? session.tables[table] : undefined;
  const game = runner?.game;
  if (!runner || !game) return null;
  const { history } = session.record.config;
  return saveGame(
    runner.options.model.scenario,
    runner.setup,
    { history, west: false },
    session.holders(table),
    [...game.events],
  );
}
