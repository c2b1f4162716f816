/**
 * The pure rules of one bilateral thread: alternating offers between the leader and a
 * member (open → offered ⇄ countered → agreed). Used by the summit rules and by the
 * thread child machine alike.
 */
import type { Offer, Thread } from './summitTypes';

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

/** The thread after one move. */
export function nextThread(t: Thread, e: ThreadEvent): Thread {
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
        status: e.type === 'offer.send' ? 'offered' : 'countered',
        pending: offer,
        history: [...t.history, offer],
      };
    }
    case 'offer.accept':
      return { ...t, status: 'agreed', pending: null, agreement: t.pending };
    case 'offer.reject':
      return { ...t, status: 'open', pending: null };
  }
}

export const emptyThread: Thread = { status: 'open', pending: null, agreement: null, history: [] };
