/**
 * The class's results as one CSV: a row per table and role with the outcome (adopted, the
 * text, the payoff, the gain over walking away, what the member received) and who played
 * it, then a row per move of every table in order, with the move's maker and its reason.
 */
import { toCsv, type Cell } from '../../engine/index';
import type { ClassSession } from './classSession';
import { outcomeOf } from './monitor';

export function classCsv(session: ClassSession): string {
  const header = [
    'table',
    'row',
    'index',
    'role',
    'player',
    'adopted',
    'text',
    'payoff',
    'gain',
    'received',
    'move',
    'detail',
  ];
  const rows: Cell[][] = [];
  session.tables.forEach((table, k) => {
    const holders = session.holders(k);
    const outcome = outcomeOf(table);
    for (const role of session.roles)
      rows.push([
        k + 1,
        'outcome',
        '',
        role,
        holders[role],
        outcome ? outcome.adopted : 'unfinished',
        outcome ? outcome.text.join(' + ') : '',
        outcome?.payoffs[role],
        outcome?.gains[role],
        outcome?.received[role],
        '',
        '',
      ]);
    table.game?.events.forEach((e, i) =>
      rows.push([
        k + 1,
        'move',
        i + 1,
        e.actor,
        holders[e.actor] ?? 'AI',
        '',
        '',
        '',
        '',
        '',
        e.type,
        JSON.stringify({ ...e, type: undefined, actor: undefined }),
      ]),
    );
  });
  return toCsv(header, rows);
}
