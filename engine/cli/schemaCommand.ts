/** `schema`: print the JSON Schema of scenario files (models/schema/scenario.schema.json is this output). */
import { scenarioJsonSchema } from '../scenario/schema';
import type { Io } from './io';

export function schemaText(): string {
  return JSON.stringify(scenarioJsonSchema(), null, 2);
}

export function schemaCommand(_argv: readonly string[], io: Io): Promise<number> {
  io.out(schemaText());
  return Promise.resolve(0);
}
