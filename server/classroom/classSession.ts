/**
 * A class session: the teacher's configuration, the students who joined and where they
 * sit, and one TableRunner per table. Students wait in the lobby until the teacher starts
 * the session; then the unseated are seated automatically (Russia first at each table, then
 * the members in order) and seats nobody holds are played by the chosen AI. A student who
 * joins later takes the first seat nobody holds. Every change goes through the store first;
 * `onChange` tells the connection layer which table (or the lobby) to refresh.
 */
import {
  conceptGains,
  createSetup,
  leaderOptimum,
  type ConceptGains,
  summarizeOptimum,
  type HumanMove,
  type ScenarioModel,
  type StrategyName,
  type SummitSetup,
} from '../../engine/index';
import type { ClassStore, SeatRecord, SessionRecord, SessionStatus } from '../store/classStore';
import { hashSecret, publicId, secret } from './credentials';
import { seatFrame, type SeatFrame } from './seatFrame';
import { tableSummary, type TableSummary } from './monitor';
import { TableRunner } from './tableRunner';
import { MAX_TABLES } from '../protocol/messages';

/** What a student who is not seated yet sees. */
export interface LobbyFrame {
  readonly code: string;
  readonly name: string;
  readonly status: SessionStatus;
  readonly students: number;
}

export interface ClassMonitor {
  readonly code: string;
  readonly status: SessionStatus;
  readonly scenarioId: string;
  readonly students: readonly {
    seatId: string;
    name: string;
    table: number | null;
    role: string | null;
    connected: boolean;
  }[];
  readonly tables: readonly TableSummary[];
  /** Roles of a table, in seating order (the leader first). */
  readonly roles: readonly string[];
  readonly names: Readonly<Record<string, string>>;
  readonly reference: ClassReference;
}

/** What the class's outcomes are set beside: the 2008 text and the model's agenda-setter text. */
export interface ClassReference {
  /** The clauses of the 2008 declaration, when the scenario records them. */
  readonly text2008: readonly string[] | null;
  /**
   * The leader's optimum as agenda setter (it proposes, members take or leave it), at the
   * calibrated values: the text and what each member is paid; null if no text pays.
   */
  readonly agendaSetter: { text: readonly string[]; payments: Record<string, number> } | null;
  /** Each role's gain over walking away under the bargaining concepts (issue 12's). */
  readonly concepts: readonly ConceptGains[];
}

export class ClassSession {
  private statusNow: SessionStatus;
  readonly tables: TableRunner[] = [];
  /** Seat token hashes with at least one open connection (kept by the connection layer). */
  readonly connected = new Set<string>();
  onChange: (table: number | null) => void = () => {};
  private readonly reference: ClassReference;
  /** Each player's map code (public: the map colours members by what a role may know). */
  private readonly mapCodes: Readonly<Record<string, string>>;
  /** The first table's setup: roles and names before any table exists. */
  private readonly template: SummitSetup;
  /** The seats as stored, kept in memory (every write goes to the store first). */
  private seatList: SeatRecord[];
  /** The seats by token and by table, rebuilt whenever a seat changes (rarely, unlike moves). */
  private byToken = new Map<string, SeatRecord>();
  private byTable = new Map<number, SeatRecord[]>();

  constructor(
    private readonly store: ClassStore,
    readonly record: SessionRecord,
    private readonly model: ScenarioModel,
  ) {
    this.statusNow = record.status;
    this.template = createSetup(model, {
      seed: record.config.seed,
      history: record.config.history,
    });
    this.seatList = store.seats(record.code);
    this.index();
    const best = leaderOptimum(model.model, model.instruments, model.numbers.leaderBudget);
    const optimum = best ? summarizeOptimum(model.model, best) : null;
    this.reference = {
      text2008: this.template.history?.text ?? null,
      agendaSetter: optimum ? { text: optimum.text, payments: optimum.payments } : null,
      concepts: conceptGains(model),
    };
    this.mapCodes = Object.fromEntries(
      model.scenario.file.players.flatMap((p) => (p.iso3 ? [[p.id, p.iso3]] : [])),
    );
    const count = store.tableCount(record.code);
    for (let k = 0; k < count; k++)
      this.tables.push(TableRunner.restore(store, this.tableOptions(k)));
  }

  get code(): string {
    return this.record.code;
  }
  get status(): SessionStatus {
    return this.statusNow;
  }
  /** Roles in seating order: the leader, then the members. */
  get roles(): string[] {
    return [this.template.leader, ...this.template.members];
  }

  private tableOptions(index: number) {
    const c = this.record.config;
    return {
      code: this.code,
      index,
      model: this.model,
      seed: c.seed + index,
      history: c.history,
      ai: c.ai as StrategyName,
    };
  }

  seats(): readonly SeatRecord[] {
    return this.seatList;
  }
  seat(tokenHash: string): SeatRecord | undefined {
    return this.byToken.get(tokenHash);
  }
  /** The students seated at a table. */
  seatsAt(table: number): readonly SeatRecord[] {
    return this.byTable.get(table) ?? [];
  }

  private index(): void {
    this.byToken = new Map(this.seatList.map((s) => [s.tokenHash, s]));
    this.byTable = new Map();
    for (const s of this.seatList)
      if (s.table !== null) this.byTable.set(s.table, [...this.seatsAt(s.table), s]);
  }

  private placeSeat(tokenHash: string, table: number | null, role: string | null): void {
    this.store.assignSeat(this.code, tokenHash, table, role);
    this.seatList = this.seatList.map((s) =>
      s.tokenHash === tokenHash ? { ...s, table, role } : s,
    );
    this.index();
  }

  /** Who holds each role at a table: a student's name, or "AI". */
  holders(table: number): Record<string, string> {
    const runner = this.tables[table];
    const names: Record<string, string> = {};
    for (const role of this.roles) names[role] = 'AI';
    for (const s of this.seatsAt(table))
      if (s.role && runner?.humans.has(s.role)) names[s.role] = s.name;
    return names;
  }

  /** A student joins with a name; returns the seat token (their secret). */
  join(name: string): { token: string; seat: SeatRecord } | string {
    if (this.statusNow === 'ended') return 'this session has ended';
    const token = secret();
    const seat: SeatRecord = {
      code: this.code,
      seatId: publicId(),
      tokenHash: hashSecret(token),
      name,
      table: null,
      role: null,
      joinedAt: Date.now(),
    };
    this.store.addSeat(seat);
    this.seatList = [...this.seatList, seat];
    this.index();
    if (this.statusNow !== 'open') this.seatLate(seat);
    this.onChange(null);
    return { token, seat: this.seat(seat.tokenHash) ?? seat };
  }

  /** The teacher puts a waiting student at a table and role (before the start). */
  assign(seatId: string, table: number, role: string): string | undefined {
    if (this.statusNow !== 'open') return 'seats are assigned before the session starts';
    const seat = this.seats().find((s) => s.seatId === seatId);
    if (!seat) return 'no such student';
    if (!this.roles.includes(role)) return `no role ${role}`;
    const max = this.record.config.tables || 64;
    if (!Number.isInteger(table) || table < 0 || table >= max) return `no table ${table + 1}`;
    if (this.seats().some((s) => s.table === table && s.role === role && s.seatId !== seatId))
      return `${role} at table ${table + 1} is taken`;
    this.placeSeat(seat.tokenHash, table, role);
    this.onChange(null);
    return undefined;
  }

  /** Free seats in seating order: each table's leader first, then each member role. */
  private freeSeats(tables: number): { table: number; role: string }[] {
    const taken = new Set(this.seats().map((s) => `${s.table}:${s.role}`));
    const out: { table: number; role: string }[] = [];
    for (const role of this.roles)
      for (let t = 0; t < tables; t++) if (!taken.has(`${t}:${role}`)) out.push({ table: t, role });
    return out;
  }

  start(): string | undefined {
    if (this.statusNow !== 'open') return 'the session has already started';
    const seats = this.seats();
    const assigned = seats.filter((s) => s.table !== null).map((s) => s.table as number);
    const count =
      this.record.config.tables ||
      Math.max(1, Math.ceil(seats.length / this.roles.length), ...assigned.map((t) => t + 1));
    const free = this.freeSeats(count);
    for (const s of seats.filter((x) => x.table === null)) {
      const spot = free.shift();
      if (!spot) break; // more students than seats: they stay in the lobby
      this.placeSeat(s.tokenHash, spot.table, spot.role);
    }
    for (let k = 0; k < count; k++) {
      const table = new TableRunner(this.store, this.tableOptions(k));
      for (const s of this.seats())
        if (s.table === k && s.role)
          table.submit({
            kind: 'seat',
            role: s.role,
            human: true,
            note: `${s.name} plays ${table.setup.names[s.role] ?? s.role}.`,
          });
      table.submit({ kind: 'start' });
      this.tables.push(table);
    }
    this.setStatus('running');
    return undefined;
  }

  /**
   * A student who joins after the start takes the first seat nobody holds; with "as many
   * tables as students join", a full class opens a new table, the newcomer as its leader.
   */
  private seatLate(seat: SeatRecord): void {
    let spot = this.freeSeats(this.tables.length)[0];
    const opening = !spot && this.record.config.tables === 0 && this.tables.length < MAX_TABLES;
    if (opening) {
      this.tables.push(new TableRunner(this.store, this.tableOptions(this.tables.length)));
      spot = { table: this.tables.length - 1, role: this.template.leader };
    }
    if (!spot) return;
    this.placeSeat(seat.tokenHash, spot.table, spot.role);
    const table = this.tables[spot.table] as TableRunner;
    table.submit({
      kind: 'seat',
      role: spot.role,
      human: true,
      note: `${seat.name} takes the seat of ${table.setup.names[spot.role] ?? spot.role}.`,
    });
    if (opening) table.submit({ kind: 'start' });
    this.onChange(spot.table);
  }

  pause(): string | undefined {
    if (this.statusNow !== 'running') return 'the session is not running';
    this.setStatus('paused');
    return undefined;
  }
  resume(): string | undefined {
    if (this.statusNow !== 'paused') return 'the session is not paused';
    this.setStatus('running');
    return undefined;
  }
  end(): string | undefined {
    if (this.statusNow === 'ended') return 'the session has already ended';
    this.setStatus('ended');
    return undefined;
  }

  private setStatus(status: SessionStatus): void {
    this.store.setStatus(this.code, status);
    this.statusNow = status;
    this.onChange(null);
    this.tables.forEach((_, k) => this.onChange(k));
  }

  /** A student's move: their own role's, on their turn, at the table's current count. */
  move(tokenHash: string, seq: number, move: HumanMove): string | undefined {
    const seat = this.seat(tokenHash);
    if (!seat || seat.table === null || !seat.role) return 'you have no seat yet';
    if (this.statusNow === 'paused') return 'the teacher has paused the session';
    if (this.statusNow !== 'running') return `the session is ${this.statusNow}`;
    const table = this.tables[seat.table];
    if (!table) return 'your table has not started';
    if (move.actor !== seat.role) return `you play ${seat.role}, not ${move.actor}`;
    if (!table.humans.has(seat.role)) return 'the AI holds your seat; reconnect to take it back';
    if (seq !== table.length)
      return `the table has moved on since that move was made (it saw ${seq} inputs, the table has ${table.length})`;
    const refused = table.submit({ kind: 'move', move });
    if (!refused) this.onChange(seat.table);
    return refused;
  }

  /** The teacher's clock: every table waiting for its leader in lobbying ends the day. */
  nextDay(): number {
    if (this.statusNow !== 'running') return 0;
    let n = 0;
    this.tables.forEach((t, k) => {
      if (!t.over && t.submit({ kind: 'clock' }) === undefined) {
        n++;
        this.onChange(k);
      }
    });
    return n;
  }

  /** A seated student's connection is gone past its grace period: the AI takes the seat. */
  standIn(tokenHash: string): void {
    const seat = this.seat(tokenHash);
    if (this.statusNow === 'ended') return;
    if (!seat || seat.table === null || !seat.role || this.connected.has(tokenHash)) return;
    const table = this.tables[seat.table];
    if (!table || table.over || !table.humans.has(seat.role)) return;
    const roleName = table.setup.names[seat.role] ?? seat.role;
    table.submit({
      kind: 'seat',
      role: seat.role,
      human: false,
      note: `${seat.name} left; the AI plays ${roleName}.`,
    });
    this.onChange(seat.table);
  }

  /** The student is back on the same device: the seat is theirs again. */
  takeBack(tokenHash: string): void {
    const seat = this.seat(tokenHash);
    if (this.statusNow === 'ended') return;
    if (!seat || seat.table === null || !seat.role) return;
    const table = this.tables[seat.table];
    if (!table || table.over || table.humans.has(seat.role)) return;
    const roleName = table.setup.names[seat.role] ?? seat.role;
    table.submit({
      kind: 'seat',
      role: seat.role,
      human: true,
      note: `${seat.name} is back and plays ${roleName}.`,
    });
    this.onChange(seat.table);
  }

  frame(tokenHash: string): SeatFrame | LobbyFrame | null {
    const seat = this.seat(tokenHash);
    if (!seat) return null;
    const table = seat.table === null ? undefined : this.tables[seat.table];
    if (!table || !seat.role)
      return {
        code: this.code,
        name: seat.name,
        status: this.statusNow,
        students: this.seats().length,
      };
    return seatFrame(table, seat.role, this.holders(table.options.index), this.mapCodes);
  }

  monitor(): ClassMonitor {
    return {
      code: this.code,
      status: this.statusNow,
      scenarioId: this.record.config.scenarioId,
      students: this.seats().map((s) => ({
        seatId: s.seatId,
        name: s.name,
        table: s.table,
        role: s.role,
        connected: this.connected.has(s.tokenHash),
      })),
      tables: this.tables.map((t, k) => tableSummary(t, this.holders(k))),
      roles: this.roles,
      names: this.template.names,
      reference: this.reference,
    };
  }

  stop(): void {
    this.tables.forEach((t) => t.stop());
  }
}
