/**
 * The summit protocol as pure rules: briefing → lobbying (a round a day; bilateral
 * alternating offers between the leader and each member) → drafting (the leader proposes,
 * members object, a bounded number of redrafts) → voting under the decision rule →
 * aftermath (promises delivered or withheld, which moves the leader's credibility) →
 * debrief. `validateMove` says why a move is illegal; `applyLegalMove` records a move in the
 * state. The phases themselves belong to the XState machine (summitMachine.ts): it decides
 * when a phase ends (with the predicates below as its guards), runs the phase-change rules
 * (`openSummit`, `countVotes`, `settle`) as its actions and stamps its state into
 * `phase`, which the rules then read to say which moves are legal.
 */
import { TOL } from '../shared/numeric';
import { instrumentOf } from './offerMath';
import { validateMove } from './summitValidation';
import { isAdopted } from './summitPayoffs';
import type {
  LogEntry,
  Offer,
  ReasonedEvent,
  SummitSetup,
  SummitState,
  Thread,
  Transfer,
} from './summitTypes';
import { emptyThread, nextThread } from './threadRules';

export { validateMove };

export function initialSummitState(setup: SummitSetup): SummitState {
  const threads: Record<string, Thread> = {};
  for (const m of setup.members) threads[m] = emptyThread;
  return {
    phase: 'briefing',
    day: 0,
    threads,
    draft: null,
    redraftsLeft: setup.maxRedrafts,
    objections: {},
    votes: {},
    adopted: null,
    transfers: [],
    westBids: {},
    credibility: setup.credibility,
    log: [],
  };
}

function appendLog(state: SummitState, entry: Omit<LogEntry, 'day'>): readonly LogEntry[] {
  return [...state.log, { day: state.day, ...entry }];
}

function describeOffer(setup: SummitSetup, o: Pick<Offer, 'clauses' | 'instruments'>): string {
  const pay = Object.entries(o.instruments)
    .filter(([, a]) => a > 0)
    .map(([id, a]) => `${id} ${+a.toFixed(3)}`)
    .join(', ');
  const worth = Object.entries(o.instruments).reduce(
    (v, [id, a]) => v + (instrumentOf(setup, id)?.value ?? 0) * a,
    0,
  );
  return `back ${o.clauses.join(', ') || 'nothing'}${pay ? ` for ${pay} (face value ${worth.toFixed(3)} bn)` : ' with no payment'}`;
}

function withThread(state: SummitState, member: string, t: Thread): SummitState['threads'] {
  return { ...state.threads, [member]: t };
}

function agree(setup: SummitSetup, state: SummitState, member: string, offer: Offer): SummitState {
  const transfers: Transfer[] = Object.entries(offer.instruments)
    .filter(([, a]) => a > 0)
    .map(([id, amount]) => {
      const timing = instrumentOf(setup, id)?.timing ?? 'now';
      return {
        member,
        instrument: id,
        amount,
        timing,
        status: timing === 'now' ? 'paid' : 'pending',
      };
    });
  return {
    ...state,
    threads: withThread(
      state,
      member,
      nextThread(state.threads[member] as Thread, { type: 'offer.accept' }),
    ),
    transfers: [...state.transfers, ...transfers],
  };
}

/** True once no promise is pending: the aftermath is over. */
export function nothingPending(state: SummitState): boolean {
  return !state.transfers.some((t) => t.status === 'pending');
}

/** True when this `day.next` ends the calendar (the summit opens). */
export function isLastDay(setup: SummitSetup, state: SummitState): boolean {
  return state.day + 1 >= setup.days;
}

/** True when this vote is the last member's: the vote is complete after it. */
export function completesVote(setup: SummitSetup, state: SummitState, e: ReasonedEvent): boolean {
  return setup.members.every((m) => m === e.actor || state.votes[m] !== undefined);
}

/** The machine's phase, stamped into the state on entry so the rules can read it. */
export function enterPhase(state: SummitState, phase: SummitState['phase']): SummitState {
  return state.phase === phase ? state : { ...state, phase };
}

/** The calendar has run out: the summit opens. */
export function openSummit(setup: SummitSetup, state: SummitState): SummitState {
  return {
    ...state,
    log: appendLog(state, { actor: setup.leader, text: 'The summit opens.', visibleTo: 'all' }),
  };
}

/** Every member has voted: the text is adopted if the signatories meet the decision rule. */
export function countVotes(setup: SummitSetup, state: SummitState): SummitState {
  const adopted = isAdopted(setup, state);
  return {
    ...state,
    adopted,
    log: appendLog(state, {
      actor: setup.leader,
      text: adopted
        ? 'The declaration is adopted.'
        : 'The declaration fails: the decision rule is not met.',
      visibleTo: 'all',
    }),
  };
}

/** The game ends: credibility moves toward the share of promised value delivered. */
export function settle(setup: SummitSetup, state: SummitState): SummitState {
  const promised = state.transfers.filter((t) => t.timing === 'promise');
  const value = (t: Transfer) => (instrumentOf(setup, t.instrument)?.value ?? 0) * t.amount;
  const total = promised.reduce((s, t) => s + value(t), 0);
  const delivered = promised
    .filter((t) => t.status === 'delivered')
    .reduce((s, t) => s + value(t), 0);
  const credibility = total > 0 ? (state.credibility + delivered / total) / 2 : state.credibility;
  return {
    ...state,
    credibility,
    log: appendLog(state, {
      actor: setup.leader,
      text: `The game is over. ${setup.leader}'s credibility is now ${credibility.toFixed(2)}.`,
      visibleTo: 'all',
    }),
  };
}

/**
 * The state after a move already validated (the machine's isLegal guard checks it). The
 * phase is left alone: whether the move also ends a phase is the machine's to decide.
 */
export function applyLegalMove(
  setup: SummitSetup,
  state: SummitState,
  e: ReasonedEvent,
): SummitState {
  // The maker's reason goes with the entry but apart from what was said: only the maker
  // reads it during the game (views.ts visibleLog); the full record shows it afterwards.
  const log = (st: SummitState, entry: Omit<LogEntry, 'day' | 'reason'>) =>
    appendLog(st, e.reason ? { ...entry, reason: e.reason } : entry);
  switch (e.type) {
    case 'briefing.done':
      return {
        ...state,
        log: log(state, {
          actor: e.actor,
          text: `Lobbying opens on ${setup.startDate}.`,
          visibleTo: 'all',
        }),
      };
    case 'offer.send':
    case 'offer.counter': {
      const t = nextThread(state.threads[e.member] as Thread, { ...e, day: state.day });
      const said = describeOffer(setup, t.pending as Offer);
      return {
        ...state,
        threads: withThread(state, e.member, t),
        log: log(state, {
          actor: e.actor,
          text:
            e.type === 'offer.send'
              ? `${e.actor} offers ${e.member}: ${said}`
              : `${e.member} counters: ${said}`,
          visibleTo: [setup.leader, e.member],
        }),
      };
    }
    case 'offer.accept': {
      const t = state.threads[e.member] as Thread;
      const next = agree(setup, state, e.member, t.pending as Offer);
      return {
        ...next,
        log: log(state, {
          actor: e.actor,
          text: `${e.actor} accepts: ${describeOffer(setup, t.pending as Offer)}`,
          visibleTo: [setup.leader, e.member],
        }),
      };
    }
    case 'offer.reject': {
      const t = state.threads[e.member] as Thread;
      return {
        ...state,
        threads: withThread(state, e.member, nextThread(t, e)),
        log: log(state, {
          actor: e.actor,
          text: `${e.actor} rejects the offer`,
          visibleTo: [setup.leader, e.member],
        }),
      };
    }
    case 'west.bid':
      return {
        ...state,
        westBids: { ...state.westBids, [e.member]: e.amount },
        log: log(state, {
          actor: e.actor,
          text: `${e.actor} offers ${e.member} ${e.amount.toFixed(3)} bn to refuse`,
          // Russia's intelligence hears of it: the leader can answer a bid.
          visibleTo: [e.actor, e.member, setup.leader],
        }),
      };
    case 'day.next':
      return { ...state, day: state.day + 1 };
    case 'summit.call':
      return {
        ...state,
        log: log(state, {
          actor: e.actor,
          text: `${e.actor} calls the summit early.`,
          visibleTo: 'all',
        }),
      };
    case 'draft.propose':
    case 'draft.redraft':
      return {
        ...state,
        draft: [...e.text],
        objections: {},
        redraftsLeft: e.type === 'draft.redraft' ? state.redraftsLeft - 1 : state.redraftsLeft,
        log: log(state, {
          actor: e.actor,
          text: `${e.actor} ${e.type === 'draft.propose' ? 'proposes' : 'redrafts'} the text: ${e.text.join(', ') || '(empty)'}`,
          visibleTo: 'all',
        }),
      };
    case 'clause.object':
      return {
        ...state,
        objections: {
          ...state.objections,
          [e.actor]: [...(state.objections[e.actor] ?? []), e.clause],
        },
        log: log(state, {
          actor: e.actor,
          text: `${e.actor} objects to "${e.clause}"`,
          visibleTo: 'all',
        }),
      };
    case 'vote.open':
      return {
        ...state,
        log: log(state, { actor: e.actor, text: 'The vote opens.', visibleTo: 'all' }),
      };
    case 'vote.sign':
    case 'vote.refuse': {
      const votes = {
        ...state.votes,
        [e.actor]: e.type === 'vote.sign' ? ('sign' as const) : ('refuse' as const),
      };
      return {
        ...state,
        votes,
        log: log(state, {
          actor: e.actor,
          text: `${e.actor} ${e.type === 'vote.sign' ? 'signs' : 'refuses to sign'}`,
          visibleTo: 'all',
        }),
      };
    }
    case 'promise.deliver':
    case 'promise.withhold': {
      const t = state.transfers[e.index] as Transfer;
      const part = e.type === 'promise.deliver' ? Math.min(e.amount ?? t.amount, t.amount) : 0;
      // A partial delivery splits the promise: the part delivered, the rest withheld.
      const transfers = state.transfers.flatMap((x, i): Transfer[] => {
        if (i !== e.index) return [x];
        if (e.type === 'promise.withhold') return [{ ...x, status: 'withheld' }];
        if (part >= x.amount - TOL.compare) return [{ ...x, status: 'delivered' }];
        return [
          { ...x, amount: part, status: 'delivered' },
          { ...x, amount: x.amount - part, status: 'withheld' },
        ];
      });
      return {
        ...state,
        transfers,
        log: log(state, {
          actor: e.actor,
          text:
            e.type === 'promise.withhold'
              ? `${e.actor} withholds ${t.instrument} ${+t.amount.toFixed(3)} from ${t.member}`
              : `${e.actor} delivers ${t.instrument} ${+part.toFixed(3)}${part < t.amount - TOL.compare ? ` of ${+t.amount.toFixed(3)}` : ''} to ${t.member}`,
          visibleTo: 'all',
        }),
      };
    }
  }
}
