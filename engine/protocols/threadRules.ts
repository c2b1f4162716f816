/**
 * One bilateral thread of the lobbying phase: alternating offers between the leader and a
 * member (open → offered ⇄ countered → agreed; Rubinstein's protocol without discounting
 * inside a day). Its statechart is one table, THREAD_TRANSITIONS: the thread machine
 * (threadMachine.ts, drawn in the Analysis tab) is built from it, and `nextThread` takes a
 * thread's next status from it, so the chart and the game cannot disagree.
 */
import type { Offer, Thread } from './summitTypes';

export type ThreadStatus = Thread['status'];

export type ThreadEvent =
  | {
      type: 'offer.send';
      clauses: readonly string[];
      instruments: Readonly<Record<string, number>>;
      day: number;
    }
  | {
      type: 'offer.counter';
      clauses: readonly string[];
      instruments: Readonly<Record<string, number>>;
      day: number;
    }
  | { type: 'offer.accept' }
  | { type: 'offer.reject' };

/** The thread's statechart: status → move → next status. "agreed" is final. */
export const THREAD_TRANSITIONS: Readonly<
  Record<ThreadStatus, Readonly<Partial<Record<ThreadEvent['type'], ThreadStatus>>>>
> = {
  open: { 'offer.send': 'offered' },
  offered: { 'offer.accept': 'agreed', 'offer.reject': 'open', 'offer.counter': 'countered' },
  countered: { 'offer.accept': 'agreed', 'offer.reject': 'open', 'offer.send': 'offered' },
  agreed: {},
};

/** The thread after one move; a move its statechart does not take from here throws. */
export function nextThread(t: Thread, e: ThreadEvent): Thread {
  const status = THREAD_TRANSITIONS[t.status][e.type];
  if (status === undefined) throw new Error(`a thread that is ${t.status} takes no ${e.type}`);
  switch (e.type) {
    case 'offer.send':
    case 'offer.counter': {
      const offer: Offer = {
        by: e.type === 'offer.send' ? 'leader' : 'member',
        day: e.day,
        clauses: [...e.clauses],
        instruments: { ...e.instruments },
      };
      return {
        ...t,
        status,
        pending: offer,
        history: [...t.history, offer],
      };
    }
    case 'offer.accept':
      return { ...t, status, pending: null, agreement: t.pending };
    case 'offer.reject':
      return { ...t, status, pending: null };
  }
}

export const emptyThread: Thread = { status: 'open', pending: null, agreement: null, history: [] };
