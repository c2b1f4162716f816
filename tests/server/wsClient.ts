/**
 * A classroom client for tests: an HTTP helper and a WebSocket that keeps every message
 * it receives (the trust test reads them all) and waits for the next one that matches.
 */
import WebSocket from 'ws';

export type Message = { type: string; [k: string]: unknown };

export async function post(
  base: string,
  path: string,
  body: unknown,
): Promise<{ status: number; json: Record<string, string> }> {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as Record<string, string> };
}

export class Client {
  readonly received: Message[] = [];
  readonly raw: string[] = [];
  private waiters: { pred: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  private cursor = 0;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const text = Array.isArray(data)
        ? Buffer.concat(data).toString('utf8')
        : Buffer.from(data as ArrayBuffer).toString('utf8');
      this.raw.push(text);
      const m = JSON.parse(text) as Message;
      this.received.push(m);
      this.waiters = this.waiters.filter((w) => {
        if (!w.pred(m)) return true;
        w.resolve(m);
        return false;
      });
    });
  }

  static open(base: string): Promise<Client> {
    const socket = new WebSocket(base.replace(/^http/, 'ws') + '/ws');
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve(new Client(socket)));
      socket.once('error', reject);
    });
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The first message after the last one taken that matches (waits for it if needed). */
  next(pred: (m: Message) => boolean = () => true): Promise<Message> {
    for (; this.cursor < this.received.length; this.cursor++) {
      const m = this.received[this.cursor] as Message;
      if (pred(m)) {
        this.cursor++;
        return Promise.resolve(m);
      }
    }
    this.cursor = this.received.length;
    return new Promise((resolve) =>
      this.waiters.push({
        pred,
        resolve: (m) => {
          this.cursor = this.received.length;
          resolve(m);
        },
      }),
    );
  }

  /** The latest message of a type received so far. */
  latest(type: string): Message | undefined {
    return [...this.received].reverse().find((m) => m.type === type);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.readyState === WebSocket.CLOSED) return resolve();
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}
