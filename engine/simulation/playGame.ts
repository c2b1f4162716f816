/**
 * Play one game to the end: the loop asks each role's agent (or takes the next human
 * move) in a fixed order — members answer pending offers, the West bids, the leader acts
 * and ends the day; at the summit each member may object after each (re)draft, then all
 * vote; afterwards the leader settles its promises. The same setup, seed and human moves
 * always give the same event log. A driver applies moves: the pure rules, or the XState
 * machine (to measure its overhead and to test that both agree).
 */
import { createActor } from 'xstate';
import { seededRng, type Rng } from '../shared/rng';
import type { Agent } from '../agents/agent';
import { applyMove, initialSummitState, validateMove } from '../protocols/summitRules';
import { summitMachine } from '../protocols/summitMachine';
import { viewFor } from '../protocols/views';
import type { ReasonedEvent, SummitSetup, SummitState } from '../protocols/summitTypes';

export interface Driver {
  state(): SummitState;
  send(event: ReasonedEvent): void;
}

export function pureDriver(setup: SummitSetup): Driver {
  let state = initialSummitState(setup);
  return {
    state: () => state,
    send: (e) => {
      state = applyMove(setup, state, e);
    },
  };
}

export function machineDriver(setup: SummitSetup): Driver & { stop(): void } {
  const actor = createActor(summitMachine, { input: setup }).start();
  return {
    state: () => actor.getSnapshot().context.game,
    send: (e) => {
      actor.send(e);
      const refused = actor.getSnapshot().context.refused;
      if (refused) throw new Error(`illegal move ${e.type} by ${e.actor}: ${refused}`);
    },
    stop: () => actor.stop(),
  };
}

/** A person's move: a protocol move, or a pass where silence is allowed (no objection). */
export type HumanMove = ReasonedEvent | { type: 'pass'; actor: string };

export interface PlayOptions {
  /** Roles played by people: their moves are taken in order from `humanMoves`. */
  readonly humans?: ReadonlySet<string>;
  /** A human's moves in order; `{ type: 'pass' }` stays silent where that is allowed. */
  readonly humanMoves?: readonly HumanMove[];
  readonly driver?: 'pure' | 'machine';
  /** Safety cap on moves; a game that reaches it is a bug. */
  readonly maxMoves?: number;
}

export interface PlayedGame {
  readonly events: ReasonedEvent[];
  readonly state: SummitState;
  /** True when the game stopped to wait for a human move. */
  readonly waitingFor: string | null;
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

export function playGame(
  setup: SummitSetup,
  agents: Readonly<Record<string, Agent>>,
  options: PlayOptions = {},
): PlayedGame {
  const rng: Rng = seededRng(setup.seed ^ 0x5bd1e995, setup.rngVersion);
  const machine = options.driver === 'machine' ? machineDriver(setup) : null;
  const driver: Driver = machine ?? pureDriver(setup);
  const humans = options.humans ?? new Set<string>();
  const queue = [...(options.humanMoves ?? [])];
  const events: ReasonedEvent[] = [];
  // Members who have had their say since the last (re)draft; the West once a game.
  let spoke = new Set<string>();
  const maxMoves = options.maxMoves ?? 5000;
  try {
    while (driver.state().phase !== 'debrief') {
      if (events.length >= maxMoves) throw new Error(`no end after ${maxMoves} moves`);
      const state = driver.state();
      const roles = nextRoles(setup, state, spoke);
      let moved = false;
      for (const role of roles) {
        let move: ReasonedEvent | null;
        if (humans.has(role)) {
          const next = queue[0];
          if (!next || next.actor !== role) return { events, state, waitingFor: role };
          queue.shift();
          if (next.type === 'pass') {
            move = null;
          } else {
            move = next;
            const why = validateMove(setup, state, move);
            if (why) throw new Error(`illegal move ${move.type} by ${role}: ${why}`);
          }
        } else {
          const agent = agents[role];
          if (!agent) throw new Error(`no agent for ${role}`);
          move = agent(viewFor(setup, state, role), rng);
        }
        if (state.phase === 'drafting' && state.draft && role !== setup.leader) spoke.add(role);
        if (setup.west && role === setup.west.id) spoke.add(role);
        if (!move) continue;
        const before = driver.state().draft;
        driver.send(move);
        events.push(move);
        if (driver.state().draft !== before)
          spoke = new Set([...spoke].filter((r) => r === setup.west?.id));
        moved = true;
        break;
      }
      if (moved) continue;
      // Passing is allowed where it means "no objection" (drafting) or "no bid" (the West);
      // they are marked as having spoken, so the leader moves next.
      const mayPass = state.phase === 'drafting' || roles.every((r) => r === setup.west?.id);
      if (!mayPass || roles.includes(setup.leader))
        throw new Error(`${roles.join(', ')} passed in ${state.phase}`);
    }
    return { events, state: driver.state(), waitingFor: null };
  } finally {
    machine?.stop();
  }
}
