/**
 * Names and dates that used to pass `check` and silently change the results (issue "bad
 * input never loses work"): parameters named like the formula language's constants,
 * ids that are properties of every object, impossible dates, and version mistakes.
 */
import { describe, expect, test } from 'vitest';
import { parseScenario } from '../../engine/scenario/parse';
import { isScenarioDocument } from '../../engine/cli/loadModelFile';
import { scenarioDocument } from './loadScenario';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;
const base = () => structuredClone(scenarioDocument('moscow-2008')) as Doc;
const problemsOf = (doc: unknown) => {
  const r = parseScenario(doc);
  return r.ok ? [] : r.errors.map((e) => `${e.path}: ${e.message}`);
};

/** Moscow with one parameter renamed (every formula that reads it renamed too). */
function renameParameter(from: string, to: string): Doc {
  const text = JSON.stringify(base()).replace(new RegExp(`\\b${from}\\b`, 'g'), to);
  return JSON.parse(text) as Doc;
}

describe('parameter names that formulas would read as something else', () => {
  test.each(['pi', 'e', 'E', 'PI', 'Infinity', 'NaN', 'min', 'sqrt', 'clamp', 'tau'])(
    'a parameter named %s is refused',
    (name) => {
      const doc = renameParameter('rus_credit_cost', name);
      expect(problemsOf(doc).join('\n')).toMatch(
        new RegExp(`^/parameters/${name}: is a constant or function of the formula language`, 'm'),
      );
    },
  );

  test('a neighbour of a reserved name is fine', () => {
    expect(problemsOf(renameParameter('rus_credit_cost', 'pi_share'))).toEqual([]);
  });
});

describe('ids that every JavaScript object already has', () => {
  const reserved = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf'];

  test.each(reserved)('a member id %s is refused, with the path of the id', (name) => {
    const text = JSON.stringify(base()).replace(/"KAZ"/g, JSON.stringify(name));
    const problems = problemsOf(JSON.parse(text));
    expect(problems).toContain('/players/3/id: is a reserved name (a property of every object)');
  });

  test.each([...reserved, '__proto__'])('a parameter id %s is refused', (name) => {
    const doc = base();
    doc.parameters = JSON.parse(
      JSON.stringify(doc.parameters).replace('"arm_gas_step":', `${JSON.stringify(name)}:`),
    );
    const problems = problemsOf(doc);
    expect(
      problems.some((p) => p.includes('is a reserved name') || p.includes('unknown name')),
    ).toBe(true);
  });

  test.each(reserved)('a scenario id %s is refused', (name) => {
    const doc = base();
    doc.id = name;
    expect(problemsOf(doc)).toContain('/id: is a reserved name (a property of every object)');
  });
});

describe('dates', () => {
  test.each([
    ['2008-13-45', 'start'],
    ['2008-02-30', 'start'],
    ['2008-00-10', 'summit'],
    ['1066-10-14', 'start'],
    ['2008-9-5', 'summit'],
  ])('%s as the %s date is refused', (date, field) => {
    const doc = base();
    doc.calendar[field] = date;
    expect(problemsOf(doc).join('\n')).toMatch(new RegExp(`^/calendar/${field}: `, 'm'));
  });

  test('a summit years after the start is refused before any game runs', () => {
    const doc = base();
    doc.calendar.summit = '2090-09-05';
    expect(problemsOf(doc)).toContain(
      '/calendar/summit: is more than 366 days after the start; a game plays one round a day',
    );
  });

  test('the history dates are checked too', () => {
    const doc = base();
    doc.history.date = '2008-09-31';
    expect(problemsOf(doc)).toContain(
      '/history/date: is not a calendar date between 1900 and 2100',
    );
  });
});

describe('the schema version', () => {
  test('a scenario without schemaVersion is still read as a scenario and told so', () => {
    const doc = base();
    delete doc.schemaVersion;
    expect(isScenarioDocument(doc)).toBe(true);
    expect(problemsOf(doc)).toEqual([
      '/schemaVersion: is missing; this Summit Lab reads version 1',
    ]);
  });

  test('a version written as a string says how to write it', () => {
    const doc = base();
    doc.schemaVersion = '1';
    expect(problemsOf(doc)).toEqual([
      '/schemaVersion: is the string "1"; write the number 1 (without quotes)',
    ]);
  });

  test('a game file is still a game file', () => {
    expect(isScenarioDocument({ players: ['A', 'B'], v: { A: 0, B: 0, 'A+B': 1 } })).toBe(false);
  });
});
