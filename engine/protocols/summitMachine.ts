/**
 * The summit protocol as an XState v5 machine, and the authority on its phases: the
 * machine's state is the phase, its transitions decide when a phase ends, and its entry
 * actions stamp the phase into the game so the rules know which moves are legal. The
 * rules (summitRules.ts) stay pure functions, called here as guards (is the move legal,
 * is it the last day, the last vote, is anything still promised) and actions (record the
 * move, open the summit, count the votes, settle the promises). Each member's lobbying
 * thread moves by its own statechart (threadRules.ts, drawn as threadMachine.ts) inside the
 * summit's context, once the summit has checked the move against the whole game.
 */
import { and, assign, setup } from 'xstate';
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
} from './summitRules';
import type { ReasonedEvent, SummitSetup, SummitState } from './summitTypes';

export interface SummitContext {
  readonly setup: SummitSetup;
  readonly game: SummitState;
  /** Why the last event was refused, for the UI and the CLI; null after a legal move. */
  readonly refused: string | null;
}

type Phase = SummitState['phase'];

/** A move the rules allow is recorded (and may end the phase); others bubble up. */
const legal = (target?: Phase) =>
  ({ guard: 'isLegal', actions: 'apply', ...(target ? { target } : {}) }) as const;
/** The vote's last ballot counts the votes and ends the vote; earlier ballots are recorded. */
const ballot = [
  {
    guard: and(['completesVote', 'isLegal']),
    target: 'aftermath',
    actions: ['apply', 'countVotes'],
  },
  legal(),
] as const;
/** On entry to a phase, the game records it (the rules read `game.phase`). */
const enter = (phase: Phase) => ({ type: 'enter', params: { phase } }) as const;

export const summitMachine = setup({
  types: {
    input: {} as SummitSetup,
    context: {} as SummitContext,
    events: {} as ReasonedEvent,
  },
  guards: {
    isLegal: ({ context, event }) => validateMove(context.setup, context.game, event) === undefined,
    isLastDay: ({ context }) => isLastDay(context.setup, context.game),
    completesVote: ({ context, event }) => completesVote(context.setup, context.game, event),
    nothingPending: ({ context }) => nothingPending(context.game),
  },
  actions: {
    // The isLegal guard has validated the move: apply it without checking twice.
    apply: assign(({ context, event }) => ({
      game: applyLegalMove(context.setup, context.game, event),
      refused: null,
    })),
    refuse: assign(({ context, event }) => ({
      refused: validateMove(context.setup, context.game, event) ?? null,
    })),
    enter: assign(({ context }, params: { phase: Phase }) => ({
      game: enterPhase(context.game, params.phase),
    })),
    openSummit: assign(({ context }) => ({ game: openSummit(context.setup, context.game) })),
    countVotes: assign(({ context }) => ({ game: countVotes(context.setup, context.game) })),
    settle: assign(({ context }) => ({ game: settle(context.setup, context.game) })),
  },
}).createMachine({
  id: 'summit',
  context: ({ input }) => ({ setup: input, game: initialSummitState(input), refused: null }),
  initial: 'briefing',
  // A move the current phase does not take (unknown there, or its guard fails) bubbles up
  // here and is refused with the rules' reason.
  on: { '*': { actions: 'refuse' } },
  states: {
    briefing: {
      entry: enter('briefing'),
      on: { 'briefing.done': legal('lobbying') },
    },
    lobbying: {
      entry: enter('lobbying'),
      on: {
        'offer.send': legal(),
        'offer.accept': legal(),
        'offer.reject': legal(),
        'offer.counter': legal(),
        'west.bid': legal(),
        'day.next': [
          {
            guard: and(['isLastDay', 'isLegal']),
            target: 'drafting',
            actions: ['apply', 'openSummit'],
          },
          legal(),
        ],
        'summit.call': legal('drafting'),
      },
    },
    drafting: {
      entry: enter('drafting'),
      on: {
        'draft.propose': legal(),
        'draft.redraft': legal(),
        'clause.object': legal(),
        'vote.open': legal('voting'),
      },
    },
    voting: {
      entry: enter('voting'),
      on: { 'vote.sign': ballot, 'vote.refuse': ballot },
    },
    aftermath: {
      entry: enter('aftermath'),
      always: { guard: 'nothingPending', target: 'debrief' },
      on: { 'promise.deliver': legal(), 'promise.withhold': legal() },
    },
    debrief: { type: 'final', entry: [enter('debrief'), 'settle'] },
  },
});
