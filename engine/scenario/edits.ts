/**
 * Edits a model editor makes to a scenario document, as pure functions returning a new
 * document (the old one is never touched). Adding gives the new element a fresh id and
 * neutral values; removing a player, clause or instrument also removes what refers to it
 * (its clause values, disagreement payoff, instruments, private information, history), so
 * that the edited document still parses. Every result still goes through parseScenario.
 */
import type { DecisionRule, ScenarioFile } from './schema';

type Path = readonly (string | number)[];

/** A copy of doc with the value at path replaced (objects and arrays along it copied). */
export function setAt<T>(doc: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const node = doc as unknown as Record<string | number, unknown>;
  const copy = (Array.isArray(doc) ? [...doc] : { ...node }) as Record<string | number, unknown>;
  if (rest.length === 0 && value === undefined) {
    if (Array.isArray(copy)) copy.splice(Number(head), 1);
    else delete copy[head];
  } else copy[head] = setAt(node[head], rest, value);
  return copy as T;
}

const clone = (doc: ScenarioFile): ScenarioFile => structuredClone(doc);

/** The first of prefix1, prefix2, … not in taken. */
function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let k = 1; ; k++) if (!used.has(`${prefix}${k}`)) return `${prefix}${k}`;
}

const SOURCE = 'Added in the model editor';

export function addPlayer(doc: ScenarioFile): ScenarioFile {
  const next = clone(doc);
  const id = freshId(
    'NEW',
    next.players.map((p) => p.id),
  );
  next.players.push({ id, name: `New member ${id.slice(3)}`, role: 'member' });
  next.disagreement[id] = 0;
  if (next.decisionRule.kind === 'weighted') next.players[next.players.length - 1]!.weight = 1;
  return next;
}

export function removePlayer(doc: ScenarioFile, id: string): ScenarioFile {
  const next = clone(doc);
  next.players = next.players.filter((p) => p.id !== id);
  for (const c of next.clauses) delete c.value[id];
  delete next.disagreement[id];
  const gone = new Set(
    next.instruments.filter((k) => k.from === id || k.to === id).map((k) => k.id),
  );
  next.instruments = next.instruments.filter((k) => !gone.has(k.id));
  next.privateInfo = (next.privateInfo ?? [])
    .map((pi) => ({ ...pi, knownTo: pi.knownTo.filter((p) => p !== id) }))
    .filter((pi) => pi.knownTo.length > 0);
  if (next.history) {
    next.history.signatories = next.history.signatories.filter((p) => p !== id);
    next.history.payments = next.history.payments.filter((p) => !gone.has(p.instrument));
    if (next.history.shares) delete next.history.shares[id];
  }
  return next;
}

export function addClause(doc: ScenarioFile): ScenarioFile {
  const next = clone(doc);
  const id = freshId(
    'clause-',
    next.clauses.map((c) => c.id),
  );
  next.clauses.push({ id, text: 'A new clause', confirmed: false, source: SOURCE, value: {} });
  return next;
}

export function removeClause(doc: ScenarioFile, id: string): ScenarioFile {
  const next = clone(doc);
  next.clauses = next.clauses.filter((c) => c.id !== id);
  if (next.history) next.history.text = next.history.text.filter((c) => c !== id);
  return next;
}

export function addInstrument(doc: ScenarioFile): ScenarioFile {
  const next = clone(doc);
  const id = freshId(
    'instrument-',
    next.instruments.map((k) => k.id),
  );
  const leader = next.players.find((p) => p.role === 'leader')?.id ?? next.players[0]?.id ?? '';
  const member = next.players.find((p) => p.role === 'member')?.id ?? leader;
  next.instruments.push({
    id,
    label: 'A new side payment',
    from: leader,
    to: member,
    unit: 'US$ bn',
    min: 0,
    max: 1,
    cost: 1,
    value: 1,
    timing: 'now',
    source: SOURCE,
  });
  return next;
}

export function removeInstrument(doc: ScenarioFile, id: string): ScenarioFile {
  const next = clone(doc);
  next.instruments = next.instruments.filter((k) => k.id !== id);
  if (next.history)
    next.history.payments = next.history.payments.filter((p) => p.instrument !== id);
  return next;
}

/** A new event on the first day of lobbying, with no effect yet. */
export function addEvent(doc: ScenarioFile): ScenarioFile {
  const next = clone(doc);
  const events = (next.calendar.events ??= []);
  events.push({ date: next.calendar.start, text: 'A new event', source: SOURCE });
  return next;
}

/**
 * A new effect of event `index`: the first public numeric parameter not yet moved by it, at
 * its present value (so adding it changes nothing until the value is edited).
 */
export function addEffect(doc: ScenarioFile, index: number): ScenarioFile {
  const next = clone(doc);
  const event = next.calendar.events?.[index];
  if (!event) return next;
  const moved = new Set((event.effects ?? []).map((e) => e.parameter));
  const secret = new Set((next.privateInfo ?? []).map((pi) => pi.parameter));
  const free = Object.entries(next.parameters).find(
    ([id, p]) => typeof p.value === 'number' && !moved.has(id) && !secret.has(id),
  );
  if (!free) return next;
  (event.effects ??= []).push({ parameter: free[0], value: free[1].value as number });
  return next;
}

export type RuleKind = DecisionRule['kind'];

/**
 * Switch the decision rule. A quota starts at two thirds of the signatories; a weighted rule
 * gives every player without a weight the weight 1 and starts at a majority of the weight.
 */
export function setDecisionRule(doc: ScenarioFile, kind: RuleKind): ScenarioFile {
  const next = clone(doc);
  const voters = next.players.filter((p) => p.role !== 'outside');
  if (kind === 'consensus' || kind === 'majority') next.decisionRule = { kind };
  else if (kind === 'quota') next.decisionRule = { kind, k: Math.ceil((2 * voters.length) / 3) };
  else {
    for (const p of voters) p.weight ??= 1;
    const total = voters.reduce((s, p) => s + (p.weight ?? 0), 0);
    next.decisionRule = { kind, quota: Math.floor(total / 2) + 1 };
  }
  return next;
}
