/**
 * A machine's statechart as plain data, read from the XState definition itself (so a
 * drawing can never drift from the protocol): its top-level states in document order,
 * which is initial or final, and each transition with its event, target and guard.
 * Eventless ("always") transitions are listed with the event "always". The root's
 * wildcard handler (refusing moves a phase does not take) is reported separately.
 */
import type { AnyStateMachine, AnyStateNode } from 'xstate';

export interface ChartTransition {
  /** The event type, or "always" for an eventless transition. */
  readonly event: string;
  /** The target state's key, or null for a self-transition without a target. */
  readonly target: string | null;
  readonly guard: string | null;
}

export interface ChartState {
  readonly key: string;
  readonly initial: boolean;
  readonly final: boolean;
  readonly transitions: ChartTransition[];
  /** Named entry actions (e.g. spawning the thread actors). */
  readonly entry: string[];
}

export interface Statechart {
  readonly id: string;
  readonly states: ChartState[];
  /** Events every state refuses unless it handles them (the root's "*" handler). */
  readonly rootEvents: string[];
}

type Transition = NonNullable<AnyStateNode['always']>[number];

/** A guard's name; a combination made with XState's and() reads "isLastDay and isLegal". */
function nameOf(g: unknown): string {
  if (typeof g === 'string') return g;
  if (typeof g === 'function' && 'guards' in g && Array.isArray(g.guards))
    return (g.guards as unknown[]).map(nameOf).join(' and ');
  return typeof g === 'object' && g !== null && 'type' in g ? String(g.type) : 'guard';
}

const guardName = (t: Transition) => (t.guard ? nameOf(t.guard) : null);

function toChart(t: Transition, event: string): ChartTransition {
  return { event, target: t.target?.[0]?.key ?? null, guard: guardName(t) };
}

const actionName = (a: unknown) =>
  typeof a === 'string' ? a : typeof a === 'object' && a && 'type' in a ? String(a.type) : 'action';

export function statechart(machine: AnyStateMachine): Statechart {
  const root = machine.root;
  const initial = root.initial.target[0]?.key;
  const states = Object.values(root.states).map((node): ChartState => {
    const transitions: ChartTransition[] = [];
    for (const [event, list] of node.transitions)
      for (const t of list) transitions.push(toChart(t, event));
    for (const t of node.always ?? []) transitions.push(toChart(t, 'always'));
    return {
      key: node.key,
      initial: node.key === initial,
      final: node.type === 'final',
      transitions,
      entry: node.entry.map(actionName),
    };
  });
  return { id: root.id, states, rootEvents: [...root.transitions.keys()] };
}
