/**
 * The teacher's live view of a table (the monitor): phase, day, offers made, who has
 * committed, the draft on the table, whose move it is, who holds each seat, and at the end
 * the outcome with every role's gain over its walk-away payoff. The teacher sees all.
 */
import { finalPayoffs, gainsOverWalkAway, keptValue } from '../../engine/index';
import type { TableRunner } from './tableRunner';

export interface TableOutcome {
  readonly adopted: boolean;
  readonly text: readonly string[];
  readonly payoffs: Readonly<Record<string, number>>;
  /** Each role's payoff minus its walk-away (disagreement) payoff. */
  readonly gains: Readonly<Record<string, number>>;
  /** What each member was paid or delivered. */
  readonly received: Readonly<Record<string, number>>;
}

export interface TableSummary {
  readonly tableNo: number;
  readonly started: boolean;
  readonly phase: string;
  readonly day: number;
  readonly days: number;
  readonly offers: number;
  readonly committed: readonly string[];
  readonly draft: readonly string[] | null;
  readonly waitingFor: string | null;
  readonly seats: Readonly<Record<string, string>>;
  readonly moves: number;
  readonly outcome: TableOutcome | null;
}

export function outcomeOf(table: TableRunner): TableOutcome | null {
  const game = table.game;
  if (!game || !table.over) return null;
  const { setup } = table;
  const state = game.state();
  const payoffs = finalPayoffs(setup, state);
  return {
    adopted: state.adopted === true,
    text: state.adopted ? (state.draft ?? []) : [],
    payoffs,
    gains: gainsOverWalkAway(setup, state, payoffs),
    received: Object.fromEntries(setup.members.map((m) => [m, keptValue(setup, state, m)])),
  };
}

export function tableSummary(
  table: TableRunner,
  seats: Readonly<Record<string, string>>,
): TableSummary {
  const game = table.game;
  const state = game?.state();
  return {
    tableNo: table.options.index,
    started: game !== null,
    phase: state?.phase ?? 'waiting to start',
    day: state?.day ?? 0,
    days: table.setup.days,
    offers: state ? Object.values(state.threads).reduce((n, t) => n + t.history.length, 0) : 0,
    committed: state
      ? table.setup.members.filter((m) => state.threads[m]?.status === 'agreed')
      : [],
    draft: state?.draft ?? null,
    waitingFor: game?.waitingFor() ?? null,
    seats,
    moves: game?.events.length ?? 0,
    outcome: outcomeOf(table),
  };
}
