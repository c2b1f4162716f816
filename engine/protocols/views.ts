/**
 * What each role may see (boardgame.io's playerView): the public record of the game plus
 * the role's own private data. The leader sees every thread it is party to, its budget and
 * its beliefs about members' values — never their true values. A member sees its own
 * thread, its own values, the instruments offered to it and the West's bid to it. Log
 * entries carry their audience and are filtered the same way (visibleLog).
 */
import { phaseOn, phaseStart } from './phases';
import type { LeaderPlan } from '../scenario/leaderPlan';
import { budgetLeft } from './offerMath';
import type {
  LogEntry,
  SetupInstrument,
  SummitSetup,
  SummitState,
  Thread,
  Transfer,
} from './summitTypes';

export interface AgentView {
  readonly role: string;
  readonly isLeader: boolean;
  readonly leader: string;
  /** Every voter in the model's order (the decision rule's weights follow it). */
  readonly players: readonly string[];
  readonly members: readonly string[];
  readonly phase: SummitState['phase'];
  readonly day: number;
  readonly days: number;
  readonly clauseIds: readonly string[];
  readonly rule: SummitSetup['rule'];
  readonly draft: readonly string[] | null;
  readonly redraftsLeft: number;
  readonly objections: SummitState['objections'];
  readonly votes: SummitState['votes'];
  readonly adopted: boolean | null;
  readonly credibility: number;
  /** The role's own value of each clause, and its payoff for not signing. */
  readonly ownValue: Readonly<Record<string, number>>;
  readonly ownDisagreement: number;
  /** Public: every player's disagreement payoff (the costs of defiance are not private). */
  readonly disagreement: Readonly<Record<string, number>>;
  /** Leader (and West) only: expected values of members' clause values. */
  readonly believedValue: SummitSetup['believedValue'] | null;
  readonly leaderValue: Readonly<Record<string, number>> | null;
  /** Leader only: its plan for the values in force, computed when the game was set up. */
  readonly plan: LeaderPlan | null;
  /** The day the values in force took effect: 0, or the day of the last event that moved them. */
  readonly since: number;
  /** Leader only: the next dated event that moves values, and its plan (the calendar is public). */
  readonly nextPhase: { readonly fromDay: number; readonly plan: LeaderPlan } | null;
  readonly threads: Readonly<Record<string, Thread>>;
  readonly instruments: readonly SetupInstrument[];
  readonly transfers: readonly Transfer[];
  readonly budgetLeft: number | null;
  readonly budget: number | null;
  readonly westBid: number | null;
  /** Leader and West: the West's bid for each member's refusal (the leader hears of them). */
  readonly westBids: Readonly<Record<string, number>> | null;
  readonly westBudget: number | null;
  readonly jointStatementFactor: number;
  /** The historical record (public). */
  readonly history: SummitSetup['history'];
}

const canSee = (entry: LogEntry, role: string) =>
  entry.visibleTo === 'all' || entry.visibleTo.includes(role);

/** What a role sees that changes only with the game's phase: computed once per role and phase. */
type RoleStatics = Pick<AgentView, 'ownValue' | 'leaderValue' | 'instruments'>;

function staticsFor(setup: SummitSetup, role: string, day: number): RoleStatics {
  const isLeader = role === setup.leader;
  const own = isLeader || setup.members.includes(role);
  const { value } = phaseOn(setup, day);
  return {
    ownValue: Object.fromEntries(
      setup.clauseIds.map((c) => [c, own ? (value[c]?.[role] ?? 0) : 0]),
    ),
    leaderValue: Object.fromEntries(setup.clauseIds.map((c) => [c, value[c]?.[setup.leader] ?? 0])),
    instruments: isLeader ? setup.instruments : setup.instruments.filter((k) => k.to === role),
  };
}

function view(
  setup: SummitSetup,
  state: SummitState,
  role: string,
  statics: RoleStatics,
): AgentView {
  const isLeader = role === setup.leader;
  const isWest = setup.west?.id === role;
  const isMember = !isLeader && !isWest && setup.members.includes(role);
  const phase = phaseOn(setup, state.day);
  return {
    role,
    isLeader,
    leader: setup.leader,
    players: setup.players,
    members: setup.members,
    phase: state.phase,
    day: state.day,
    days: setup.days,
    clauseIds: setup.clauseIds,
    rule: setup.rule,
    draft: state.draft,
    redraftsLeft: state.redraftsLeft,
    objections: state.objections,
    votes: state.votes,
    adopted: state.adopted,
    credibility: state.credibility,
    ownValue: statics.ownValue,
    ownDisagreement: phase.disagreement[role] ?? 0,
    disagreement: phase.disagreement,
    believedValue: isLeader || isWest ? phase.believedValue : null,
    // Russia's value of each clause is public knowledge (it says what it wants).
    leaderValue: statics.leaderValue,
    plan: isLeader ? phase.leaderPlan : null,
    since: phaseStart(setup, state.day),
    nextPhase: isLeader ? nextPhase(setup, state.day) : null,
    threads: isLeader ? state.threads : isMember ? { [role]: state.threads[role] as Thread } : {},
    instruments: statics.instruments,
    transfers: isLeader ? state.transfers : state.transfers.filter((t) => t.member === role),
    budgetLeft: isLeader ? budgetLeft(setup, state) : null,
    budget: isLeader ? setup.budget : null,
    westBid: isMember
      ? (state.westBids[role] ?? 0)
      : isWest
        ? Object.values(state.westBids).reduce((s, x) => s + x, 0)
        : null,
    westBids: isLeader || isWest ? state.westBids : null,
    westBudget: isWest ? (setup.west?.budget ?? 0) : null,
    jointStatementFactor: setup.jointStatementFactor,
    history: setup.history,
  };
}

function nextPhase(setup: SummitSetup, day: number): AgentView['nextPhase'] {
  const next = setup.phases.find((p) => p.fromDay > day);
  return next ? { fromDay: next.fromDay, plan: next.leaderPlan } : null;
}

/** What every player at the table may know of the game's setup (no private values). */
export type PublicTable = Pick<
  SummitSetup,
  | 'scenarioId'
  | 'seed'
  | 'leader'
  | 'members'
  | 'names'
  | 'clauseIds'
  | 'clauseText'
  | 'days'
  | 'startDate'
  | 'events'
>;

export function publicTable(setup: SummitSetup): PublicTable {
  return {
    scenarioId: setup.scenarioId,
    seed: setup.seed,
    leader: setup.leader,
    members: setup.members,
    names: setup.names,
    clauseIds: setup.clauseIds,
    clauseText: setup.clauseText,
    days: setup.days,
    startDate: setup.startDate,
    events: setup.events,
  };
}

/** A role's view of one state. */
export function viewFor(setup: SummitSetup, state: SummitState, role: string): AgentView {
  return view(setup, state, role, staticsFor(setup, role, state.day));
}

/**
 * Views of one game's states, with each role's fixed part (its values, its instruments)
 * computed once per phase: what a session uses at every move.
 */
export function viewsOf(setup: SummitSetup): (state: SummitState, role: string) => AgentView {
  const statics = new Map<string, RoleStatics>();
  return (state, role) => {
    const key = `${role} ${phaseStart(setup, state.day)}`;
    let s = statics.get(key);
    if (!s) statics.set(key, (s = staticsFor(setup, role, state.day)));
    return view(setup, state, role, s);
  };
}

/**
 * The log entries a role may read. Kept out of the view: agents decide on the state, and
 * filtering a growing log at every move was most of a game's garbage.
 */
export function visibleLog(state: SummitState, role: string): LogEntry[] {
  return state.log
    .filter((e) => canSee(e, role))
    .map((e) => (e.reason === undefined || e.actor === role ? e : withoutReason(e)));
}

/** An entry as one line: what was said, then the maker's reason where the reader may see it. */
export function logLine(e: Pick<LogEntry, 'text' | 'reason'>): string {
  return e.reason ? `${e.text} — ${e.reason}` : e.text;
}

function withoutReason(e: LogEntry): LogEntry {
  const { reason: _private, ...said } = e;
  return said;
}
