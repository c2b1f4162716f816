/**
 * The Summit Lab server: the built app, the classroom API and live games over WebSocket,
 * with the classroom kept in an embedded SQLite file (data/classroom.sqlite unless
 * SUMMIT_DATA names another). `npm start` builds the app and runs this.
 *   PORT (default 5173), HOST (default 127.0.0.1; 0.0.0.0 to let a class's devices in),
 *   SUMMIT_DATA (the store file), SUMMIT_GRACE_SECONDS (default 60).
 */
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { startServer } from './server';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const server = await startServer({
  port: Number(process.env.PORT ?? 5173),
  host: process.env.HOST ?? '127.0.0.1',
  dataFile: process.env.SUMMIT_DATA ?? `${root}data/classroom.sqlite`,
  modelsFolder: `${root}models`,
  graceMs: Number(process.env.SUMMIT_GRACE_SECONDS ?? 60) * 1000,
  ...(existsSync(dist) ? { staticRoot: dist } : {}),
});
console.log(`Summit Lab on ${server.url} (classroom store: ${server.dataFile})`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
