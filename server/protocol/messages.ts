/**
 * Every message the classroom server accepts, as zod schemas: the teacher's session
 * settings, a student's name, and each WebSocket message. A message that does not parse is
 * refused with the field and the reason, and nothing is applied. Names are plain text
 * (the UI renders them as text, never as markup).
 */
import { z } from 'zod';
import { eventSchema, STRATEGIES, type HumanMove } from '../../engine/index';

/** Largest WebSocket message accepted (a move is well under 2 KiB). */
export const MAX_MESSAGE_BYTES = 16 * 1024;
export const MAX_TABLES = 40;

const name = z
  .string()
  .trim()
  .min(1, 'type a name')
  .max(40, 'at most 40 characters')
  .refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), 'letters, digits and punctuation only');

export const joinSchema = z.object({ name }).strict();

export const sessionConfigSchema = z
  .object({
    scenarioId: z.string().min(1).max(80),
    /** The edited model's document when scenarioId is "custom" (parsed like any scenario file). */
    model: z.unknown().optional(),
    tables: z.number().int().min(0).max(MAX_TABLES),
    ai: z.enum(STRATEGIES as unknown as [string, ...string[]]),
    pace: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('manual') }).strict(),
      z.object({ kind: z.literal('timed'), seconds: z.number().int().min(10).max(3600) }).strict(),
    ]),
    history: z.boolean(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1),
  })
  .strict();

const code = z.string().regex(/^[A-Z0-9]{4,8}$/, '4 to 8 capitals or digits');
const credential = z.string().min(16).max(64);
const humanMove: z.ZodType<HumanMove> = z.union([
  z.object({ type: z.literal('pass'), actor: z.string().min(1).max(80) }).strict(),
  eventSchema,
]);

export const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hello'), code, token: credential }).strict(),
  z.object({ type: z.literal('teacher'), code, key: credential }).strict(),
  z.object({ type: z.literal('move'), seq: z.number().int().min(0), move: humanMove }).strict(),
  z.object({ type: z.literal('start') }).strict(),
  z.object({ type: z.literal('pause') }).strict(),
  z.object({ type: z.literal('resume') }).strict(),
  z.object({ type: z.literal('nextDay') }).strict(),
  z.object({ type: z.literal('end') }).strict(),
  z
    .object({
      type: z.literal('assign'),
      seatId: z.string().min(1).max(16),
      table: z
        .number()
        .int()
        .min(0)
        .max(MAX_TABLES - 1),
      role: z.string().min(1).max(80),
    })
    .strict(),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

/** "field: reason" for the first problems of a message that does not parse. */
export function problemsOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') : 'message'}: ${i.message}`)
    .join('; ');
}
