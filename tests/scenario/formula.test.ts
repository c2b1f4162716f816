import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  compileFormula,
  MAX_FORMULA_DEPTH,
  MAX_FORMULA_LENGTH,
} from '../../engine/scenario/formula';

const NAMES = ['a', 'b', 'west_BLR'];
const known = (name: string) => NAMES.includes(name);
const values = new Map([
  ['a', 2],
  ['b', 3],
  ['west_BLR', 1.5],
]);
const run = (text: string) => {
  const r = compileFormula(text, known);
  return r.ok ? r.value.evaluate(values) : r.errors[0];
};

describe('restricted formulas: what is allowed', () => {
  test.each([
    ['a * b + 1', 7],
    ['-(0.4 * west_BLR + 0.1 * a)', -0.8],
    ['max(a, b) ^ 2', 9],
    ['min(a, b, 1)', 1],
    ['clamp(a * 10, 0, 5)', 5],
    ['a > 1 ? b : 0', 3],
    ['abs(-a) + sqrt(4) + floor(1.5) + ceil(0.2) + round(2.5)', 9],
    ['log(exp(1))', 1],
    ['2a', 4],
    ['pi', Math.PI],
  ])('%s = %d', (text, expected) => {
    expect(run(text)).toBeCloseTo(expected, 12);
  });

  test('symbols lists the parameters a formula reads', () => {
    const r = compileFormula('a * b + a', known);
    expect(r.ok && r.value.symbols).toEqual(['a', 'b']);
  });
});

describe('restricted formulas: attacks end in a clear error', () => {
  test.each([
    ['import({x: 1})', /function "import" is not allowed/],
    ['createUnit("bn")', /function "createUnit" is not allowed/],
    ['evaluate("1+1")', /function "evaluate" is not allowed/],
    ['parse("1")', /function "parse" is not allowed/],
    ['compile("1")', /not allowed/],
    ['simplify("x")', /not allowed/],
    ['f(x) = x', /function definitions are not allowed/],
    ['a = 1', /assignments/],
    ['a.constructor', /accessor expressions are not allowed/],
    ['a["constructor"]', /accessor expressions are not allowed/],
    ['constructor', /unknown name "constructor"/],
    ['__proto__', /unknown name "__proto__"/],
    ['toString', /unknown name "toString"/],
    ['[].map', /not allowed/],
    ['cos.constructor("return process")()', /not allowed|cannot parse/],
    ['(x) => x', /cannot parse|not allowed/],
    ['"text"', /only numbers/],
    ['5 cm', /unknown name "cm"/],
    ['[1, 2, 3]', /array expressions are not allowed/],
    ['{a: 1}', /object expressions are not allowed/],
    ['a; b', /only one expression/],
    ['a\nb', /only one expression/],
    ['1:3', /range expressions are not allowed/],
    ['a!', /operator "!" is not allowed|factorial|not allowed/],
    ['a == b', /operator "==" is not allowed/],
    ['true', /only numbers/],
    ['1e999', /out of range/],
    ['ａ + 1', /unknown name|cannot parse/], // full-width letter
    ['а + 1', /unknown name|cannot parse/], // Cyrillic a
    ['a\u200b + 1', /cannot parse|unknown name/], // zero-width space
    ['', /empty/],
    ['a'.repeat(MAX_FORMULA_LENGTH + 1), /at most 500/],
    ['('.repeat(MAX_FORMULA_DEPTH + 1) + '1' + ')'.repeat(MAX_FORMULA_DEPTH + 1), /nested deeper/],
    [Array.from({ length: 30 }, () => '-').join('') + '1', /nested deeper/],
  ])('%s', (text, message) => {
    const r = compileFormula(text, known);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors[0]).toMatch(message);
  });
});

describe('restricted formulas: random input', () => {
  test('arbitrary unicode strings never throw, hang, or evaluate to a non-number', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const r = compileFormula(text, known);
        if (!r.ok) return typeof r.errors[0] === 'string';
        return typeof r.value.evaluate(values) === 'number';
      }),
      { numRuns: 3000 },
    );
  });

  test('strings built from formula tokens never throw', () => {
    const token = fc.constantFrom(
      'a',
      'b',
      '1',
      '2.5',
      '+',
      '-',
      '*',
      '/',
      '^',
      '(',
      ')',
      ',',
      'max',
      'min',
      '?',
      ':',
      '>',
      '.',
      '[',
      ']',
      '=',
      ';',
      'constructor',
      '"',
      'import',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const r = compileFormula(tokens.join(''), known);
        return r.ok ? typeof r.value.evaluate(values) === 'number' : r.errors.length === 1;
      }),
      { numRuns: 3000 },
    );
  });

  test('random arithmetic trees evaluate exactly as JavaScript does', () => {
    const leaf = fc.oneof(fc.constantFrom('a', 'b'), fc.integer({ min: 0, max: 9 }).map(String));
    const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
      e: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc
          .tuple(tie('e'), fc.constantFrom('+', '-', '*'), tie('e'))
          .map(([x, op, y]) => `(${x} ${op} ${y})`),
      ),
    })).e;
    fc.assert(
      fc.property(expr, (text) => {
        const r = compileFormula(text, known);
        // JavaScript itself is the independent oracle for these generated expressions.
        // eslint-disable-next-line @typescript-eslint/no-implied-eval
        const js = new Function('a', 'b', `return ${text};`) as (a: number, b: number) => number;
        return r.ok && r.value.evaluate(values) === js(2, 3);
      }),
    );
  });
});
