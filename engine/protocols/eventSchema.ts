/**
 * The shape of every move (summitTypes.ts's SummitEvent) as a zod schema, for moves that
 * arrive from outside: saved games, imported files and, later, the classroom server. The
 * rules then judge whether a well-formed move is legal; this only says whether it is a move.
 */
import { z } from 'zod';
import type { ReasonedEvent } from './summitTypes';

const id = z.string().min(1).max(80);
const amount = z.number().finite().nonnegative();
const instruments = z.record(id, amount);
const clauses = z.array(id).max(64);
const reason = { reason: z.string().max(2000).optional() };

export const eventSchema: z.ZodType<ReasonedEvent> = z.discriminatedUnion('type', [
  z.object({ type: z.literal('briefing.done'), actor: id, ...reason }).strict(),
  z
    .object({
      type: z.literal('offer.send'),
      actor: id,
      member: id,
      clauses,
      instruments,
      ...reason,
    })
    .strict(),
  z
    .object({
      type: z.literal('offer.counter'),
      actor: id,
      member: id,
      clauses,
      instruments,
      ...reason,
    })
    .strict(),
  z.object({ type: z.literal('offer.accept'), actor: id, member: id, ...reason }).strict(),
  z.object({ type: z.literal('offer.reject'), actor: id, member: id, ...reason }).strict(),
  z.object({ type: z.literal('west.bid'), actor: id, member: id, amount, ...reason }).strict(),
  z.object({ type: z.literal('day.next'), actor: id, ...reason }).strict(),
  z.object({ type: z.literal('summit.call'), actor: id, ...reason }).strict(),
  z.object({ type: z.literal('draft.propose'), actor: id, text: clauses, ...reason }).strict(),
  z.object({ type: z.literal('draft.redraft'), actor: id, text: clauses, ...reason }).strict(),
  z.object({ type: z.literal('clause.object'), actor: id, clause: id, ...reason }).strict(),
  z.object({ type: z.literal('vote.open'), actor: id, ...reason }).strict(),
  z.object({ type: z.literal('vote.sign'), actor: id, ...reason }).strict(),
  z.object({ type: z.literal('vote.refuse'), actor: id, ...reason }).strict(),
  z
    .object({
      type: z.literal('promise.deliver'),
      actor: id,
      index: z.number().int().nonnegative(),
      amount: amount.optional(),
      ...reason,
    })
    .strict(),
  z
    .object({
      type: z.literal('promise.withhold'),
      actor: id,
      index: z.number().int().nonnegative(),
      ...reason,
    })
    .strict(),
]);

/** Problems of one would-be move, as "/path: message" under the given JSON pointer. */
export function eventProblems(doc: unknown, at: string): string[] {
  const r = eventSchema.safeParse(doc);
  if (r.success) return [];
  return r.error.issues.map((i) => {
    const path = [at, ...i.path.map(String)].join('/');
    if (i.code === 'invalid_union')
      return `${path}: is not a move of the summit protocol${'options' in i ? ` (moves: ${(i.options as unknown[]).join(', ')})` : ''}`;
    if (i.code === 'unrecognized_keys')
      return `${path}: unknown field ${i.keys.map((k) => `"${k}"`).join(', ')}`;
    return `${path}: ${i.message}`;
  });
}
