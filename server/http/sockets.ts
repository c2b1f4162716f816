/**
 * The live side of the classroom over WebSocket (ws): a connection says who it is first
 * ("hello" with a seat token, or "teacher" with the key), then sends moves or the
 * teacher's commands. Every message is size-capped (by ws), rate-limited and validated;
 * a bad one is refused with its field and reason and changes nothing. After any change the
 * affected seats get their own frame and the teacher the monitor — each role only its own.
 */
import type { RawData, WebSocket } from 'ws';
import type { ClassSession } from '../classroom/classSession';
import type { Classroom } from '../classroom/classroom';
import { hashSecret, matches } from '../classroom/credentials';
import { clientMessageSchema, problemsOf, type ClientMessage } from '../protocol/messages';
import { TokenBucket } from './rateLimit';

export interface SocketLimits {
  /** Messages a connection may send at once, and per second after that. */
  readonly burst: number;
  readonly perSecond: number;
  /** The teacher's monitor is sent at most this often per session (it summarises every table). */
  readonly monitorMs: number;
}

/** A person clicks a few times a second at most; a script sending faster is slowed. */
export const DEFAULT_SOCKET_LIMITS: SocketLimits = { burst: 20, perSecond: 10, monitorMs: 100 };

/** A text frame's payload as a string (ws hands over a Buffer, an ArrayBuffer or fragments). */
function textOf(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}

type Who = { kind: 'student'; tokenHash: string } | { kind: 'teacher' };

interface Connection {
  readonly socket: WebSocket;
  readonly limit: TokenBucket;
  session: ClassSession | null;
  who: Who | null;
}

export class Sockets {
  private readonly bySession = new Map<string, Set<Connection>>();
  private readonly dirty = new Set<Connection>();
  private flushing = false;
  /** Students' connections by seat token hash (a student may have several tabs open). */
  private readonly byToken = new Map<string, Set<Connection>>();
  private readonly monitorDue = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly classroom: Classroom,
    private readonly limits: SocketLimits = DEFAULT_SOCKET_LIMITS,
  ) {
    classroom.onChange = (session, table) => this.refresh(session, table);
  }

  accept(socket: WebSocket): void {
    const conn: Connection = {
      socket,
      limit: new TokenBucket(this.limits.burst, this.limits.perSecond),
      session: null,
      who: null,
    };
    socket.on('message', (data, isBinary) => {
      if (!conn.limit.take()) return this.refuse(conn, 'too many messages: slow down');
      if (isBinary) return this.refuse(conn, 'message: text (JSON) only');
      let raw: unknown;
      try {
        raw = JSON.parse(textOf(data));
      } catch {
        return this.refuse(conn, 'message: not valid JSON');
      }
      const parsed = clientMessageSchema.safeParse(raw);
      if (!parsed.success) return this.refuse(conn, problemsOf(parsed.error));
      this.handle(conn, parsed.data);
    });
    socket.on('close', () => this.drop(conn));
    socket.on('error', () => socket.close());
  }

  private send(conn: Connection, message: unknown): void {
    if (conn.socket.readyState === conn.socket.OPEN) conn.socket.send(JSON.stringify(message));
  }

  private refuse(conn: Connection, message: string): void {
    this.send(conn, { type: 'refused', message });
  }

  private handle(conn: Connection, msg: ClientMessage): void {
    if (msg.type === 'hello' || msg.type === 'teacher') return this.identify(conn, msg);
    const session = conn.session;
    const who = conn.who;
    if (!session || !who) return this.refuse(conn, 'say who you are first (hello or teacher)');
    if (msg.type === 'move') {
      if (who.kind !== 'student') return this.refuse(conn, 'the teacher does not play a seat');
      const refused = session.move(who.tokenHash, msg.seq, msg.move);
      if (refused) return this.refuse(conn, refused);
      return;
    }
    if (who.kind !== 'teacher')
      return this.refuse(conn, `${msg.type}: only the teacher can do that`);
    let refused: string | undefined;
    if (msg.type === 'start') refused = session.start();
    else if (msg.type === 'assign') refused = session.assign(msg.seatId, msg.table, msg.role);
    else if (msg.type === 'nextDay') session.nextDay();
    else if (msg.type === 'pause') refused = session.pause();
    else if (msg.type === 'resume') refused = session.resume();
    else if (msg.type === 'end') refused = session.end();
    if (refused) this.refuse(conn, refused);
  }

  private identify(conn: Connection, msg: Extract<ClientMessage, { type: 'hello' | 'teacher' }>) {
    if (conn.session) return this.refuse(conn, 'this connection has already said who it is');
    const session = this.classroom.sessions.get(msg.code);
    // The same answer for a wrong code and a wrong credential: nothing to probe.
    const denied = () => this.refuse(conn, 'code: no session with that code and credential');
    if (!session) return denied();
    if (msg.type === 'teacher') {
      if (!matches(msg.key, session.record.teacherKeyHash)) return denied();
      conn.who = { kind: 'teacher' };
    } else {
      const tokenHash = hashSecret(msg.token);
      if (!session.seat(tokenHash)) return denied();
      conn.who = { kind: 'student', tokenHash };
    }
    conn.session = session;
    const set = this.bySession.get(session.code) ?? new Set<Connection>();
    set.add(conn);
    this.bySession.set(session.code, set);
    if (conn.who.kind === 'student') {
      const mine = this.byToken.get(conn.who.tokenHash) ?? new Set<Connection>();
      mine.add(conn);
      this.byToken.set(conn.who.tokenHash, mine);
      this.classroom.connected(session, conn.who.tokenHash);
    }
    this.push(conn);
    if (conn.who.kind === 'student') this.refreshTeachers(session);
  }

  private drop(conn: Connection): void {
    const { session, who } = conn;
    if (!session || !who) return;
    const set = this.bySession.get(session.code);
    set?.delete(conn);
    if (who.kind !== 'student') return;
    const mine = this.byToken.get(who.tokenHash);
    mine?.delete(conn);
    if (!mine || mine.size === 0) {
      this.byToken.delete(who.tokenHash);
      this.classroom.disconnected(session, who.tokenHash);
      this.refreshTeachers(session);
    }
  }

  /** Send one connection what it may see now. */
  private push(conn: Connection): void {
    const { session, who } = conn;
    if (!session || !who) return;
    if (who.kind === 'teacher')
      return this.send(conn, { type: 'monitor', monitor: session.monitor() });
    const frame = session.frame(who.tokenHash);
    if (!frame) return;
    this.send(conn, 'role' in frame ? { type: 'frame', frame } : { type: 'lobby', lobby: frame });
  }

  /** The monitor, at most every `limits.monitorMs` per session. */
  private refreshTeachers(session: ClassSession): void {
    if (this.monitorDue.has(session.code)) return;
    this.monitorDue.set(
      session.code,
      setTimeout(() => {
        this.monitorDue.delete(session.code);
        for (const c of this.bySession.get(session.code) ?? [])
          if (c.who?.kind === 'teacher') this.push(c);
      }, this.limits.monitorMs),
    );
  }

  /**
   * After a change: the seats at that table (or everyone, for a lobby change) and the
   * teacher. Seats get their frame once the messages read in this turn of the event loop
   * are handled, so a burst of moves sends each seat its latest frame, not every one.
   */
  private refresh(session: ClassSession, table: number | null): void {
    if (table === null) {
      for (const c of this.bySession.get(session.code) ?? [])
        if (c.who?.kind === 'student') this.dirty.add(c);
    } else {
      for (const seat of session.seatsAt(table))
        for (const c of this.byToken.get(seat.tokenHash) ?? []) this.dirty.add(c);
    }
    if (!this.flushing) {
      this.flushing = true;
      setImmediate(() => {
        this.flushing = false;
        const due = [...this.dirty];
        this.dirty.clear();
        for (const c of due) this.push(c);
      });
    }
    this.refreshTeachers(session);
  }

  close(): void {
    for (const t of this.monitorDue.values()) clearTimeout(t);
    for (const set of this.bySession.values())
      for (const c of set) c.socket.close(1001, 'server stopping');
  }
}
