/**
 * The summit rules in a plain loop, with the phase changes written out by hand instead of
 * run by the XState machine. Two uses: an independent oracle (the machine must reach the
 * same state after every move), and the benchmark's baseline for the machine's overhead
 * (the same rules with no actor around them). Not part of the product.
 */
import {
  applyLegalMove,
  completesVote,
  countVotes,
  enterPhase,
  initialSummitState,
  isLastDay,
  nothingPending,
  openSummit,
  settle,
  validateMove,
} from '../../engine/protocols/summitRules';
import type { ReasonedEvent, SummitSetup, SummitState } from '../../engine/protocols/summitTypes';
import type { Driver } from '../../engine/simulation/gameSession';

/** The next state after a legal move, or an Error naming why the move is refused. */
export function plainStep(setup: SummitSetup, state: SummitState, e: ReasonedEvent): SummitState {
  const why = validateMove(setup, state, e);
  if (why) throw new Error(`illegal move ${e.type} by ${e.actor}: ${why}`);
  const lastDay = e.type === 'day.next' && isLastDay(setup, state);
  const lastVote =
    (e.type === 'vote.sign' || e.type === 'vote.refuse') && completesVote(setup, state, e);
  let next = applyLegalMove(setup, state, e);
  if (e.type === 'briefing.done') next = enterPhase(next, 'lobbying');
  if (e.type === 'summit.call') next = enterPhase(next, 'drafting');
  if (lastDay) next = enterPhase(openSummit(setup, next), 'drafting');
  if (e.type === 'vote.open') next = enterPhase(next, 'voting');
  if (lastVote) next = enterPhase(countVotes(setup, next), 'aftermath');
  if (next.phase === 'aftermath' && nothingPending(next))
    next = settle(setup, enterPhase(next, 'debrief'));
  return next;
}

/** Replay moves from the start. */
export function plainRun(
  setup: SummitSetup,
  events: readonly ReasonedEvent[],
  from: SummitState = initialSummitState(setup),
): SummitState {
  return events.reduce((s, e) => plainStep(setup, s, e), from);
}

/** The plain loop as a session driver (the benchmark's baseline). */
export function plainDriver(setup: SummitSetup): Driver {
  let state = initialSummitState(setup);
  return {
    state: () => state,
    send: (e) => {
      const why = validateMove(setup, state, e);
      if (why) return why;
      state = plainStep(setup, state, e);
      return undefined;
    },
    stop: () => undefined,
  };
}
