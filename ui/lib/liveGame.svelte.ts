/**
 * Where the game in the Play view stands, for the live statechart in the Analysis view:
 * the summit's phase and each member's thread status (the machines' state names). The
 * Play view writes it after every move; null when no game is under way.
 */
export const liveGame = $state<{
  phase: string | null;
  threads: Record<string, string>;
}>({ phase: null, threads: {} });
