/**
 * The summit protocol as an XState v5 machine. States are the phases; every guard and
 * action is a one-liner into the pure rules (summitRules.ts), so the context stays plain
 * data. Each member's lobbying thread runs as a child actor `thread-<ID>`
 * (threadMachine.ts) that receives the thread's moves once the summit has checked them.
 */
import { assign, enqueueActions, sendTo, setup } from 'xstate';
import { applyLegalMove, initialSummitState, validateMove } from './summitRules';
import { threadMachine, type ThreadEvent } from './threadMachine';
import type { ReasonedEvent, SummitSetup, SummitState } from './summitTypes';

export interface SummitContext {
  readonly setup: SummitSetup;
  readonly game: SummitState;
  /** Why the last event was refused, for the UI and the CLI; null after a legal move. */
  readonly refused: string | null;
}

/** A move the rules allow is applied (and may move to another phase); others bubble up. */
const legal = (target?: 'lobbying' | 'drafting' | 'voting') =>
  ({ guard: 'isLegal', actions: 'apply', ...(target ? { target } : {}) }) as const;
/** A thread's move is applied, then forwarded to that member's thread actor. */
const legalThreadMove = { guard: 'isLegal', actions: ['apply', 'forwardToThread'] } as const;

export const summitMachine = setup({
  types: {
    input: {} as SummitSetup,
    context: {} as SummitContext,
    events: {} as ReasonedEvent,
  },
  actors: { thread: threadMachine },
  guards: {
    isLegal: ({ context, event }) => validateMove(context.setup, context.game, event) === undefined,
    isLobbyingOver: ({ context }) => context.game.phase === 'drafting',
    isVoteOver: ({ context }) => context.game.phase === 'aftermath',
    isSettled: ({ context }) => context.game.phase === 'debrief',
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
    spawnThreads: enqueueActions(({ context, enqueue }) => {
      for (const member of context.setup.members) {
        enqueue.spawnChild('thread', {
          id: `thread-${member}`,
          systemId: `thread-${member}`,
          input: { member },
        });
      }
    }),
    forwardToThread: sendTo(
      ({ event }) => `thread-${(event as { member: string }).member}`,
      ({ context, event }) =>
        ({
          type: event.type,
          ...('clauses' in event
            ? { clauses: event.clauses, instruments: event.instruments, day: context.game.day }
            : {}),
        }) as ThreadEvent,
    ),
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
      on: { 'briefing.done': legal('lobbying') },
    },
    lobbying: {
      entry: 'spawnThreads',
      always: { guard: 'isLobbyingOver', target: 'drafting' },
      on: {
        'offer.send': legalThreadMove,
        'offer.accept': legalThreadMove,
        'offer.reject': legalThreadMove,
        'offer.counter': legalThreadMove,
        'west.bid': legal(),
        'day.next': legal(),
        'summit.call': legal('drafting'),
      },
    },
    drafting: {
      on: {
        'draft.propose': legal(),
        'draft.redraft': legal(),
        'clause.object': legal(),
        'vote.open': legal('voting'),
      },
    },
    voting: {
      always: [
        { guard: 'isSettled', target: 'debrief' },
        { guard: 'isVoteOver', target: 'aftermath' },
      ],
      on: { 'vote.sign': legal(), 'vote.refuse': legal() },
    },
    aftermath: {
      always: { guard: 'isSettled', target: 'debrief' },
      on: { 'promise.deliver': legal(), 'promise.withhold': legal() },
    },
    debrief: { type: 'final' },
  },
});
