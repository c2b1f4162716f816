/**
 * What the classroom keeps: sessions, seats and each table's input log. A table's state is
 * the replay of its log (tableRunner.ts), so the log is appended before a move is
 * acknowledged and a restarted server resumes every table from the store alone.
 * SQLite (sqliteStore.ts) is the embedded default; another store implements this interface.
 */
import type { HumanMove } from '../../engine/index';

/** How a class session is set up by its teacher (validated in server/protocol/messages.ts). */
export interface SessionConfig {
  /** A bundled scenario id, or "custom" with `model` holding the scenario document. */
  readonly scenarioId: string;
  readonly model?: unknown;
  /** Number of tables, or 0 for "as many as students join" (one table per seven students). */
  readonly tables: number;
  /** The AI strategy for seats nobody takes. */
  readonly ai: string;
  /** Days advance by hand ("Next day for all"), or one day every `seconds`. */
  readonly pace: { readonly kind: 'manual' } | { readonly kind: 'timed'; readonly seconds: number };
  /** Members' private values drawn (false) or fixed at the calibrated values (true). */
  readonly history: boolean;
  /** First table's seed; table k plays seed + k. */
  readonly seed: number;
}

export type SessionStatus = 'open' | 'running' | 'paused' | 'ended';

export interface SessionRecord {
  readonly code: string;
  /** SHA-256 of the teacher key (the key itself is only ever in the teacher's browser). */
  readonly teacherKeyHash: string;
  readonly config: SessionConfig;
  readonly status: SessionStatus;
  readonly createdAt: number;
}

export interface SeatRecord {
  readonly code: string;
  /** A public id for the teacher's actions (the token is the student's secret). */
  readonly seatId: string;
  /** SHA-256 of the seat token. */
  readonly tokenHash: string;
  readonly name: string;
  /** Table index (0-based) and role id, or null while waiting to be seated. */
  readonly table: number | null;
  readonly role: string | null;
  readonly joinedAt: number;
}

/** One input to a table, in order: who holds a seat, the game's start, a move, the clock. */
export type TableEntry =
  | { readonly kind: 'seat'; readonly role: string; readonly human: boolean; readonly note: string }
  | { readonly kind: 'start' }
  | { readonly kind: 'move'; readonly move: HumanMove }
  | { readonly kind: 'clock' };

export interface ClassStore {
  createSession(record: SessionRecord): void;
  session(code: string): SessionRecord | undefined;
  sessions(): SessionRecord[];
  setStatus(code: string, status: SessionStatus): void;
  addSeat(seat: SeatRecord): void;
  seat(code: string, tokenHash: string): SeatRecord | undefined;
  seats(code: string): SeatRecord[];
  assignSeat(code: string, tokenHash: string, table: number | null, role: string | null): void;
  /** Append one entry to a table's log; `seq` must be the log's length (no gaps, no overwrite). */
  append(code: string, table: number, seq: number, entry: TableEntry): void;
  entries(code: string, table: number): TableEntry[];
  /** How many tables have a log (tables are created, and logged, when the session starts). */
  tableCount(code: string): number;
  close(): void;
}
