/**
 * The Play tab's engine module reaches its components through Svelte context, not as a
 * prop on each of them. The Play view provides it once the lazily loaded module is in;
 * components created after that read it at their start.
 */
import { getContext, setContext } from 'svelte';
import type * as PlayEngine from './playEngine';

export type PlayEngineModule = typeof PlayEngine;

const KEY = Symbol('summit-lab:play-engine');

/** In the Play view: provide the engine module (null until it has loaded). */
export function providePlayEngine(current: () => PlayEngineModule | null): void {
  setContext(KEY, current);
}

/** In a Play component: the engine module, which has loaded before any of them is created. */
export function playEngine(): PlayEngineModule {
  const current = getContext<(() => PlayEngineModule | null) | undefined>(KEY);
  const engine = current?.();
  if (!engine) throw new Error('the Play components need the engine loaded by the Play view');
  return engine;
}
