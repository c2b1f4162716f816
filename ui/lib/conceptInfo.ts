/** One-line explanations of each solution concept, with a reference, for the calculator and analysis views. */
import type { ConceptName } from '../../engine/index';

export interface ConceptInfo {
  label: string;
  line: string;
  ref: string;
  /** The defining formula, in plain notation. */
  formula?: string;
}

export const CONCEPT_INFO: Record<ConceptName, ConceptInfo> = {
  shapley: {
    label: 'Shapley value',
    line: 'Average marginal contribution over all orders in which the players could join.',
    ref: 'Shapley (1953)',
    formula: 'φᵢ = Σ_{S ⊆ N∖i} |S|!(n−|S|−1)!/n! · [v(S∪i) − v(S)]',
  },
  banzhaf: {
    label: 'Banzhaf value',
    line: 'Average marginal contribution over all coalitions the player could join (all equally likely).',
    ref: 'Banzhaf (1965); Owen (1975)',
    formula: 'βᵢ = 2^−(n−1) · Σ_{S ⊆ N∖i} [v(S∪i) − v(S)]',
  },
  banzhafNormalized: {
    label: 'Banzhaf index (normalized)',
    line: 'The Banzhaf values rescaled to sum to 1: shares of swing power.',
    ref: 'Banzhaf (1965)',
    formula: 'βᵢ / Σⱼ βⱼ',
  },
  nucleolus: {
    label: 'Nucleolus',
    line: 'The imputation that makes the unhappiest coalitions as happy as possible, lexicographically.',
    ref: 'Schmeidler (1969)',
    formula:
      'lexicographically minimize the excesses e(S, x) = v(S) − x(S), largest first, over imputations',
  },
  prenucleolus: {
    label: 'Prenucleolus',
    line: 'The nucleolus without the requirement that each player gets at least its own worth.',
    ref: 'Schmeidler (1969); Sobolev (1975)',
    formula: 'the same over all efficient x (x(N) = v(N))',
  },
  tau: {
    label: 'τ-value',
    line: "The efficient compromise between each player's minimal right and its marginal contribution to all.",
    ref: 'Tijs (1981)',
  },
  gately: {
    label: 'Gately point',
    line: "Equalizes every player's propensity to disrupt: what the others lose over what it loses by leaving.",
    ref: 'Gately (1974); Littlechild & Vaidya (1976)',
  },
  core: {
    label: 'Core',
    line: 'Allocations that no coalition can improve on by itself; it may be empty.',
    ref: 'Gillies (1959)',
    formula: '{ x : x(N) = v(N), x(S) ≥ v(S) for every S }',
  },
  leastCore: {
    label: 'Least core',
    line: 'The smallest ε such that no coalition S can gain more than ε over x(S); its allocation is the first step of the nucleolus.',
    ref: 'Maschler, Peleg & Shapley (1979)',
    formula: 'min ε such that x(N) = v(N) and x(S) ≥ v(S) − ε for every S ≠ ∅, N',
  },
  shapleyShubik: {
    label: 'Shapley–Shubik index',
    line: 'The share of voting orders in which the player is pivotal.',
    ref: 'Shapley & Shubik (1954)',
    formula: 'the Shapley value of the simple game (v = 1 for winning coalitions)',
  },
  deeganPackel: {
    label: 'Deegan–Packel index',
    line: 'Each minimal winning coalition is equally likely and splits power equally among its members.',
    ref: 'Deegan & Packel (1978)',
  },
  publicGood: {
    label: 'Public Good index',
    line: 'Share of the minimal winning coalitions a player belongs to.',
    ref: 'Holler (1982)',
  },
  johnston: {
    label: 'Johnston index',
    line: 'Each winning coalition credits its critical members equally (1/k each when k can break it).',
    ref: 'Johnston (1978)',
  },
};
