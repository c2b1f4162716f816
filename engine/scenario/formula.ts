/**
 * The restricted formula language of model files. Formulas are untrusted: they are parsed
 * by mathjs (number-only build, parse alone — no evaluate, import, createUnit, …), then
 * every node of the syntax tree is checked against a whitelist — numbers, parameter
 * names, + − * / ^ and comparisons, parentheses, a ? b : c, and a short list of math
 * functions — and compiled to plain closures. Nothing the user wrote is ever handed to
 * an evaluator, so there is no route to JavaScript objects, assignments or definitions.
 * Ref: mathjs security notes (mathjs.org/docs/expressions/security.html).
 */
import { create, parseDependencies, type FactoryFunctionMap } from 'mathjs/number';
import type { Result } from '../shared/types';

// Only the parser: no evaluate, import, createUnit or any function is instantiated.
// (With noUncheckedIndexedAccess the dependency map types as possibly undefined.)
const math = create({ parseDependencies } as FactoryFunctionMap);

/** Longest formula accepted, in characters. */
export const MAX_FORMULA_LENGTH = 500;
/** Deepest nesting accepted (parentheses, calls, operators). */
export const MAX_FORMULA_DEPTH = 24;

type Fn = (...args: number[]) => number;
/** The functions a formula may call, with their allowed argument counts. */
const FUNCTIONS: Record<string, { fn: Fn; min: number; max: number }> = {
  min: { fn: Math.min, min: 1, max: 16 },
  max: { fn: Math.max, min: 1, max: 16 },
  abs: { fn: Math.abs, min: 1, max: 1 },
  sqrt: { fn: Math.sqrt, min: 1, max: 1 },
  exp: { fn: Math.exp, min: 1, max: 1 },
  log: { fn: Math.log, min: 1, max: 1 },
  floor: { fn: Math.floor, min: 1, max: 1 },
  ceil: { fn: Math.ceil, min: 1, max: 1 },
  round: { fn: Math.round, min: 1, max: 1 },
  clamp: { fn: (x, lo, hi) => Math.min(Math.max(x, lo), hi), min: 3, max: 3 },
};

const BINARY: Record<string, (a: number, b: number) => number> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '^': (a, b) => a ** b,
  '<': (a, b) => (a < b ? 1 : 0),
  '>': (a, b) => (a > b ? 1 : 0),
  '<=': (a, b) => (a <= b ? 1 : 0),
  '>=': (a, b) => (a >= b ? 1 : 0),
};

/** A compiled formula: its parameter names and an evaluator over their values. */
export interface Formula {
  readonly text: string;
  /** Parameter names it reads, sorted, without duplicates. */
  readonly symbols: readonly string[];
  evaluate(values: ReadonlyMap<string, number>): number;
}

type Eval = (values: ReadonlyMap<string, number>) => number;

interface MathNode {
  type: string;
  name?: string;
  op?: string;
  fn?: MathNode | string;
  value?: unknown;
  args?: MathNode[];
  content?: MathNode;
  condition?: MathNode;
  trueExpr?: MathNode;
  falseExpr?: MathNode;
}

class FormulaError extends Error {}

function compileNode(
  node: MathNode,
  symbols: Set<string>,
  isKnown: (name: string) => boolean,
  depth: number,
): Eval {
  if (depth > MAX_FORMULA_DEPTH)
    throw new FormulaError(`nested deeper than ${MAX_FORMULA_DEPTH} levels`);
  const next = (n: MathNode | undefined) => {
    if (!n) throw new FormulaError('incomplete expression');
    return compileNode(n, symbols, isKnown, depth + 1);
  };
  switch (node.type) {
    case 'ConstantNode': {
      if (typeof node.value !== 'number') {
        throw new FormulaError(
          'only numbers may appear as constants (no strings, units or booleans)',
        );
      }
      if (!Number.isFinite(node.value))
        throw new FormulaError(`the number ${node.value} is out of range`);
      const v = node.value;
      return () => v;
    }
    case 'SymbolNode': {
      const name = node.name as string;
      if (name === 'pi') return () => Math.PI;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || !isKnown(name)) {
        throw new FormulaError(`unknown name "${name}"`);
      }
      symbols.add(name);
      return (values) => {
        const v = values.get(name);
        if (v === undefined) throw new FormulaError(`"${name}" has no value`);
        return v;
      };
    }
    case 'ParenthesisNode':
      return next(node.content);
    case 'ConditionalNode': {
      const [c, a, b] = [next(node.condition), next(node.trueExpr), next(node.falseExpr)];
      return (values) => (c(values) !== 0 ? a(values) : b(values));
    }
    case 'OperatorNode': {
      const args = node.args ?? [];
      const fn = node.fn as string;
      if (args.length === 1 && (fn === 'unaryMinus' || fn === 'unaryPlus')) {
        const a = next(args[0]);
        return fn === 'unaryMinus' ? (values) => -a(values) : a;
      }
      const op = BINARY[node.op as string];
      if (!op || args.length !== 2) throw new FormulaError(`operator "${node.op}" is not allowed`);
      const [a, b] = [next(args[0]), next(args[1])];
      return (values) => op(a(values), b(values));
    }
    case 'FunctionNode': {
      const fnNode = node.fn as MathNode;
      const name = fnNode.type === 'SymbolNode' ? (fnNode.name as string) : '';
      const spec = Object.prototype.hasOwnProperty.call(FUNCTIONS, name)
        ? FUNCTIONS[name]
        : undefined;
      if (!spec) {
        throw new FormulaError(
          `function "${name || '(expression)'}" is not allowed (allowed: ${Object.keys(FUNCTIONS).join(', ')})`,
        );
      }
      const args = (node.args ?? []).map(next);
      if (args.length < spec.min || args.length > spec.max) {
        throw new FormulaError(
          `${name} takes ${spec.min === spec.max ? spec.min : `${spec.min} to ${spec.max}`} arguments`,
        );
      }
      return (values) => spec.fn(...args.map((a) => a(values)));
    }
    case 'AssignmentNode':
    case 'FunctionAssignmentNode':
      throw new FormulaError('assignments and function definitions are not allowed');
    case 'BlockNode':
      throw new FormulaError('only one expression is allowed (no ";" or line breaks)');
    default:
      throw new FormulaError(
        `${node.type.replace(/Node$/, '').toLowerCase()} expressions are not allowed`,
      );
  }
}

/**
 * Compile a formula. `isKnown` says which names exist (parameter ids); anything else —
 * other names, disallowed syntax, excessive length or nesting — is an error message.
 */
export function compileFormula(text: string, isKnown: (name: string) => boolean): Result<Formula> {
  if (typeof text !== 'string') return { ok: false, errors: ['a formula must be a string'] };
  if (text.length > MAX_FORMULA_LENGTH) {
    return {
      ok: false,
      errors: [`formula is ${text.length} characters long; at most ${MAX_FORMULA_LENGTH}`],
    };
  }
  if (text.trim() === '') return { ok: false, errors: ['formula is empty'] };
  // Reject deep nesting before the recursive-descent parser sees it.
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    if (depth > MAX_FORMULA_DEPTH) {
      return { ok: false, errors: [`nested deeper than ${MAX_FORMULA_DEPTH} levels`] };
    }
  }
  let tree: MathNode;
  try {
    tree = math.parse(text);
  } catch (e) {
    return { ok: false, errors: [`cannot parse: ${(e as Error).message}`] };
  }
  const symbols = new Set<string>();
  try {
    const run = compileNode(tree, symbols, isKnown, 0);
    const sorted = [...symbols].sort();
    return { ok: true, value: { text, symbols: sorted, evaluate: run } };
  } catch (e) {
    if (e instanceof FormulaError) return { ok: false, errors: [e.message] };
    return { ok: false, errors: [`cannot compile: ${(e as Error).message}`] };
  }
}

/** A number in a model file is a constant formula. */
export function constantFormula(value: number): Formula {
  return { text: String(value), symbols: [], evaluate: () => value };
}
