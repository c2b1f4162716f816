/**
 * Scenario versions: files carry `schemaVersion`. Older versions are migrated step by
 * step to the current one; a newer or unknown version is refused with a clear message.
 */
import { SCHEMA_VERSION } from './schema';
import type { ScenarioProblem } from './scenario';

/** Migrations from version k to k + 1, keyed by k. None yet: version 1 is the first. */
const MIGRATIONS: Readonly<
  Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>
> = Object.freeze({});

export function migrateScenario(
  doc: Record<string, unknown>,
): { ok: true; value: Record<string, unknown> } | { ok: false; errors: ScenarioProblem[] } {
  const version = doc.schemaVersion;
  if (version === undefined) {
    return {
      ok: false,
      errors: [
        {
          path: '/schemaVersion',
          message: `is missing; this Summit Lab reads version ${SCHEMA_VERSION}`,
        },
      ],
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    const as =
      typeof version === 'string' ? `the string ${JSON.stringify(version)}` : 'not a whole number';
    return {
      ok: false,
      errors: [
        {
          path: '/schemaVersion',
          message: `is ${as}; write the number ${SCHEMA_VERSION} (without quotes)`,
        },
      ],
    };
  }
  if (version > SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [
        {
          path: '/schemaVersion',
          message: `is ${version}, written by a newer Summit Lab; this one reads versions up to ${SCHEMA_VERSION}`,
        },
      ],
    };
  }
  let current = doc;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) {
      return {
        ok: false,
        errors: [{ path: '/schemaVersion', message: `version ${version} is too old to migrate` }],
      };
    }
    current = { ...step(current), schemaVersion: v + 1 };
  }
  return { ok: true, value: current };
}
