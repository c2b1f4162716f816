/**
 * The store is the truth: the server runs in its own process, a class plays a few moves,
 * the process is killed with SIGKILL, and a new one on the same SQLite file resumes the
 * table exactly where it stood — same inputs, log and turn — and takes the next move.
 * The same server, with its default limits, slows a client that floods it.
 */
import { afterAll, describe, expect, test } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, post, type Message } from './wsClient';
import { startChild } from './childServer';
import type { SeatFrame } from '../../server/classroom/seatFrame';

const dataFile = join(mkdtempSync(join(tmpdir(), 'summit-restart-')), 'classroom.sqlite');
const children: ChildProcess[] = [];

const start = async () => {
  const started = await startChild({ SUMMIT_DATA: dataFile, SUMMIT_GRACE_SECONDS: '600' });
  children.push(started.child);
  return started;
};

afterAll(() => children.forEach((c) => c.kill('SIGKILL')));

const frameOf = (m: Message) => m.frame as SeatFrame;
const isFrame = (m: Message) => m.type === 'frame';

describe('the classroom server survives SIGKILL', () => {
  test('every table resumes from the store with nothing lost', async () => {
    const first = await start();
    const created = await post(first.url, '/api/sessions', {
      scenarioId: 'moscow-2008',
      tables: 1,
      ai: 'rational',
      pace: { kind: 'manual' },
      history: true,
      seed: 3,
    });
    const { code, key } = created.json;
    const joined = await post(first.url, `/api/sessions/${code}/join`, { name: 'Anna' });
    const token = joined.json.token as string;
    const teacher = await Client.open(first.url);
    teacher.send({ type: 'teacher', code, key });
    await teacher.next((m) => m.type === 'monitor');
    const anna = await Client.open(first.url);
    anna.send({ type: 'hello', code, token });
    await anna.next((m) => m.type === 'lobby');
    teacher.send({ type: 'start' });
    let frame = frameOf(await anna.next(isFrame));
    expect(frame.role).toBe('RUS');
    // Russia (Anna) plays four moves: each is stored before the next frame arrives.
    for (let i = 0; i < 4; i++) {
      expect(frame.myTurn).toBe(true);
      anna.send({ type: 'move', seq: frame.seq, move: frame.menu[0]?.event });
      const seq = frame.seq;
      frame = frameOf(await anna.next((m) => isFrame(m) && frameOf(m).seq > seq));
    }
    const before = frame;

    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));

    const second = await start();
    const back = await Client.open(second.url);
    back.send({ type: 'hello', code, token });
    const after = frameOf(await back.next(isFrame));
    expect(after.seq).toBe(before.seq);
    expect(after.log).toEqual(before.log);
    expect(after.view).toEqual(before.view);
    expect(after.myTurn).toBe(true);
    expect(after.seats.RUS).toBe('Anna');
    // The game goes on from there.
    back.send({ type: 'move', seq: after.seq, move: after.menu[0]?.event });
    const next = frameOf(await back.next((m) => isFrame(m) && frameOf(m).seq > after.seq));
    expect(next.seq).toBeGreaterThan(after.seq);

    // A client flooding the server is slowed (20 at once, then 10 a second), not served.
    for (let i = 0; i < 40; i++) back.send({ type: 'nextDay' });
    await back.next((m) => m.type === 'refused' && m.message === 'too many messages: slow down');
    for (const c of [teacher, anna, back]) await c.close();
    second.child.kill('SIGKILL');
  });
});
