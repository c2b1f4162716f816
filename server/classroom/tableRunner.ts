/**
 * One table of a class session: a game on the summit machine's actor (engine
 * startSession), with the seats people hold read live. Its inputs — who holds a seat, the
 * start, each person's move, the teacher's clock — are an ordered log; `submit` applies an
 * input and, only if the table takes it, appends it to the store before anyone hears of
 * it. Rebuilding a table replays its log (AI roles answer the same way from the same seed),
 * so a restarted server resumes every table where it stood.
 */
import {
  agentFor,
  createSetup,
  startSession,
  type GameSession,
  type ScenarioModel,
  type StrategyName,
  type SummitSetup,
} from '../../engine/index';
import type { ClassStore, TableEntry } from '../store/classStore';

export interface TableOptions {
  readonly code: string;
  readonly index: number;
  readonly model: ScenarioModel;
  readonly seed: number;
  readonly history: boolean;
  readonly ai: StrategyName;
}

export class TableRunner {
  readonly setup: SummitSetup;
  /** Roles people hold now (the session reads this set at every turn). */
  readonly humans = new Set<string>();
  /** Public notes for everyone at the table: who left, who came back, the clock. */
  readonly notices: string[] = [];
  private session: GameSession | null = null;
  private seq = 0;

  constructor(
    private readonly store: ClassStore,
    readonly options: TableOptions,
  ) {
    this.setup = createSetup(options.model, { seed: options.seed, history: options.history });
  }

  /** A table rebuilt from its stored log. */
  static restore(store: ClassStore, options: TableOptions): TableRunner {
    const table = new TableRunner(store, options);
    for (const entry of store.entries(options.code, options.index)) {
      const refused = table.apply(entry);
      if (refused) throw new Error(`table ${options.index + 1}: stored entry refused: ${refused}`);
      table.seq++;
    }
    return table;
  }

  get started(): boolean {
    return this.session !== null;
  }
  get game(): GameSession | null {
    return this.session;
  }
  /** The number of inputs taken: a client's move names the count it saw, so a stale or replayed message is refused. */
  get length(): number {
    return this.seq;
  }
  get over(): boolean {
    return this.session !== null && this.session.waitingFor() === null;
  }

  /** Apply an input; if the table takes it, it is stored before this returns. */
  submit(entry: TableEntry): string | undefined {
    const refused = this.apply(entry);
    if (refused) return refused;
    this.store.append(this.options.code, this.options.index, this.seq, entry);
    this.seq++;
    return undefined;
  }

  private apply(entry: TableEntry): string | undefined {
    switch (entry.kind) {
      case 'seat': {
        if (!this.setup.players.includes(entry.role)) return `no role ${entry.role} at this table`;
        if (entry.human) this.humans.add(entry.role);
        else this.humans.delete(entry.role);
        this.notices.push(entry.note);
        this.session?.resume();
        return undefined;
      }
      case 'start': {
        if (this.session) return 'the game has already started';
        const agents = Object.fromEntries(
          this.setup.players.map((p) => [p, agentFor(this.setup, p, this.options.ai)]),
        );
        this.session = startSession(this.setup, agents, { humans: this.humans });
        return undefined;
      }
      case 'move': {
        if (!this.session) return 'the game has not started';
        return this.session.play(entry.move);
      }
      case 'clock': {
        const s = this.session;
        if (!s) return 'the game has not started';
        // The clock moves the leader on when it is the leader's turn: it opens the lobbying
        // after the briefing, then ends each lobbying day.
        const leader = this.setup.leader;
        const { phase, day } = s.state();
        if (s.waitingFor() !== leader || (phase !== 'briefing' && phase !== 'lobbying'))
          return 'the clock waits for the leader to be between moves, before the summit';
        const reason = "the teacher's clock";
        const briefing = phase === 'briefing';
        const refused = s.play(
          briefing
            ? { type: 'briefing.done', actor: leader, reason }
            : { type: 'day.next', actor: leader, reason },
        );
        if (!refused)
          this.notices.push(
            briefing
              ? "The teacher's clock opened the lobbying."
              : `The teacher's clock ended day ${day}.`,
          );
        return refused;
      }
    }
  }

  stop(): void {
    this.session?.stop();
  }
}
