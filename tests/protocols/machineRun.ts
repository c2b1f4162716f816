/**
 * Run moves through the summit machine's actor, for tests that read the resulting state.
 * `from` is a state this helper produced: its moves are replayed first (the machine starts
 * from the beginning; it is never handed a state made elsewhere). A refused move throws.
 */
import { machineDriver } from '../../engine/simulation/gameSession';
import type { ReasonedEvent, SummitSetup, SummitState } from '../../engine/protocols/summitTypes';

const history = new WeakMap<SummitState, readonly ReasonedEvent[]>();

export function machineRun(
  setup: SummitSetup,
  events: readonly ReasonedEvent[],
  from?: SummitState,
): SummitState {
  const prefix = from === undefined ? [] : history.get(from);
  if (!prefix) throw new Error('machineRun: `from` must be a state machineRun returned');
  const all = [...prefix, ...events];
  const driver = machineDriver(setup);
  try {
    for (const e of all) {
      const why = driver.send(e);
      if (why) throw new Error(`illegal move ${e.type} by ${e.actor}: ${why}`);
    }
    const state = driver.state();
    history.set(state, all);
    return state;
  } finally {
    driver.stop();
  }
}
