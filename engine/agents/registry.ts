/** Which agent plays a role under a strategy name. */
import type { SummitSetup } from '../protocols/summitTypes';
import { STRATEGIES, type Agent, type StrategyName } from './agent';
import { history2008Leader } from './history2008';
import { leaderAgent } from './leaderAgent';
import { memberAgent } from './memberAgent';
import { westAgent } from './westAgent';

export const DEFAULT_STRATEGY: StrategyName = 'rational';

export function isStrategy(name: string): name is StrategyName {
  return (STRATEGIES as readonly string[]).includes(name);
}

export function agentFor(setup: SummitSetup, role: string, strategy: StrategyName): Agent {
  if (setup.west?.id === role) return westAgent;
  if (role === setup.leader)
    return strategy === 'history-2008' ? history2008Leader : leaderAgent(strategy);
  // Members in the 2008 profile decide on the merits, as the rational agent does.
  return memberAgent(strategy === 'history-2008' ? 'rational' : strategy);
}
