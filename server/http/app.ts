/**
 * The classroom's HTTP side (Hono): create a session, join one, export a class's results,
 * and serve the built app. Bodies are size-capped and validated (zod); creation and joins
 * are rate-limited per address. The live game runs over the WebSocket (sockets.ts).
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { serveStatic } from '@hono/node-server/serve-static';
import type { HttpBindings } from '@hono/node-server';
import type { Classroom } from '../classroom/classroom';
import { matches } from '../classroom/credentials';
import { classCsv } from '../classroom/classCsv';
import { tableGame } from '../classroom/tableGame';
import { joinSchema, problemsOf, sessionConfigSchema } from '../protocol/messages';
import { KeyedLimiter } from './rateLimit';

export interface AppOptions {
  readonly classroom: Classroom;
  /** The built app (dist/), or undefined to serve the API only. */
  readonly staticRoot?: string;
  /** Joins per address: a burst, then a rate (a class behind one school address joins at once). */
  readonly joinLimits?: { readonly burst: number; readonly perSecond: number };
}

export const DEFAULT_JOIN_LIMITS = { burst: 60, perSecond: 2 } as const;

type Env = { Bindings: HttpBindings };

const addressOf = (c: Context<Env>) => c.env.incoming?.socket?.remoteAddress ?? 'unknown';

async function jsonBody(c: Context<Env>): Promise<{ ok: true; value: unknown } | { ok: false }> {
  try {
    return { ok: true, value: await c.req.json() };
  } catch {
    return { ok: false };
  }
}

export function classroomApp({
  classroom,
  staticRoot,
  joinLimits = DEFAULT_JOIN_LIMITS,
}: AppOptions): Hono<Env> {
  const app = new Hono<Env>();
  const joins = new KeyedLimiter(joinLimits.burst, joinLimits.perSecond);
  const creations = new KeyedLimiter(10, 0.2);
  const refuse = (c: Context<Env>, status: 400 | 403 | 404 | 413 | 429, message: string) =>
    c.json({ error: message }, status);

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 2 * 1024 * 1024,
      onError: (c) => c.json({ error: 'body: larger than 2 MiB' }, 413),
    }),
  );

  app.get('/api/health', (c) => c.json({ ok: true }));

  /** The bundled scenarios a session can play. */
  app.get('/api/scenarios', (c) =>
    c.json([...classroom.bundled].map(([id, m]) => ({ id, title: m.scenario.file.title }))),
  );

  app.post('/api/sessions', async (c) => {
    if (!creations.take(addressOf(c)))
      return refuse(c, 429, 'too many sessions created: wait a minute');
    const body = await jsonBody(c);
    if (!body.ok) return refuse(c, 400, 'body: not valid JSON');
    const parsed = sessionConfigSchema.safeParse(body.value);
    if (!parsed.success) return refuse(c, 400, problemsOf(parsed.error));
    const created = classroom.create(parsed.data);
    if (typeof created === 'string') return refuse(c, 400, created);
    return c.json(created, 201);
  });

  app.post('/api/sessions/:code/join', async (c) => {
    if (!joins.take(addressOf(c))) return refuse(c, 429, 'too many join attempts: wait a moment');
    const session = classroom.sessions.get(c.req.param('code').toUpperCase());
    if (!session) return refuse(c, 404, 'code: no session with that code');
    const body = await jsonBody(c);
    if (!body.ok) return refuse(c, 400, 'body: not valid JSON');
    const parsed = joinSchema.safeParse(body.value);
    if (!parsed.success) return refuse(c, 400, problemsOf(parsed.error));
    const joined = session.join(parsed.data.name);
    if (typeof joined === 'string') return refuse(c, 400, joined);
    return c.json({ code: session.code, token: joined.token, seatId: joined.seat.seatId }, 201);
  });

  /** The session named in the path, if the request carries its teacher key (Bearer). */
  const teacherSession = (c: Context<Env>) => {
    const session = classroom.sessions.get((c.req.param('code') ?? '').toUpperCase());
    const key = (c.req.header('authorization') ?? '').replace(/^Bearer\s+/i, '');
    return session && key && matches(key, session.record.teacherKeyHash) ? session : undefined;
  };

  app.get('/api/sessions/:code/export.csv', (c) => {
    const session = teacherSession(c);
    if (!session) return refuse(c, 403, 'the teacher key does not match this session');
    return c.body(classCsv(session), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="summit-lab-${session.code}.csv"`,
    });
  });

  /** A table's saved game (the CLI's format), for Replay: the teacher's only. */
  app.get('/api/sessions/:code/tables/:table/game.json', (c) => {
    const session = teacherSession(c);
    if (!session) return refuse(c, 403, 'the teacher key does not match this session');
    const saved = tableGame(session, Number(c.req.param('table')) - 1);
    return saved ? c.json(saved) : refuse(c, 404, 'table: no such table, or it has not started');
  });

  app.all('/api/*', (c) => refuse(c, 404, 'no such API route'));

  if (staticRoot) {
    app.use('/*', serveStatic({ root: staticRoot }));
    // The app is one page: any other path gets it (the join link is /?join=CODE).
    app.get('*', serveStatic({ root: staticRoot, path: 'index.html' }));
  }
  return app;
}
