/**
 * Plain, serialisable data of the summit protocol: the setup a game starts from, its
 * state, and the moves (events) that change it. Nothing here holds functions, so a
 * snapshot persists and an event log replays exactly.
 */
import type { CalendarEvent } from '../scenario/calendar';
import type { DeclarationModel, EvaluatedRule } from '../scenario/declarationModel';
import type { LeaderPlan } from '../scenario/leaderPlan';
import type { RngVersion } from '../shared/rng';

export interface SetupInstrument {
  readonly id: string;
  readonly label: string;
  /** What an amount counts, e.g. "US$ bn of principal". */
  readonly unit: string;
  /** Receiver, a member id. */
  readonly to: string;
  readonly min: number;
  readonly max: number;
  /** Cost to the leader per unit. */
  readonly cost: number;
  /** Value to the receiver per unit, before any credibility discount. */
  readonly value: number;
  readonly timing: 'now' | 'promise';
}

/** Everything a game needs, fixed at its start (true private values included). */
export interface SummitSetup {
  readonly scenarioId: string;
  readonly seed: number;
  /** How the seed starts the random generator (1 only for games saved with the old seeding). */
  readonly rngVersion: RngVersion;
  readonly players: readonly string[];
  readonly names: Readonly<Record<string, string>>;
  readonly leader: string;
  readonly members: readonly string[];
  readonly clauseIds: readonly string[];
  readonly clauseText: Readonly<Record<string, string>>;
  /** True value of each clause to each player: value[clause][player]. */
  readonly value: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** What the leader believes about members' values (expected values of the distributions). */
  readonly believedValue: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly disagreement: Readonly<Record<string, number>>;
  readonly instruments: readonly SetupInstrument[];
  readonly budget: number;
  readonly credibility: number;
  readonly jointStatementFactor: number;
  readonly rule: EvaluatedRule;
  readonly days: number;
  readonly startDate: string;
  /** Dated events around the negotiation, for the briefing (the scenario's calendar). */
  readonly events: readonly CalendarEvent[];
  readonly maxRedrafts: number;
  /** What happened, when the scenario records it: public knowledge. */
  readonly history: {
    readonly text: readonly string[];
    readonly payments: readonly {
      instrument: string;
      amount: number;
      delivered: number;
      day: number | null;
    }[];
  } | null;
  /** The counter-lobbyist, when active. */
  readonly west: { readonly id: string; readonly budget: number } | null;
  /** The game's true values as a declaration model over player and clause indices. */
  readonly model: DeclarationModel;
  /** The leader's plan on its beliefs (private to the leader's view). */
  readonly leaderPlan: LeaderPlan;
  /**
   * Later phases, in day order: from each day inside lobbying on which a dated event moves
   * a parameter, the values, payoffs without a deal and plan in force (value, believedValue,
   * disagreement and leaderPlan above are the first day's). Read them with phaseOn.
   */
  readonly phases: readonly SetupPhase[];
}

/** What is in force from a day on (protocols/phases.ts). */
export interface SetupPhase {
  readonly fromDay: number;
  readonly value: SummitSetup['value'];
  readonly believedValue: SummitSetup['believedValue'];
  readonly disagreement: SummitSetup['disagreement'];
  readonly leaderPlan: LeaderPlan;
}

/** An offer in a bilateral thread: clauses the member will back, and what it gets. */
export interface Offer {
  readonly by: 'leader' | 'member';
  /** The lobbying day it was made. */
  readonly day: number;
  readonly clauses: readonly string[];
  /** Instrument id → amount. */
  readonly instruments: Readonly<Record<string, number>>;
}

export interface Thread {
  readonly status: 'open' | 'offered' | 'countered' | 'agreed';
  /** The offer awaiting an answer ("offered" by the leader, "countered" by the member). */
  readonly pending: Offer | null;
  readonly agreement: Offer | null;
  /** Offers made so far, both ways. */
  readonly history: readonly Offer[];
}

export interface Transfer {
  readonly member: string;
  readonly instrument: string;
  readonly amount: number;
  readonly timing: 'now' | 'promise';
  readonly status: 'paid' | 'pending' | 'delivered' | 'withheld';
}

export interface LogEntry {
  readonly day: number;
  readonly actor: string;
  readonly text: string;
  /** Who may read it: everyone, or the listed player ids. */
  readonly visibleTo: 'all' | readonly string[];
  /** Why the maker moved (AI moves give one): private to the maker until the game is over. */
  readonly reason?: string;
}

export type Phase = 'briefing' | 'lobbying' | 'drafting' | 'voting' | 'aftermath' | 'debrief';

export interface SummitState {
  readonly phase: Phase;
  readonly day: number;
  readonly threads: Readonly<Record<string, Thread>>;
  readonly draft: readonly string[] | null;
  readonly redraftsLeft: number;
  readonly objections: Readonly<Record<string, readonly string[]>>;
  readonly votes: Readonly<Record<string, 'sign' | 'refuse'>>;
  readonly adopted: boolean | null;
  readonly transfers: readonly Transfer[];
  /** The West's payments to members for refusing (paid only if they refuse). */
  readonly westBids: Readonly<Record<string, number>>;
  readonly credibility: number;
  readonly log: readonly LogEntry[];
}

/** Every move of the protocol. `actor` is the player id that makes it. */
export type SummitEvent =
  | { type: 'briefing.done'; actor: string }
  | {
      type: 'offer.send';
      actor: string;
      member: string;
      clauses: string[];
      instruments: Record<string, number>;
    }
  | { type: 'offer.accept'; actor: string; member: string }
  | { type: 'offer.reject'; actor: string; member: string }
  | {
      type: 'offer.counter';
      actor: string;
      member: string;
      clauses: string[];
      instruments: Record<string, number>;
    }
  | { type: 'west.bid'; actor: string; member: string; amount: number }
  | { type: 'day.next'; actor: string }
  | { type: 'summit.call'; actor: string }
  | { type: 'draft.propose'; actor: string; text: string[] }
  | { type: 'clause.object'; actor: string; clause: string }
  | { type: 'draft.redraft'; actor: string; text: string[] }
  | { type: 'vote.open'; actor: string }
  | { type: 'vote.sign'; actor: string }
  | { type: 'vote.refuse'; actor: string }
  | { type: 'promise.deliver'; actor: string; index: number; amount?: number }
  | { type: 'promise.withhold'; actor: string; index: number };

export type SummitEventType = SummitEvent['type'];

/** A move with the reason its maker gave (AI moves always carry one). */
export type ReasonedEvent = SummitEvent & { reason?: string };
