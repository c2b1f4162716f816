/**
 * The browser's side of the classroom: the REST calls (create a session, join one, export
 * the class CSV) and one live WebSocket connection that says who it is, keeps the latest
 * frame (a seat), lobby or monitor (the teacher) in runes state, and reconnects by itself
 * after a drop, with growing pauses. The teacher key and seat tokens stay in this
 * browser's localStorage so a reload (or a dropped connection) takes the seat back.
 */
import type { SeatFrame } from '../../server/classroom/seatFrame';
import type { ClassMonitor, LobbyFrame } from '../../server/classroom/classSession';
import type { SessionConfig } from '../../server/store/classStore';
import type { HumanMove } from '../../engine/index';

export type { SeatFrame, ClassMonitor, LobbyFrame, SessionConfig };

export interface TeacherCredentials {
  readonly code: string;
  readonly key: string;
}
export interface SeatCredentials {
  readonly code: string;
  readonly token: string;
  readonly name: string;
}

const TEACHER = 'summit-lab:classroom-teacher';
const SEAT = 'summit-lab:classroom-seat';

function readStored<T>(key: string): T | null {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : null;
  } catch {
    return null;
  }
}
export const storedTeacher = () => readStored<TeacherCredentials>(TEACHER);
export const storedSeat = () => readStored<SeatCredentials>(SEAT);
export const forgetTeacher = () => localStorage.removeItem(TEACHER);
export const forgetSeat = () => localStorage.removeItem(SEAT);

/** A request whose answer is JSON; a refusal throws the server's message. */
async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, init);
  const body = (await res.json().catch(() => ({}))) as { error?: string };
  if (!res.ok) throw new Error(body.error ?? `the server answered ${res.status}`);
  return body as T;
}
const asTeacher = (t: TeacherCredentials): RequestInit => ({
  headers: { authorization: `Bearer ${t.key}` },
});
const postJson = <T>(path: string, body: unknown) =>
  call<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** Is the Summit Lab server behind this page? (A static copy of the app has none.) */
export async function serverAvailable(): Promise<boolean> {
  try {
    return (await fetch('./api/health')).ok;
  } catch {
    return false;
  }
}

export const bundledScenarios = () => call<{ id: string; title: string }[]>('./api/scenarios');

export async function createSession(config: SessionConfig): Promise<TeacherCredentials> {
  const created = await postJson<TeacherCredentials>('./api/sessions', config);
  localStorage.setItem(TEACHER, JSON.stringify(created));
  return created;
}

export async function joinSession(code: string, name: string): Promise<SeatCredentials> {
  const joined = await postJson<{ code: string; token: string }>(
    `./api/sessions/${encodeURIComponent(code)}/join`,
    { name },
  );
  const seat = { code: joined.code, token: joined.token, name };
  localStorage.setItem(SEAT, JSON.stringify(seat));
  return seat;
}

export async function classCsv(t: TeacherCredentials): Promise<string> {
  const res = await fetch(`./api/sessions/${t.code}/export.csv`, asTeacher(t));
  if (!res.ok) throw new Error(`the server answered ${res.status}`);
  return res.text();
}

/** A table's saved game, for Replay (the teacher's key opens it). */
export const tableGame = (t: TeacherCredentials, table: number): Promise<unknown> =>
  call(`./api/sessions/${t.code}/tables/${table + 1}/game.json`, asTeacher(t));

type Hello =
  { type: 'hello'; code: string; token: string } | { type: 'teacher'; code: string; key: string };

/** One live connection; `close()` ends it for good. */
export class ClassConnection {
  status = $state<'connecting' | 'open' | 'reconnecting' | 'closed'>('connecting');
  frame = $state<SeatFrame | null>(null);
  lobby = $state<LobbyFrame | null>(null);
  monitor = $state<ClassMonitor | null>(null);
  /** The server's last refusal, shown until the next frame. */
  notice = $state<string | null>(null);
  private socket: WebSocket | null = null;
  private retry = 0;
  private closed = false;

  constructor(private readonly hello: Hello) {
    this.open();
  }

  private open(): void {
    // The socket lives beside the page: ws(s)://host/path/ws.
    const base = location.href.split(/[?#]/)[0]?.replace(/[^/]*$/, '') ?? '/';
    const socket = new WebSocket(`${base.replace(/^http/, 'ws')}ws`);
    this.socket = socket;
    socket.onopen = () => {
      this.retry = 0;
      this.status = 'open';
      socket.send(JSON.stringify(this.hello));
    };
    socket.onmessage = (e: MessageEvent<string>) => {
      const m = JSON.parse(e.data) as
        | { type: 'frame'; frame: SeatFrame }
        | { type: 'lobby'; lobby: LobbyFrame }
        | { type: 'monitor'; monitor: ClassMonitor }
        | { type: 'refused'; message: string };
      if (m.type === 'frame') {
        this.frame = m.frame;
        this.lobby = null;
        this.notice = null;
      } else if (m.type === 'lobby') this.lobby = m.lobby;
      else if (m.type === 'monitor') this.monitor = m.monitor;
      else this.notice = m.message;
    };
    socket.onclose = () => {
      if (this.closed) return;
      this.status = 'reconnecting';
      const wait = Math.min(5000, 300 * 2 ** this.retry++);
      setTimeout(() => !this.closed && this.open(), wait);
    };
  }

  send(message: unknown): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(message));
    else this.notice = 'Not connected: reconnecting…';
  }

  move(move: HumanMove): void {
    if (this.frame) this.send({ type: 'move', seq: this.frame.seq, move });
  }

  close(): void {
    this.closed = true;
    this.status = 'closed';
    this.socket?.close();
  }
}
