/**
 * The scenario file format (schemaVersion 1), defined once with zod: the parser validates
 * against it and models/schema/scenario.schema.json is generated from it (npm run schema).
 * Units: US$ bn as a one-year present value unless a parameter says otherwise.
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1;

/**
 * Names an id may not take: the properties every JavaScript object has (an id
 * "constructor" or "__proto__" would read them instead of the data).
 */
export const OBJECT_KEYS: readonly string[] = Object.freeze(
  Object.getOwnPropertyNames(Object.prototype),
);
/** Names a parameter may not take: the formula language's constants and functions. */
export const FORMULA_NAMES: readonly string[] = Object.freeze([
  'pi',
  'PI',
  'e',
  'E',
  'i',
  'tau',
  'phi',
  'Infinity',
  'NaN',
  'true',
  'false',
  'null',
  'undefined',
  'LN2',
  'LN10',
  'LOG2E',
  'LOG10E',
  'SQRT1_2',
  'SQRT2',
  'version',
  'min',
  'max',
  'abs',
  'sqrt',
  'exp',
  'log',
  'floor',
  'ceil',
  'round',
  'clamp',
]);

export const RESERVED_OBJECT_KEY = 'is a reserved name (a property of every object)';
export const RESERVED_FORMULA_NAME =
  'is a constant or function of the formula language; formulas would read that instead';

const id = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9_-]{0,39}$/,
    'an id is a letter followed by up to 39 letters, digits, "-" or "_"',
  )
  .refine((x) => !OBJECT_KEYS.includes(x), RESERVED_OBJECT_KEY);
const parameterId = z
  .string()
  .regex(
    /^[A-Za-z_][A-Za-z0-9_]{0,59}$/,
    'a parameter id is a letter or "_" followed by letters, digits or "_"',
  )
  .refine((x) => !OBJECT_KEYS.includes(x), RESERVED_OBJECT_KEY)
  .refine((x) => !FORMULA_NAMES.includes(x), RESERVED_FORMULA_NAME);

/** An ISO date (YYYY-MM-DD) that exists on the calendar, between 1900 and 2100. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .refine((x) => {
    const [y, m, d] = x.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return (
      y >= 1900 &&
      y <= 2100 &&
      t.getUTCFullYear() === y &&
      t.getUTCMonth() === m - 1 &&
      t.getUTCDate() === d
    );
  }, 'is not a calendar date between 1900 and 2100');
/** A number, or a formula over parameter ids in the restricted formula language. */
const formula = z
  .union([z.number(), z.string().max(500)])
  .describe('a number or a formula over parameter ids');
const text = z.string().max(4000);

export const parameterSchema = z
  .object({
    value: formula,
    unit: z.string().max(80),
    label: z.string().max(200).optional(),
    range: z
      .tuple([z.number(), z.number()])
      .optional()
      .describe('plausible [min, max], for sliders and sweeps'),
    source: text,
    estimate: z
      .boolean()
      .describe('true when the number is an estimate derived for the model, not a fact'),
    note: text.optional(),
  })
  .strict();

export const playerSchema = z
  .object({
    id,
    name: z.string().min(1).max(80),
    role: z.enum(['leader', 'member', 'outside']),
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/, 'an ISO 3166 alpha-3 code, e.g. "BLR"')
      .optional(),
    active: z
      .boolean()
      .optional()
      .describe('outside actors only: whether they take part (default false)'),
    budget: formula.optional().describe("outside actors: the counter-lobbyist's budget"),
    discount: formula.optional().describe('per-day discount factor in (0, 1)'),
    bargainingPower: formula.optional().describe('weight in Nash bargaining (default 1)'),
    weight: z
      .number()
      .nonnegative()
      .optional()
      .describe('vote weight under a weighted decision rule'),
  })
  .strict();

export const clauseSchema = z
  .object({
    id,
    text,
    confirmed: z
      .boolean()
      .describe('false when the sources do not confirm the clause was ever on the table'),
    source: text,
    note: text.optional(),
    value: z
      .record(z.string(), formula)
      .describe("player id → the player's value of the clause (US$ bn)"),
  })
  .strict();

export const instrumentSchema = z
  .object({
    id,
    label: z.string().max(200),
    from: id,
    to: id,
    unit: z.string().max(80),
    min: z.number(),
    max: z.number(),
    cost: formula.describe('cost to the giver per unit of amount (US$ bn)'),
    value: formula.describe('value to the receiver per unit of amount (US$ bn)'),
    timing: z
      .enum(['now', 'promise'])
      .describe('a promise is discounted by the leader credibility'),
    source: text,
    note: text.optional(),
  })
  .strict();

export const decisionRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('consensus') }).strict(),
  z.object({ kind: z.literal('majority') }).strict(),
  z
    .object({
      kind: z.literal('quota'),
      k: z.number().int().positive().describe('signatories needed, leader included'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('weighted'),
      quota: z.number().positive().describe('weight needed; weights are on players'),
    })
    .strict(),
]);

export const privateInfoSchema = z
  .object({
    parameter: parameterId,
    distribution: z.enum(['uniform', 'triangular', 'normal']),
    spread: z
      .number()
      .nonnegative()
      .describe('relative half-width (uniform, triangular) or standard deviation (normal)'),
    knownTo: z.array(id).describe('players who see the drawn value (the member itself)'),
  })
  .strict();

export const historySchema = z
  .object({
    outcome: text,
    adopted: z.boolean(),
    date: isoDate,
    text: z.array(id).describe('clause ids in the adopted text'),
    signatories: z.array(id),
    payments: z.array(
      z
        .object({
          instrument: id,
          amount: z.number(),
          delivered: z.number().describe('amount actually delivered'),
          agreed: isoDate
            .optional()
            .describe('the day the deal was struck (the history-2008 agent offers it then)'),
          note: text.optional(),
          source: text,
        })
        .strict(),
    ),
    sources: z.array(text),
    shares: z
      .record(z.string(), z.number())
      .optional()
      .describe('for cost games: the share of the cost each player actually carried'),
  })
  .strict();

export const characteristicSchema = z
  .object({
    kind: z.enum(['cost', 'worth']).describe('cost: v(S) = −formula(S); worth: v(S) = formula(S)'),
    formula: z
      .string()
      .max(500)
      .describe(
        'a formula over parameter ids and in_<PLAYER> (1 when the player is in the coalition, else 0)',
      ),
    note: text.optional(),
  })
  .strict()
  .describe('a characteristic function given directly, instead of deriving it from clauses');

export const scenarioSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id,
    title: z.string().max(200),
    description: text,
    units: z.string().max(200),
    players: z.array(playerSchema).min(2).max(20),
    parameters: z.record(z.string(), parameterSchema),
    clauses: z.array(clauseSchema).max(16),
    characteristic: characteristicSchema.optional(),
    disagreement: z
      .record(z.string(), formula)
      .describe('player id → payoff when not signing (default 0)'),
    instruments: z.array(instrumentSchema).max(64),
    decisionRule: decisionRuleSchema,
    jointStatementFactor: formula.describe(
      'legitimacy of a text signed by a coalition that misses the rule',
    ),
    leaderBudget: formula.describe("the leader's budget for side payments, in cost to it (US$ bn)"),
    credibility: formula.describe(
      "the leader's credibility: the chance a promise is delivered, at which its value to the receiver and its expected cost to the leader both count",
    ),
    calendar: z
      .object({
        start: isoDate,
        summit: isoDate,
        events: z
          .array(
            z
              .object({
                date: isoDate,
                text: z.string().min(1).max(300),
                source: text,
                effects: z
                  .array(
                    z
                      .object({
                        parameter: z.string().min(1),
                        value: z.number().finite(),
                      })
                      .strict(),
                  )
                  .max(20)
                  .optional()
                  .describe(
                    'public parameters that take a new value from this date on: clause values and payoffs without a deal move on the day (instrument terms, the budget and credibility stay as on the first day)',
                  ),
              })
              .strict(),
          )
          .max(40)
          .optional()
          .describe('what happened around the negotiation, for the briefing (dated, sourced)'),
      })
      .strict(),
    privateInfo: z.array(privateInfoSchema).default([]),
    history: historySchema.optional(),
  })
  .strict();

export type ScenarioFile = z.infer<typeof scenarioSchema>;
export type ScenarioPlayer = z.infer<typeof playerSchema>;
export type ScenarioClause = z.infer<typeof clauseSchema>;
export type ScenarioInstrument = z.infer<typeof instrumentSchema>;
export type DecisionRule = z.infer<typeof decisionRuleSchema>;

/** The JSON Schema of scenario files, generated from the zod definition above. */
export function scenarioJsonSchema(): unknown {
  return z.toJSONSchema(scenarioSchema, { target: 'draft-2020-12', io: 'input' });
}
