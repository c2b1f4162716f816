/**
 * Start the server in this process: open the store, restore every session, and listen for
 * HTTP and WebSocket on one port. Tests and the load benchmark start it the same way.
 */
import { serve } from '@hono/node-server';
import { WebSocketServer } from 'ws';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { Classroom } from './classroom/classroom';
import { bundledModels } from './classroom/scenarios';
import { classroomApp, DEFAULT_JOIN_LIMITS } from './http/app';
import { DEFAULT_SOCKET_LIMITS, Sockets, type SocketLimits } from './http/sockets';
import { MAX_MESSAGE_BYTES } from './protocol/messages';
import { sqliteStore } from './store/sqliteStore';

export interface ServerOptions {
  readonly port: number;
  readonly host: string;
  /** The SQLite file (":memory:" in tests that need no restart). */
  readonly dataFile: string;
  readonly modelsFolder: string;
  readonly graceMs: number;
  /** How long a "second" of the timed pace lasts (1000 unless a test shortens it). */
  readonly paceSecondMs?: number;
  readonly staticRoot?: string;
  /**
   * Rate limits are multiplied by this (1 by default): tests and the load benchmark, whose
   * clients move at machine speed from one address, raise it.
   */
  readonly rateScale?: number;
  /** Per-connection message limits, before scaling; the monitor's pace is not scaled. */
  readonly socketLimits?: SocketLimits;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  readonly dataFile: string;
  readonly classroom: Classroom;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const classroom = new Classroom({
    store: sqliteStore(options.dataFile),
    bundled: bundledModels(options.modelsFolder),
    graceMs: options.graceMs,
    ...(options.paceSecondMs ? { paceSecondMs: options.paceSecondMs } : {}),
  });
  const scale = options.rateScale ?? 1;
  const limits = options.socketLimits ?? DEFAULT_SOCKET_LIMITS;
  const sockets = new Sockets(classroom, {
    ...limits,
    burst: limits.burst * scale,
    perSecond: limits.perSecond * scale,
  });
  const app = classroomApp({
    joinLimits: {
      burst: DEFAULT_JOIN_LIMITS.burst * scale,
      perSecond: DEFAULT_JOIN_LIMITS.perSecond * scale,
    },
    classroom,
    ...(options.staticRoot ? { staticRoot: options.staticRoot } : {}),
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  wss.on('connection', (socket) => sockets.accept(socket));
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () =>
      resolve(s as Server),
    );
  });
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (new URL(request.url ?? '/', 'http://x').pathname !== '/ws') {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host}:${port}`,
    port,
    dataFile: options.dataFile,
    classroom,
    close: () =>
      new Promise<void>((resolve) => {
        sockets.close();
        wss.close();
        classroom.close();
        server.close(() => resolve());
        // Keep-alive connections would hold close() open.
        server.closeAllConnections();
      }),
  };
}
