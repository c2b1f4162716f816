/**
 * Play one game through a session (gameSession.ts) in one call: the AI roles move, and the
 * people's moves are taken in order from a list. Returns where the game stopped — at its
 * end, or waiting for a person whose next move is not in the list yet.
 */
import type { Agent } from '../agents/agent';
import type { ReasonedEvent, SummitSetup, SummitState } from '../protocols/summitTypes';
import { startSession, type Driver, type HumanMove } from './gameSession';

export type { Driver, HumanMove } from './gameSession';
export { machineDriver } from './gameSession';

export interface PlayOptions {
  /** Roles played by people: their moves are taken in order from `humanMoves`. */
  readonly humans?: ReadonlySet<string>;
  /** A human's moves in order; `{ type: 'pass' }` stays silent where that is allowed. */
  readonly humanMoves?: readonly HumanMove[];
  /** What applies the moves; the summit machine unless a benchmark swaps it. */
  readonly driver?: (setup: SummitSetup) => Driver;
  /** Safety cap on moves; a game that reaches it is a bug. */
  readonly maxMoves?: number;
}

export interface PlayedGame {
  readonly events: ReasonedEvent[];
  readonly state: SummitState;
  /** True when the game stopped to wait for a human move. */
  readonly waitingFor: string | null;
}

/** Play to the end or to a person's missing move; an illegal listed move throws. */
export function playGame(
  setup: SummitSetup,
  agents: Readonly<Record<string, Agent>>,
  options: PlayOptions = {},
): PlayedGame {
  const session = startSession(setup, agents, options);
  try {
    for (const move of options.humanMoves ?? []) {
      const waiting = session.waitingFor();
      if (waiting === null || move.actor !== waiting) break;
      const refused = session.play(move);
      if (refused) throw new Error(`illegal move ${move.type} by ${move.actor}: ${refused}`);
    }
    return {
      events: [...session.events],
      state: session.state(),
      waitingFor: session.waitingFor(),
    };
  } finally {
    session.stop();
  }
}
