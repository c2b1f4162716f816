/**
 * The classroom store in an embedded SQLite file (better-sqlite3: synchronous, so an append
 * is on disk before the move is acknowledged). WAL journal, one row per log entry; the
 * primary key (session, table, seq) refuses a gap or a second write of the same entry.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type {
  ClassStore,
  SeatRecord,
  SessionConfig,
  SessionRecord,
  SessionStatus,
  TableEntry,
} from './classStore';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  code TEXT PRIMARY KEY,
  teacher_key_hash TEXT NOT NULL,
  config TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS seats (
  code TEXT NOT NULL REFERENCES sessions(code),
  token_hash TEXT NOT NULL,
  seat_id TEXT NOT NULL,
  name TEXT NOT NULL,
  table_no INTEGER,
  role TEXT,
  joined_at INTEGER NOT NULL,
  PRIMARY KEY (code, token_hash)
);
CREATE TABLE IF NOT EXISTS entries (
  code TEXT NOT NULL REFERENCES sessions(code),
  table_no INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  entry TEXT NOT NULL,
  PRIMARY KEY (code, table_no, seq)
);
`;

interface SessionRow {
  code: string;
  teacher_key_hash: string;
  config: string;
  status: SessionStatus;
  created_at: number;
}
interface SeatRow {
  code: string;
  token_hash: string;
  seat_id: string;
  name: string;
  table_no: number | null;
  role: string | null;
  joined_at: number;
}

const sessionOf = (r: SessionRow): SessionRecord => ({
  code: r.code,
  teacherKeyHash: r.teacher_key_hash,
  config: JSON.parse(r.config) as SessionConfig,
  status: r.status,
  createdAt: r.created_at,
});
const seatOf = (r: SeatRow): SeatRecord => ({
  code: r.code,
  tokenHash: r.token_hash,
  seatId: r.seat_id,
  name: r.name,
  table: r.table_no,
  role: r.role,
  joinedAt: r.joined_at,
});

/** Open (creating if needed) the store at `file`; ":memory:" for tests. */
export function sqliteStore(file: string): ClassStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  const q = {
    insertSession: db.prepare(
      'INSERT INTO sessions (code, teacher_key_hash, config, status, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    session: db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE code = ?'),
    sessions: db.prepare<[], SessionRow>('SELECT * FROM sessions ORDER BY created_at'),
    status: db.prepare('UPDATE sessions SET status = ? WHERE code = ?'),
    insertSeat: db.prepare(
      'INSERT INTO seats (code, token_hash, seat_id, name, table_no, role, joined_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    seat: db.prepare<[string, string], SeatRow>(
      'SELECT * FROM seats WHERE code = ? AND token_hash = ?',
    ),
    seats: db.prepare<[string], SeatRow>('SELECT * FROM seats WHERE code = ? ORDER BY joined_at'),
    assign: db.prepare('UPDATE seats SET table_no = ?, role = ? WHERE code = ? AND token_hash = ?'),
    append: db.prepare('INSERT INTO entries (code, table_no, seq, entry) VALUES (?, ?, ?, ?)'),
    entries: db.prepare<[string, number], { entry: string }>(
      'SELECT entry FROM entries WHERE code = ? AND table_no = ? ORDER BY seq',
    ),
    tables: db.prepare<[string], { n: number }>(
      'SELECT COUNT(DISTINCT table_no) AS n FROM entries WHERE code = ?',
    ),
  };
  return {
    createSession: (r) =>
      void q.insertSession.run(
        r.code,
        r.teacherKeyHash,
        JSON.stringify(r.config),
        r.status,
        r.createdAt,
      ),
    session: (code) => {
      const row = q.session.get(code);
      return row ? sessionOf(row) : undefined;
    },
    sessions: () => q.sessions.all().map(sessionOf),
    setStatus: (code, status) => void q.status.run(status, code),
    addSeat: (s) =>
      void q.insertSeat.run(s.code, s.tokenHash, s.seatId, s.name, s.table, s.role, s.joinedAt),
    seat: (code, tokenHash) => {
      const row = q.seat.get(code, tokenHash);
      return row ? seatOf(row) : undefined;
    },
    seats: (code) => q.seats.all(code).map(seatOf),
    assignSeat: (code, tokenHash, table, role) => void q.assign.run(table, role, code, tokenHash),
    append: (code, table, seq, entry: TableEntry) =>
      void q.append.run(code, table, seq, JSON.stringify(entry)),
    entries: (code, table) =>
      q.entries.all(code, table).map((r) => JSON.parse(r.entry) as TableEntry),
    tableCount: (code) => q.tables.get(code)?.n ?? 0,
    close: () => db.close(),
  };
}
