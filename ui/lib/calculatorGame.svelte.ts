/** The game in the Calculator tab (a game document), for the Analysis tab to study too. */
class CalculatorGame {
  /** Raw, not a deep proxy: the document is posted to the solver worker as it is. */
  doc = $state.raw<Record<string, unknown> | null>(null);
}

export const calculatorGame = new CalculatorGame();
