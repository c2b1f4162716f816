/**
 * What the server sends a seat: the table's public facts, the role's own view (engine
 * viewFor: its values, its thread, its transfers — never another member's), the log
 * entries it may read, its move menu when it is to move, the table's notices, and at the
 * end its own result. Nothing here reads another role's private values or reasons.
 */
import {
  finalPayoffs,
  moveMenu,
  receivedValue,
  viewFor,
  visibleLog,
  type AgentView,
  type MenuItem,
  publicTable,
  type PublicTable,
} from '../../engine/index';
import type { TableRunner } from './tableRunner';

export interface SeatResult {
  readonly adopted: boolean;
  readonly text: readonly string[];
  /** The role's own payoff and what it was paid or delivered (US$ bn). */
  readonly payoff: number;
  readonly received: number;
}

export interface SeatFrame {
  /** The public table, with the map code (ISO alpha-3) of each player the map draws. */
  readonly table: PublicTable & { readonly mapCodes: Readonly<Record<string, string>> };
  readonly tableNo: number;
  readonly role: string;
  /** Inputs the table has taken; a move must name it (stale or replayed moves are refused). */
  readonly seq: number;
  readonly started: boolean;
  readonly view: AgentView | null;
  readonly log: readonly { day: number; actor: string; text: string }[];
  readonly menu: readonly MenuItem[];
  readonly myTurn: boolean;
  /** Whose move the table waits for (public: everyone at a summit sees who has the floor). */
  readonly waitingFor: string | null;
  /** Who holds each seat: a student's name, or "AI". */
  readonly seats: Readonly<Record<string, string>>;
  readonly notices: readonly string[];
  readonly result: SeatResult | null;
}

export function seatFrame(
  table: TableRunner,
  role: string,
  seats: Readonly<Record<string, string>>,
  mapCodes: Readonly<Record<string, string>>,
): SeatFrame {
  const { setup } = table;
  const game = table.game;
  const state = game?.state() ?? null;
  const waitingFor = game?.waitingFor() ?? null;
  const myTurn = waitingFor === role;
  return {
    table: { ...publicTable(setup), mapCodes },
    tableNo: table.options.index,
    role,
    seq: table.length,
    started: game !== null,
    view: state ? viewFor(setup, state, role) : null,
    // Entries only, without their visibility lists (which name who else was told).
    log: state
      ? visibleLog(state, role).map((e) => ({ day: e.day, actor: e.actor, text: e.text }))
      : [],
    menu: state && myTurn ? moveMenu(setup, state, role) : [],
    myTurn,
    waitingFor,
    seats,
    notices: table.notices,
    result:
      state && table.over
        ? {
            adopted: state.adopted === true,
            text: state.adopted ? (state.draft ?? []) : [],
            payoff: finalPayoffs(setup, state)[role] ?? 0,
            received: setup.members.includes(role)
              ? receivedValue(setup, state, role, ['paid', 'delivered'])
              : 0,
          }
        : null,
  };
}
