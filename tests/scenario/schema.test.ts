import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../../engine/scenario/schema';

describe('models/schema/scenario.schema.json', () => {
  test('is generated from the same zod definition the parser uses (run `npm run schema`)', () => {
    const committed = readFileSync(
      new URL('../../models/schema/scenario.schema.json', import.meta.url),
      'utf8',
    );
    expect(JSON.parse(committed)).toEqual(scenarioJsonSchema());
  });

  test('documents the scenario fields for people writing files by hand', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../models/schema/scenario.schema.json', import.meta.url), 'utf8'),
    );
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'players',
        'parameters',
        'clauses',
        'instruments',
        'decisionRule',
      ]),
    );
    expect(JSON.stringify(schema)).toContain('a number or a formula over parameter ids');
  });
});
