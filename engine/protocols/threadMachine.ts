/**
 * One leader–member thread of the lobbying phase: bilateral alternating offers
 * (Rubinstein's protocol without discounting inside a day). The summit machine spawns one
 * per member as a child actor named `thread-<ID>` and forwards the thread's moves to it
 * after checking them against the whole game (budget, bounds). States are the thread's
 * phases; the context is the same plain Thread data the pure rules keep.
 */
import { assign, setup } from 'xstate';
import { emptyThread, nextThread, type ThreadEvent } from './threadRules';
import type { Thread } from './summitTypes';

export type { ThreadEvent } from './threadRules';

export const threadMachine = setup({
  types: {
    input: {} as { member: string },
    context: {} as Thread & { member: string },
    events: {} as ThreadEvent,
  },
  actions: {
    step: assign(({ context, event }) => ({
      ...nextThread(context, event),
      member: context.member,
    })),
  },
}).createMachine({
  id: 'thread',
  context: ({ input }) => ({ ...emptyThread, member: input.member }),
  initial: 'open',
  states: {
    open: { on: { 'offer.send': { actions: 'step', target: 'offered' } } },
    offered: {
      on: {
        'offer.accept': { actions: 'step', target: 'agreed' },
        'offer.reject': { actions: 'step', target: 'open' },
        'offer.counter': { actions: 'step', target: 'countered' },
      },
    },
    countered: {
      on: {
        'offer.accept': { actions: 'step', target: 'agreed' },
        'offer.reject': { actions: 'step', target: 'open' },
        'offer.send': { actions: 'step', target: 'offered' },
      },
    },
    agreed: { type: 'final' },
  },
});
