/**
 * Every class session the server runs, restored from the store at start. Keeps the
 * timers: a timed pace ends a day at every table every N seconds while the session runs,
 * and a seated student whose connections are all gone keeps the seat for a grace period
 * before the AI stands in. After a restart nobody is connected yet: each seated student
 * gets the grace period to reconnect.
 */
import type { ScenarioModel } from '../../engine/index';
import type { ClassStore, SessionConfig } from '../store/classStore';
import { ClassSession } from './classSession';
import { hashSecret, joinCode, secret } from './credentials';
import { readModel } from './scenarios';

export interface ClassroomOptions {
  readonly store: ClassStore;
  readonly bundled: ReadonlyMap<string, ScenarioModel>;
  /** How long a disconnected student keeps the seat before the AI stands in. */
  readonly graceMs: number;
  /** How long a "second" of the timed pace lasts (1000; tests shorten it). */
  readonly paceSecondMs?: number;
}

export class Classroom {
  readonly sessions = new Map<string, ClassSession>();
  private readonly pace = new Map<string, ReturnType<typeof setInterval>>();
  private readonly grace = new Map<string, ReturnType<typeof setTimeout>>();
  /** Tells the connection layer that a session's table (or lobby, null) changed. */
  onChange: (session: ClassSession, table: number | null) => void = () => {};

  constructor(private readonly options: ClassroomOptions) {
    for (const record of options.store.sessions()) {
      const model = this.modelFor(record.config);
      if (!model.ok) continue; // a model this server can no longer read stays in the store
      const session = this.adopt(new ClassSession(options.store, record, model.model));
      if (session.status === 'running' || session.status === 'paused')
        for (const seat of session.seats())
          if (seat.role) this.disconnected(session, seat.tokenHash);
    }
  }

  get bundled(): ReadonlyMap<string, ScenarioModel> {
    return this.options.bundled;
  }

  private modelFor(config: SessionConfig) {
    if (config.scenarioId === 'custom') return readModel(config.model, 'model');
    const model = this.options.bundled.get(config.scenarioId);
    return model
      ? ({ ok: true, model } as const)
      : ({ ok: false, message: `scenarioId: no bundled scenario "${config.scenarioId}"` } as const);
  }

  private adopt(session: ClassSession): ClassSession {
    this.sessions.set(session.code, session);
    session.onChange = (table) => {
      this.syncPace(session);
      this.onChange(session, table);
    };
    this.syncPace(session);
    return session;
  }

  /** Create a session; returns its join code and the teacher's key (shown once). */
  create(config: SessionConfig): { code: string; key: string } | string {
    const model = this.modelFor(config);
    if (!model.ok) return model.message;
    let code = joinCode();
    while (this.sessions.has(code) || this.options.store.session(code)) code = joinCode();
    const key = secret();
    const record = {
      code,
      teacherKeyHash: hashSecret(key),
      config,
      status: 'open' as const,
      createdAt: Date.now(),
    };
    this.options.store.createSession(record);
    this.adopt(new ClassSession(this.options.store, record, model.model));
    return { code, key };
  }

  private syncPace(session: ClassSession): void {
    const { pace } = session.record.config;
    const ticking = this.pace.get(session.code);
    const should = pace.kind === 'timed' && session.status === 'running';
    if (should && !ticking)
      this.pace.set(
        session.code,
        setInterval(() => session.nextDay(), pace.seconds * (this.options.paceSecondMs ?? 1000)),
      );
    if (!should && ticking) {
      clearInterval(ticking);
      this.pace.delete(session.code);
    }
  }

  connected(session: ClassSession, tokenHash: string): void {
    session.connected.add(tokenHash);
    const timer = this.grace.get(tokenHash);
    if (timer) clearTimeout(timer);
    this.grace.delete(tokenHash);
    session.takeBack(tokenHash);
  }

  disconnected(session: ClassSession, tokenHash: string): void {
    session.connected.delete(tokenHash);
    const old = this.grace.get(tokenHash);
    if (old) clearTimeout(old);
    this.grace.set(
      tokenHash,
      setTimeout(() => {
        this.grace.delete(tokenHash);
        session.standIn(tokenHash);
      }, this.options.graceMs),
    );
  }

  close(): void {
    for (const t of this.pace.values()) clearInterval(t);
    for (const t of this.grace.values()) clearTimeout(t);
    for (const s of this.sessions.values()) s.stop();
    this.options.store.close();
  }
}
