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

const THREAD_EVENTS = ['offer.send', 'offer.accept', 'offer.reject', 'offer.counter'] as const;

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
  // Any move the current phase does not take is refused with the rules' reason.
  on: { '*': { actions: 'refuse' } },
  states: {
    briefing: {
      on: {
        'briefing.done': [
          { guard: 'isLegal', actions: 'apply', target: 'lobbying' },
          { actions: 'refuse' },
        ],
      },
    },
    lobbying: {
      entry: 'spawnThreads',
      always: { guard: 'isLobbyingOver', target: 'drafting' },
      on: {
        ...Object.fromEntries(
          THREAD_EVENTS.map((type) => [
            type,
            [{ guard: 'isLegal', actions: ['apply', 'forwardToThread'] }, { actions: 'refuse' }],
          ]),
        ),
        'west.bid': [{ guard: 'isLegal', actions: 'apply' }, { actions: 'refuse' }],
        'day.next': [{ guard: 'isLegal', actions: 'apply' }, { actions: 'refuse' }],
        'summit.call': [
          { guard: 'isLegal', actions: 'apply', target: 'drafting' },
          { actions: 'refuse' },
        ],
      },
    },
    drafting: {
      on: {
        'draft.propose': [{ guard: 'isLegal', actions: 'apply' }, { actions: 'refuse' }],
        'draft.redraft': [{ guard: 'isLegal', actions: 'apply' }, { actions: 'refuse' }],
        'clause.object': [{ guard: 'isLegal', actions: 'apply' }, { actions: 'refuse' }],
        'vote.open': [
          { guard: 'isLegal', actions: 'apply', target: 'voting' },
          { actions: 'refuse' },
        ],
      },
    },
    voting: {
      always: [
        { guard: 'isSettled', target: 'debrief' },
        { guard: 'isVoteOver', target: 'aftermath' },
      ],
      on: {
        'vote.sign': [{ guard: 'isLegal', actions: 'apply' }, { actions: 'refuse' }],
        'vote.refuse': [{ guard: 'isLegal', actions: 'apply' }, { actions: 'refuse' }],
      },
    },
    aftermath: {
      always: { guard: 'isSettled', target: 'debrief' },
      on: {
        'promise.deliver': [{ guard: 'isLegal', actions: 'apply' }, { actions: 'refuse' }],
        'promise.withhold': [{ guard: 'isLegal', actions: 'apply' }, { actions: 'refuse' }],
      },
    },
    debrief: { type: 'final' },
  },
});
