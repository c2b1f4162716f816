/**
 * One leader–member thread as an XState machine, built from the thread's statechart table
 * (THREAD_TRANSITIONS in threadRules.ts), with the thread's plain data as its context. The
 * summit keeps each thread's data in its own context and takes the next status from the
 * same table (child actors per member cost more than half of a game's time and added
 * nothing the table does not say); this machine is what the Analysis tab draws and what
 * the model-based tests walk.
 */
import { assign, setup, type AnyStateMachine } from 'xstate';
import { emptyThread, nextThread, THREAD_TRANSITIONS, type ThreadEvent } from './threadRules';
import type { Thread } from './summitTypes';

export type { ThreadEvent } from './threadRules';

const states = Object.fromEntries(
  Object.entries(THREAD_TRANSITIONS).map(([status, on]) => [
    status,
    Object.keys(on).length === 0
      ? { type: 'final' as const }
      : {
          on: Object.fromEntries(
            Object.entries(on).map(([type, target]) => [type, { actions: 'step', target }]),
          ),
        },
  ]),
);

export const threadMachine: AnyStateMachine = setup({
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
  states,
});
