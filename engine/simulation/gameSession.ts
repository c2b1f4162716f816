/**
 * A game in progress, run by the summit machine's actor (summitMachine.ts). The session
 * asks each AI role's agent for its move in a fixed order — members answer pending offers,
 * the West bids once, the leader acts and ends the day; at the summit each member may
 * object after each (re)draft, then all vote; afterwards the leader settles its promises —
 * and stops where a person must move. A person's move goes to the actor, which refuses it
 * with the rules' reason or takes it. The same setup, seed and moves always give the same
 * event log, so a saved game replays exactly. The browser, the CLI and the simulation all
 * play through a session (boardgame.io's "master" over a state machine).
 */
import { createActor, type Actor } from 'xstate';
import { seededRng, type Rng } from '../shared/rng';
import type { Agent } from '../agents/agent';
import { summitMachine } from '../protocols/summitMachine';
import { viewsOf } from '../protocols/views';
import type { ReasonedEvent, SummitSetup, SummitState } from '../protocols/summitTypes';

/** What applies the moves: the summit machine's actor (the benchmark's baseline swaps it). */
export interface Driver {
  state(): SummitState;
  /** Apply a move, or return why it is refused (and change nothing). */
  send(event: ReasonedEvent): string | undefined;
  stop(): void;
}

export type SummitActor = Actor<typeof summitMachine>;

/** The summit machine's actor as a driver; `actor` is exposed for subscribers (the UI). */
export function machineDriver(setup: SummitSetup): Driver & { readonly actor: SummitActor } {
  const actor = createActor(summitMachine, { input: setup }).start();
  return {
    actor,
    state: () => actor.getSnapshot().context.game,
    send: (e) => {
      actor.send(e);
      return actor.getSnapshot().context.refused ?? undefined;
    },
    stop: () => actor.stop(),
  };
}

/** A person's move: a protocol move, or a pass where silence is allowed (no objection). */
export type HumanMove = ReasonedEvent | { type: 'pass'; actor: string };

export interface SessionOptions {
  /**
   * Roles played by people; every other role needs an agent. Read at every turn, so a
   * classroom can hand a seat to an AI (or back) mid-game and call `resume()`.
   */
  readonly humans?: ReadonlySet<string>;
  /** What applies the moves; the summit machine unless a benchmark swaps it. */
  readonly driver?: (setup: SummitSetup) => Driver;
  /** Safety cap on moves; a game that reaches it is a bug. */
  readonly maxMoves?: number;
}

export interface GameSession {
  readonly setup: SummitSetup;
  /** The summit machine's actor, for subscribers (the browser reads it through @xstate/svelte). */
  readonly actor: SummitActor | null;
  state(): SummitState;
  /** Every move taken so far, in order (the saved game's log). */
  readonly events: readonly ReasonedEvent[];
  /** The person who must move next, or null when the game is over. */
  waitingFor(): string | null;
  /**
   * A person's move: taken if it is that person's turn and the rules allow it, then the AI
   * roles move until a person must move again. Returns why a move is refused (nothing changes).
   */
  play(move: HumanMove): string | undefined;
  /** After a seat changed hands: if the role waited for is no longer a person's, AI roles move on. */
  resume(): void;
  stop(): void;
}

/** Who is to move next, given the state and which members have had their say on this draft. */
function nextRoles(setup: SummitSetup, state: SummitState, spoke: ReadonlySet<string>): string[] {
  switch (state.phase) {
    case 'briefing':
      return [setup.leader];
    case 'lobbying': {
      const answering = setup.members.filter((m) => state.threads[m]?.status === 'offered');
      if (answering.length > 0) return answering;
      // The counter-lobbyist gets one turn, as lobbying opens.
      const west = setup.west && !spoke.has(setup.west.id) ? [setup.west.id] : [];
      return [...west, setup.leader];
    }
    case 'drafting': {
      if (!state.draft) return [setup.leader];
      const pending = setup.members.filter((m) => !spoke.has(m));
      return pending.length > 0 ? pending : [setup.leader];
    }
    case 'voting':
      return setup.members.filter((m) => !state.votes[m]);
    case 'aftermath':
      return [setup.leader];
    default:
      return [];
  }
}

/** Silence is a move only where it means "no objection" to a draft, or "no bid" from the West. */
function maySilence(setup: SummitSetup, state: SummitState, role: string): boolean {
  const noObjection = state.phase === 'drafting' && state.draft !== null && role !== setup.leader;
  return noObjection || role === setup.west?.id;
}

/** Start a game: AI roles move at once, up to the first person's turn (or the end). */
export function startSession(
  setup: SummitSetup,
  agents: Readonly<Record<string, Agent>>,
  options: SessionOptions = {},
): GameSession {
  const rng: Rng = seededRng(setup.seed ^ 0x5bd1e995, setup.rngVersion);
  const driver: Driver & { actor?: SummitActor } = (options.driver ?? machineDriver)(setup);
  const humans = options.humans ?? new Set<string>();
  const maxMoves = options.maxMoves ?? 5000;
  const viewOf = viewsOf(setup);
  const events: ReasonedEvent[] = [];
  // Members who have had their say since the last (re)draft; the West once a game.
  let spoke = new Set<string>();
  let waiting: string | null = null;

  /**
   * Send the move (null: stay silent), then mark who has spoken and start "spoke" afresh
   * when the draft changed. A refused move changes nothing, "spoke" included.
   */
  function take(role: string, move: ReasonedEvent | null): string | undefined {
    const before = driver.state();
    if (move) {
      const refused = driver.send(move);
      if (refused) return refused;
      events.push(move);
    }
    if (before.phase === 'drafting' && before.draft && role !== setup.leader) spoke.add(role);
    if (role === setup.west?.id) spoke.add(role);
    if (driver.state().draft !== before.draft)
      spoke = new Set([...spoke].filter((r) => r === setup.west?.id));
    return undefined;
  }

  /** AI roles move until a person must move or the game is over. */
  function advance(): void {
    waiting = null;
    while (driver.state().phase !== 'debrief') {
      if (events.length >= maxMoves) throw new Error(`no end after ${maxMoves} moves`);
      const state = driver.state();
      const roles = nextRoles(setup, state, spoke);
      let moved = false;
      for (const role of roles) {
        if (humans.has(role)) {
          waiting = role;
          return;
        }
        const agent = agents[role];
        if (!agent) throw new Error(`no agent for ${role}`);
        const move = agent(viewOf(state, role), rng);
        const refused = take(role, move);
        if (refused) throw new Error(`illegal move ${move?.type} by ${role}: ${refused}`);
        if (move) {
          moved = true;
          break;
        }
      }
      if (moved) continue;
      // Everyone whose turn it was stayed silent: allowed only where silence is a move
      // (they are marked as having spoken, so the leader moves next).
      if (!roles.every((r) => maySilence(setup, state, r)))
        throw new Error(`${roles.join(', ')} passed in ${state.phase}`);
    }
  }

  advance();
  return {
    setup,
    actor: driver.actor ?? null,
    state: () => driver.state(),
    events,
    waitingFor: () => waiting,
    play(move) {
      if (waiting === null) return 'the game is over';
      if (move.actor !== waiting) return `it is ${waiting}'s turn, not ${move.actor}'s`;
      const state = driver.state();
      if (move.type === 'pass' && !maySilence(setup, state, move.actor))
        return `${move.actor} cannot stay silent during ${state.phase}`;
      const refused = take(move.actor, move.type === 'pass' ? null : move);
      if (refused) return refused;
      advance();
      return undefined;
    },
    resume() {
      if (waiting !== null && !humans.has(waiting)) advance();
    },
    stop: () => driver.stop(),
  };
}
