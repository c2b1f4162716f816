/**
 * The SQLite store and the rate limiter on their own: a table's log keeps its order and
 * refuses a second write of an entry, seats move between the lobby and a table, and a
 * token bucket refills at its rate (a hand-driven clock: no wall-clock time).
 */
import { describe, expect, test } from 'vitest';
import { sqliteStore } from '../../server/store/sqliteStore';
import { TokenBucket } from '../../server/http/rateLimit';
import { joinSchema } from '../../server/protocol/messages';

const config = {
  scenarioId: 'moscow-2008',
  tables: 2,
  ai: 'rational',
  pace: { kind: 'manual' },
  history: true,
  seed: 1,
} as const;

describe('sqliteStore', () => {
  test('sessions, seats and logs round-trip; a log entry cannot be written twice', () => {
    const store = sqliteStore(':memory:');
    store.createSession({
      code: 'ABC234',
      teacherKeyHash: 'h',
      config,
      status: 'open',
      createdAt: 1,
    });
    expect(store.session('ABC234')?.config).toEqual(config);
    store.setStatus('ABC234', 'running');
    expect(store.sessions().map((s) => s.status)).toEqual(['running']);

    store.addSeat({
      code: 'ABC234',
      seatId: 's1',
      tokenHash: 't1',
      name: 'Anna',
      table: null,
      role: null,
      joinedAt: 2,
    });
    store.assignSeat('ABC234', 't1', 1, 'BLR');
    expect(store.seat('ABC234', 't1')).toMatchObject({ table: 1, role: 'BLR', name: 'Anna' });

    store.append('ABC234', 1, 0, { kind: 'start' });
    store.append('ABC234', 1, 1, { kind: 'clock' });
    expect(() => store.append('ABC234', 1, 1, { kind: 'start' })).toThrow(/UNIQUE/);
    expect(store.entries('ABC234', 1)).toEqual([{ kind: 'start' }, { kind: 'clock' }]);
    expect(store.entries('ABC234', 0)).toEqual([]);
    expect(store.tableCount('ABC234')).toBe(1);
    store.close();
  });
});

describe('TokenBucket', () => {
  test('a burst, then the refill rate', () => {
    let now = 0;
    const bucket = new TokenBucket(3, 2, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    now += 499;
    expect(bucket.take()).toBe(false);
    now += 1;
    expect(bucket.take()).toBe(true);
    now += 10_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('names', () => {
  test('plain text of 1 to 40 characters; markup is kept as text, control characters refused', () => {
    expect(joinSchema.parse({ name: '  Anna  ' }).name).toBe('Anna');
    expect(joinSchema.parse({ name: '<b>Boris</b>' }).name).toBe('<b>Boris</b>');
    expect(joinSchema.safeParse({ name: '' }).success).toBe(false);
    expect(joinSchema.safeParse({ name: 'x'.repeat(41) }).success).toBe(false);
    expect(joinSchema.safeParse({ name: 'a\u0000b' }).success).toBe(false);
    expect(joinSchema.safeParse({ name: 'a\u202eb' }).success).toBe(false);
    expect(joinSchema.safeParse({ name: 'Anna', admin: true }).success).toBe(false);
  });
});
