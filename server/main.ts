/**
 * The Summit Lab server: the built app, the classroom API and live games over WebSocket,
 * with the classroom kept in an embedded SQLite file (data/classroom.sqlite unless
 * SUMMIT_DATA names another). `npm start` builds the app and runs this.
 *   PORT (default 5173), HOST (default 127.0.0.1; 0.0.0.0 to let a class's devices in),
 *   SUMMIT_DATA (the store file), SUMMIT_GRACE_SECONDS (default 60), SUMMIT_RATE_SCALE
 *   (multiplies the join and message rate limits; default 1).
 */
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { startServer } from './server';

/** A numeric setting from the environment, or exit 2 naming the variable. */
function envNumber(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const x = Number(raw);
  if (!Number.isFinite(x) || x < min || x > max) {
    console.error(`${name}=${raw}: expected a number from ${min} to ${max}`);
    process.exit(2);
  }
  return x;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const server = await startServer({
  port: envNumber('PORT', 5173, 0, 65535),
  host: process.env.HOST ?? '127.0.0.1',
  dataFile: process.env.SUMMIT_DATA ?? `${root}data/classroom.sqlite`,
  modelsFolder: `${root}models`,
  graceMs: envNumber('SUMMIT_GRACE_SECONDS', 60, 0, 86_400) * 1000,
  rateScale: envNumber('SUMMIT_RATE_SCALE', 1, 1, 10_000),
  ...(existsSync(dist) ? { staticRoot: dist } : {}),
});
console.log(`Summit Lab on ${server.url} (classroom store: ${server.dataFile})`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
