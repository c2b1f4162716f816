import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseScenario } from '../../engine/scenario/parse';
import { scenarioDocument } from './loadScenario';

// Tests mutate arbitrary fields of the JSON document, so it is typed loosely on purpose.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;
const base = () => structuredClone(scenarioDocument('moscow-2008')) as Doc;
const problemsOf = (doc: unknown) => {
  const r = parseScenario(doc);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

describe('parseScenario: the bundled model', () => {
  test('moscow-2008 parses', () => {
    expect(problemsOf(base())).toEqual([]);
  });
});

describe('parseScenario: every problem names its JSON path', () => {
  test.each<[string, (d: Doc) => void, string]>([
    [
      'a bad formula',
      (d) => (d.clauses[2].value.BLR = 'west_BLR * nope'),
      '/clauses/2/value/BLR: formula "west_BLR * nope": unknown name "nope"',
    ],
    [
      'an escape attempt',
      (d) => (d.clauses[0].value.ARM = 'x.constructor'),
      '/clauses/0/value/ARM: formula "x.constructor": accessor expressions are not allowed',
    ],
    [
      'a cycle',
      (d) => {
        d.parameters.west_ARM.value = 'west_KAZ';
        d.parameters.west_KAZ.value = 'west_ARM';
      },
      '/parameters/west_ARM/value: parameters form a cycle: west_ARM → west_KAZ → west_ARM',
    ],
    [
      'a division by zero',
      (d) => (d.credibility = '1 / (credibility - 0.75)'),
      '/credibility: formula "1 / (credibility - 0.75)" evaluates to Infinity, not a finite number',
    ],
    [
      'a value outside its range',
      (d) => (d.parameters.credibility.value = 1.5),
      '/parameters/credibility/value: 1.5 is outside its range [0.5, 1]',
    ],
    [
      'a credibility above 1',
      (d) => {
        d.parameters.credibility.range = [0, 2];
        d.parameters.credibility.value = 1.5;
      },
      '/credibility: formula "credibility" evaluates to 1.5; it must lie in [0, 1]',
    ],
    [
      'an unknown player in a clause',
      (d) => (d.clauses[1].value.GEO = 1),
      '/clauses/1/value/GEO: "GEO" is not a leader or member',
    ],
    [
      'a duplicate clause id',
      (d) => (d.clauses[1].id = d.clauses[0].id),
      '/clauses/1/id: clause id "nato-warning" is used twice',
    ],
    [
      'an instrument to nobody',
      (d) => (d.instruments[0].to = 'XYZ'),
      '/instruments/0/to: "XYZ" is not a leader or member',
    ],
    [
      'an unknown field',
      (d) => (d.players[1].colour = 'red'),
      '/players/1/colour: unknown field "colour"',
    ],
    ['a missing field', (d) => delete d.calendar, '/calendar: is required'],
    [
      'a wrong type',
      (d) => (d.clauses[0].confirmed = 'yes'),
      '/clauses/0/confirmed: must be a boolean, not the string "yes"',
    ],
    [
      'an unknown rule',
      (d) => (d.decisionRule = { kind: 'quorum' }),
      '/decisionRule/kind: must be one of "consensus", "majority", "quota", "weighted", not the string "quorum"',
    ],
    [
      'two leaders',
      (d) => (d.players[1].role = 'leader'),
      '/players: needs exactly one leader, found 2',
    ],
    [
      'a quota above the body',
      (d) => (d.decisionRule = { kind: 'quota', k: 9 }),
      '/decisionRule/k: exceeds the 7 possible signatories',
    ],
    [
      'a history clause that does not exist',
      (d) => (d.history.text[0] = 'peace'),
      '/history/text/0: unknown clause "peace"',
    ],
    [
      'a newer file',
      (d) => (d.schemaVersion = 2),
      '/schemaVersion: is 2, written by a newer Summit Lab; this one reads versions up to 1',
    ],
    [
      'no version',
      (d) => delete d.schemaVersion,
      '/schemaVersion: is missing; this Summit Lab reads version 1',
    ],
  ])('%s', (_, mutate, expected) => {
    const doc = base();
    mutate(doc);
    expect(problemsOf(doc)).toContain(expected);
  });

  test('a non-object document', () => {
    expect(problemsOf([1, 2])).toEqual([': a scenario file must be a JSON object']);
  });
});

/** Every JSON Pointer in a document, for the fuzzer to aim at. */
function pointers(x: unknown, path = ''): string[] {
  if (typeof x !== 'object' || x === null) return [path];
  const keys = Array.isArray(x) ? x.map((_, i) => String(i)) : Object.keys(x);
  return [
    path,
    ...keys.flatMap((k) => pointers((x as Record<string, unknown>)[k], `${path}/${k}`)),
  ];
}

function setAt(doc: unknown, pointer: string, value: unknown): unknown {
  if (pointer === '') return value;
  const keys = pointer.slice(1).split('/');
  let node = doc as Record<string, unknown>;
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[keys[keys.length - 1] as string] = value;
  return doc;
}

describe('parseScenario: fuzzing', () => {
  const all = pointers(base());
  const junk = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(
      'x.constructor',
      'import("fs")',
      '1/0',
      '(((((((((((((((((((((((((1)))))))))))))))))))))))))',
      'NaN',
      '',
      '__proto__',
      -1e308,
      1e308,
    ),
  );

  test('thousands of mutated Moscow files: a valid scenario or errors with paths, never a throw', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...all), junk), { minLength: 1, maxLength: 3 }),
        (edits) => {
          let doc: unknown = base();
          for (const [p, v] of edits) {
            try {
              doc = setAt(doc, p, v);
            } catch {
              // The pointer vanished with an earlier edit: skip it.
            }
          }
          const r = parseScenario(doc);
          return r.ok || r.errors.every((e) => typeof e.path === 'string' && e.message.length > 0);
        },
      ),
      { numRuns: 2500 },
    );
  });

  test('deleting any single field never throws', () => {
    for (const p of all.filter((x) => x !== '')) {
      const doc = base();
      const keys = p.slice(1).split('/');
      let node: Doc = doc;
      for (const k of keys.slice(0, -1)) node = node[k] as Doc;
      if (Array.isArray(node)) node.splice(Number(keys[keys.length - 1]), 1);
      else delete node[keys[keys.length - 1] as string];
      expect(() => parseScenario(doc)).not.toThrow();
    }
  });

  test('random JSON never throws', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (doc) => {
        parseScenario(doc);
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});
