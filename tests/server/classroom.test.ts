/**
 * The classroom server over the network, in this process: a teacher creates a session,
 * two students join and are seated (Russia first), play a whole game against each other
 * and the AI, and every frame a member's socket receives is read for other roles' private
 * values and reasons. Bad, forged, out-of-turn and replayed messages are refused with the
 * table unchanged; a student who drops out is stood in for by the AI and takes the seat back.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '../../server/server';
import { Client, post, type Message } from './wsClient';
import { parseSavedGame, replayGame } from '../../engine/index';
import moscow from '../../models/moscow-2008.json';
import type { SeatFrame } from '../../server/classroom/seatFrame';
import type { ClassMonitor } from '../../server/classroom/classSession';

const models = fileURLToPath(new URL('../../models', import.meta.url));
const config = {
  scenarioId: 'moscow-2008',
  tables: 1,
  ai: 'rational',
  pace: { kind: 'manual' },
  // Private values drawn from their distributions: each member's differ from the public means.
  history: false,
  seed: 7,
};

let server: RunningServer;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'summit-class-'));
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataFile: join(dir, 'classroom.sqlite'),
    modelsFolder: models,
    graceMs: 150,
    // A timed pace's "second" lasts 2 ms here, so 10 "seconds" a day pass in 20 ms.
    paceSecondMs: 2,
    // Bots answer at machine speed; the default limit is tested on its own below.
    socketLimits: { burst: 1000, perSecond: 1000, monitorMs: 20 },
  });
});
afterAll(() => server.close());

const frameOf = (m: Message) => m.frame as SeatFrame;
const isFrame = (m: Message) => m.type === 'frame';
const tick = () => new Promise((r) => setTimeout(r, 5));

/** Play every student's turn with the first item of their menu until the table is over. */
async function playOut(students: Client[], maxSteps = 3000): Promise<void> {
  const acted = new Set<string>();
  for (let step = 0; step < maxSteps; step++) {
    const frames = students.map((s) => s.latest('frame')).map((m) => (m ? frameOf(m) : null));
    if (frames.every((f) => f?.result)) return;
    frames.forEach((f, i) => {
      const key = `${i}:${f?.seq}`;
      if (!f?.myTurn || acted.has(key)) return;
      acted.add(key);
      const item = f.menu[0];
      const move = item?.event ?? { type: 'pass', actor: f.role };
      students[i]?.send({ type: 'move', seq: f.seq, move });
    });
    await tick();
  }
  const refusals = students.flatMap((s) => s.received.filter((m) => m.type === 'refused'));
  throw new Error(`the game did not end; last refusals: ${JSON.stringify(refusals.slice(-3))}`);
}

async function newClass(names: string[]) {
  const created = await post(server.url, '/api/sessions', config);
  expect(created.status).toBe(201);
  const { code, key } = created.json as { code: string; key: string };
  expect(code).toMatch(/^[A-Z0-9]{4,8}$/);
  const teacher = await Client.open(server.url);
  teacher.send({ type: 'teacher', code, key });
  await teacher.next((m) => m.type === 'monitor');
  const students: Client[] = [];
  const tokens: string[] = [];
  for (const name of names) {
    const joined = await post(server.url, `/api/sessions/${code}/join`, { name });
    expect(joined.status).toBe(201);
    const token = joined.json.token as string;
    tokens.push(token);
    const c = await Client.open(server.url);
    c.send({ type: 'hello', code, token });
    await c.next((m) => m.type === 'lobby');
    students.push(c);
  }
  teacher.send({ type: 'start' });
  for (const s of students) await s.next(isFrame);
  return { code, key, teacher, students, tokens };
}

describe('a class of two at one table', () => {
  test('seated Russia first, they play to the end; a member sees nothing private of others', async () => {
    const { code, teacher, students } = await newClass(['Anna', 'Boris']);
    const [anna, boris] = students as [Client, Client];
    expect(frameOf(anna.latest('frame')!).role).toBe('RUS');
    const borisRole = frameOf(boris.latest('frame')!).role as string;
    expect(borisRole).not.toBe('RUS');

    await playOut(students);

    const table = server.classroom.sessions.get(code)!.tables[0]!;
    const setup = table.setup;
    const events = table.game!.events;
    // Both people moved, and the AI played the other members.
    expect(events.some((e) => e.actor === 'RUS' && !e.reason)).toBe(true);
    expect(events.some((e) => e.actor === borisRole && !e.reason)).toBe(true);
    expect(events.some((e) => e.actor !== 'RUS' && e.actor !== borisRole)).toBe(true);

    // Every frame Boris's socket received: other members' drawn values, the leader's plan
    // and beliefs, and other roles' reasons never appear.
    const seen = boris.raw.join('\n');
    const others = setup.members.filter((m) => m !== borisRole);
    let checked = 0;
    for (const c of setup.clauseIds)
      for (const m of others) {
        const v = setup.value[c]?.[m] ?? 0;
        if (v === 0 || v === setup.believedValue[c]?.[m]) continue;
        checked++;
        expect(seen.includes(JSON.stringify(v)), `${m}'s value of ${c}`).toBe(false);
      }
    expect(checked).toBeGreaterThan(3);
    for (const e of events)
      if (e.actor !== borisRole && e.reason)
        expect(seen.includes(JSON.stringify(e.reason).slice(1, -1)), `reason of ${e.type}`).toBe(
          false,
        );
    for (const m of boris.received.filter(isFrame)) {
      const f = frameOf(m);
      expect(f.view === null || (f.view.plan === null && f.view.believedValue === null)).toBe(true);
      expect(Object.keys(f.view?.threads ?? {})).toEqual(f.view ? [borisRole] : []);
    }

    // The teacher sees the finished table with every role's gain.
    const monitor = (
      await teacher.next(
        (m) => m.type === 'monitor' && Boolean((m.monitor as ClassMonitor).tables[0]?.outcome),
      )
    ).monitor as ClassMonitor;
    expect(monitor.tables[0]?.outcome?.gains).toHaveProperty(borisRole);
    expect(monitor.tables[0]?.seats.RUS).toBe('Anna');
    // The debrief's reference: the 2008 text and the concepts' gains by role. The agenda
    // setter leaves each member exactly its walk-away value, so no gain.
    expect(monitor.reference.text2008).toEqual(moscow.history.text);
    expect(monitor.reference.concepts.map((c) => c.name)).toEqual([
      'agenda setter',
      'Baron–Ferejohn',
      'Ståhl',
    ]);
    const setter = monitor.reference.concepts[0]?.gains ?? {};
    for (const m of ['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK', 'UZB'])
      expect(setter[m] as number).toBeGreaterThanOrEqual(-1e-12);
    expect(setter.BLR).toBeCloseTo(0, 12);
    expect(setter.RUS as number).toBeGreaterThan(3);

    for (const c of [teacher, ...students]) await c.close();
  });

  test('bad, forged, out-of-turn and replayed messages are refused and change nothing', async () => {
    const { code, key, teacher, students } = await newClass(['Cleo', 'Dan']);
    const [cleo, dan] = students as [Client, Client];
    const table = server.classroom.sessions.get(code)!.tables[0]!;
    const f = frameOf(cleo.latest('frame')!);
    expect(f.myTurn).toBe(true);
    const before = table.length;
    const refusal = () => dan.next((m) => m.type === 'refused');

    dan.send('{not json');
    expect((await refusal()).message).toBe('message: not valid JSON');
    dan.send({ type: 'move', seq: 'x', move: { type: 'day.next', actor: 'RUS' } });
    expect((await refusal()).message).toMatch(/^seq: /);
    // Forged: Dan moves for Russia.
    dan.send({ type: 'move', seq: before, move: { type: 'briefing.done', actor: 'RUS' } });
    expect((await refusal()).message).toMatch(/^you play \w+, not RUS$/);
    // Out of turn: Dan's own role, but it is Russia's turn.
    const danRole = frameOf(dan.latest('frame')!).role as string;
    dan.send({ type: 'move', seq: before, move: { type: 'pass', actor: danRole } });
    expect((await refusal()).message).toMatch(/turn/);
    // A student cannot run the session.
    dan.send({ type: 'nextDay' });
    expect((await refusal()).message).toBe('nextDay: only the teacher can do that');
    expect(table.length).toBe(before);

    // Cleo's move is taken once; sending the same message again is a replay, refused.
    const move = { type: 'move', seq: f.seq, move: f.menu[0]?.event };
    cleo.send(move);
    await cleo.next((m) => isFrame(m) && frameOf(m).seq > f.seq);
    const after = table.length;
    cleo.send(move);
    expect((await cleo.next((m) => m.type === 'refused')).message).toMatch(/moved on/);
    expect(table.length).toBe(after);

    // A wrong key or token gets nothing.
    const stranger = await Client.open(server.url);
    stranger.send({ type: 'teacher', code, key: key.slice(0, -2) + 'xx' });
    expect((await stranger.next()).message).toBe('code: no session with that code and credential');
    stranger.send({ type: 'start' });
    expect((await stranger.next()).message).toMatch(/say who you are first/);
    const noKey = await fetch(`${server.url}/api/sessions/${code}/export.csv`);
    expect(noKey.status).toBe(403);
    const csv = await fetch(`${server.url}/api/sessions/${code}/export.csv`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text.split('\r\n')[0]).toBe(
      'table,row,index,role,player,adopted,text,payoff,gain,received,move,detail',
    );
    expect(text).toContain(',outcome,,RUS,Cleo,unfinished,');
    // The table as a saved game for Replay: the teacher's only, and it replays to the table's state.
    const gameUrl = `${server.url}/api/sessions/${code}/tables/1/game.json`;
    expect((await fetch(gameUrl)).status).toBe(403);
    const saved = await (
      await fetch(gameUrl, { headers: { authorization: `Bearer ${key}` } })
    ).json();
    const parsed = parseSavedGame(saved);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.value.players.RUS).toBe('Cleo');
      const replay = replayGame(table.options.model, parsed.value);
      expect(replay.ok && replay.value.states.at(-1)).toEqual(table.game?.state());
    }
    const missing = await fetch(`${server.url}/api/sessions/${code}/tables/9/game.json`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(missing.status).toBe(404);
    for (const c of [teacher, stranger, ...students]) await c.close();
  });

  test('a student who leaves is stood in for by the AI, and takes the seat back on return', async () => {
    const { code, teacher, students, tokens } = await newClass(['Eve', 'Finn']);
    const [eve, finn] = students as [Client, Client];
    const session = server.classroom.sessions.get(code)!;
    const table = session.tables[0]!;
    expect(table.humans.has('RUS')).toBe(true);
    await eve.close();
    // After the grace period the AI plays Russia and says so.
    await finn.next((m) => isFrame(m) && frameOf(m).seats.RUS === 'AI');
    expect(table.humans.has('RUS')).toBe(false);
    expect(frameOf(finn.latest('frame')!).notices.at(-1)).toBe('Eve left; the AI plays Russia.');
    // Eve comes back with her token: the seat is hers again.
    const back = await Client.open(server.url);
    back.send({ type: 'hello', code, token: tokens[0] });
    const f = frameOf(await back.next(isFrame));
    expect(f.role).toBe('RUS');
    expect(f.seats.RUS).toBe('Eve');
    expect(table.humans.has('RUS')).toBe(true);
    for (const c of [teacher, back, finn]) await c.close();
  });

  test('a session on an edited model; a broken one is refused with its JSON path', async () => {
    const edited = structuredClone(moscow) as { title: string };
    edited.title = 'Moscow 2008, edited';
    const ok = await post(server.url, '/api/sessions', {
      ...config,
      scenarioId: 'custom',
      model: edited,
    });
    expect(ok.status).toBe(201);
    const broken = await post(server.url, '/api/sessions', {
      ...config,
      scenarioId: 'custom',
      model: { ...edited, clauses: 'none' },
    });
    expect(broken.status).toBe(400);
    expect(broken.json.error).toMatch(/^model: \/clauses: /);
    const unknown = await post(server.url, '/api/sessions', { ...config, scenarioId: '../x' });
    expect(unknown.json.error).toBe('scenarioId: no bundled scenario "../x"');
  });

  test('late joiners take free seats, and with "as many as join" a full class opens a table', async () => {
    const created = await post(server.url, '/api/sessions', { ...config, tables: 0 });
    const { code, key } = created.json as { code: string; key: string };
    const join = (name: string) => post(server.url, `/api/sessions/${code}/join`, { name });
    await join('First');
    const teacher = await Client.open(server.url);
    teacher.send({ type: 'teacher', code, key });
    await teacher.next((m) => m.type === 'monitor');
    teacher.send({ type: 'start' });
    const session = server.classroom.sessions.get(code)!;
    await teacher.next(
      (m) => m.type === 'monitor' && (m.monitor as ClassMonitor).tables.length === 1,
    );
    for (let i = 2; i <= 7; i++) await join(`Student ${i}`);
    expect(session.tables).toHaveLength(1);
    expect(session.tables[0]!.humans.size).toBe(7);
    await join('Eighth');
    expect(session.tables).toHaveLength(2);
    const eighth = session.seats().find((s) => s.name === 'Eighth');
    expect([eighth?.table, eighth?.role]).toEqual([1, 'RUS']);
    expect(session.tables[1]!.started).toBe(true);
    expect(session.tables[1]!.game?.waitingFor()).toBe('RUS');
    await teacher.close();
  });

  test('a timed pace ends a day at every table while the session runs, and stops when paused', async () => {
    const created = await post(server.url, '/api/sessions', {
      ...config,
      pace: { kind: 'timed', seconds: 10 },
    });
    const { code, key } = created.json as { code: string; key: string };
    await post(server.url, `/api/sessions/${code}/join`, { name: 'Rosa' });
    const teacher = await Client.open(server.url);
    teacher.send({ type: 'teacher', code, key });
    await teacher.next((m) => m.type === 'monitor');
    teacher.send({ type: 'start' });
    // Rosa plays Russia and never moves: the clock ends the days for her.
    await teacher.next(
      (m) => m.type === 'monitor' && ((m.monitor as ClassMonitor).tables[0]?.day ?? 0) >= 3,
    );
    const table = server.classroom.sessions.get(code)!.tables[0]!;
    expect(table.notices).toContain("The teacher's clock ended day 0.");
    teacher.send({ type: 'pause' });
    await teacher.next(
      (m) => m.type === 'monitor' && (m.monitor as ClassMonitor).status === 'paused',
    );
    const day = table.game!.state().day;
    const length = table.length;
    // While paused, the clock is stopped: a paused session takes no input at all.
    expect(server.classroom.sessions.get(code)!.nextDay()).toBe(0);
    expect([table.game!.state().day, table.length]).toEqual([day, length]);
    teacher.send({ type: 'end' });
    await teacher.next(
      (m) => m.type === 'monitor' && (m.monitor as ClassMonitor).status === 'ended',
    );
    await teacher.close();
  });
});
