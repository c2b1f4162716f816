/**
 * The classroom under load, on the loopback interface: the server in its own process
 * (server/main.ts), 40 tables of 7 seats — 280 WebSocket clients, every seat a bot that
 * plays the first move of its menu as soon as it is its turn — playing whole games at
 * once, each after a short think time. Prints the p50 and p95 time from a move sent to every seat at that table updated,
 * the server's peak memory (VmHWM), and moves lost (accepted but not in the store: must
 * be 0). Bounded in count (the 40 games) and time (a cap, after which it reports failure).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, post, type Message } from '../server/wsClient';
import { startChild } from '../server/childServer';
import type { SeatFrame } from '../../server/classroom/seatFrame';
import { median } from './timing';
import { seededRng } from '../../engine/index';

export interface LoadResult {
  readonly tables: number;
  readonly clients: number;
  readonly moves: number;
  readonly p50: number;
  readonly p95: number;
  readonly peakMiB: number;
  readonly lost: number;
  readonly finished: number;
  readonly seconds: number;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

/**
 * `thinkMs`: each bot waits a random 0.5–1.5 times this before it moves (0: at once, a
 * stress run that saturates both cores with the server and 280 clients on one machine).
 */
export async function classroomLoad(
  tables = 40,
  thinkMs = 250,
  capSeconds = 300,
): Promise<LoadResult> {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'summit-load-')), 'classroom.sqlite');
  // The bots move at machine speed from one address: the rate limits are scaled up.
  const { url, child } = await startChild(
    { SUMMIT_DATA: dataFile, SUMMIT_RATE_SCALE: '1000' },
    // LOAD_PROFILE=dir writes the server's CPU profile there.
    process.env.LOAD_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LOAD_PROFILE}`] : [],
  );
  const created = await post(url, '/api/sessions', {
    scenarioId: 'moscow-2008',
    tables,
    ai: 'rational',
    pace: { kind: 'manual' },
    history: false,
    seed: 11,
  });
  const { code, key } = created.json as { code: string; key: string };
  const teacher = await Client.open(url);
  teacher.send({ type: 'teacher', code, key });
  await teacher.next((m) => m.type === 'monitor');

  const seats = tables * 7;
  const clients: Client[] = [];
  for (let i = 0; i < seats; i++) {
    const joined = await post(url, `/api/sessions/${code}/join`, { name: `Student ${i + 1}` });
    const c = await Client.open(url);
    c.send({ type: 'hello', code, token: joined.json.token });
    await c.next((m) => m.type === 'lobby');
    clients.push(c);
  }

  const rng = seededRng(5);
  const latencies: number[] = [];
  /** Moves the server took: the mover saw the table's input count pass the move's. */
  let accepted = 0;
  /** Moves in flight at each table: the count they were made at, when, by whom, seen by whom. */
  type Flight = { seq: number; t0: number; mover: Client; acked: boolean; seen: Set<Client> };
  const flights = new Map<number, Flight[]>();
  const perTable = new Map<number, Client[]>();
  const done = new Set<Client>();
  const acted = new Set<string>();

  const onFrame = (c: Client, f: SeatFrame) => {
    const size = perTable.get(f.tableNo)?.length ?? 7;
    const open = flights.get(f.tableNo) ?? [];
    for (const flight of open) {
      if (f.seq <= flight.seq) continue;
      flight.seen.add(c);
      if (flight.mover === c && !flight.acked) {
        flight.acked = true;
        accepted++;
      }
      if (flight.seen.size === size) latencies.push(performance.now() - flight.t0);
    }
    flights.set(
      f.tableNo,
      open.filter((x) => x.seen.size < size),
    );
    if (f.result) done.add(c);
    const key = `${f.tableNo}:${f.role}:${f.seq}`;
    if (f.myTurn && !acted.has(key)) {
      acted.add(key);
      const move = f.menu[0]?.event ?? { type: 'pass', actor: f.role };
      const send = () => {
        flights.get(f.tableNo)?.push({
          seq: f.seq,
          t0: performance.now(),
          mover: c,
          acked: false,
          seen: new Set(),
        });
        c.send({ type: 'move', seq: f.seq, move });
      };
      if (thinkMs > 0) setTimeout(send, thinkMs * (0.5 + rng.next()));
      else send();
    }
  };

  const started = performance.now();
  teacher.send({ type: 'start' });
  // Learn each client's table from its first frame, then let the bots play.
  await Promise.all(
    clients.map(async (c) => {
      const f = (await c.next((m) => m.type === 'frame')).frame as SeatFrame;
      perTable.set(f.tableNo, [...(perTable.get(f.tableNo) ?? []), c]);
    }),
  );
  for (const c of clients) {
    c.socket.on('message', () => {
      const m = c.received.at(-1) as Message;
      if (m.type === 'frame') onFrame(c, m.frame as SeatFrame);
    });
    const f = c.latest('frame');
    if (f) onFrame(c, f.frame as SeatFrame);
  }
  while (done.size < seats && performance.now() - started < capSeconds * 1000)
    await new Promise((r) => setTimeout(r, 50));
  const seconds = (performance.now() - started) / 1000;

  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const peakKiB = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  await Promise.all([teacher, ...clients].map((c) => c.close()));
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));

  const db = new Database(dataFile, { readonly: true });
  const stored =
    db
      .prepare<[], { n: number }>(
        'SELECT COUNT(*) AS n FROM entries WHERE entry LIKE \'{"kind":"move"%\'',
      )
      .get()?.n ?? 0;
  db.close();
  return {
    tables,
    clients: seats,
    moves: accepted,
    p50: median(latencies),
    p95: quantile(latencies, 0.95),
    peakMiB: peakKiB / 1024,
    lost: accepted - stored,
    finished:
      perTable.size === 0
        ? 0
        : [...perTable.values()].filter((cs) => cs.every((c) => done.has(c))).length,
    seconds,
  };
}
