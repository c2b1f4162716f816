/**
 * Agents are pure functions: (the role's view, a seeded rng) → a move with a reason, or
 * null to pass. They see only viewFor(state, role), never the full state.
 */
import type { Rng } from '../shared/rng';
import type { AgentView } from '../protocols/views';
import type { ReasonedEvent } from '../protocols/summitTypes';

export type Move = ReasonedEvent & { reason: string };
export type Agent = (view: AgentView, rng: Rng) => Move | null;

export const STRATEGIES = [
  'boulware',
  'linear',
  'conceder',
  'tit-for-tat',
  'rational',
  'history-2008',
] as const;
export type StrategyName = (typeof STRATEGIES)[number];

export const bn = (x: number) => `${(Math.abs(x) < 5e-4 ? 0 : x).toFixed(3)} bn`;
