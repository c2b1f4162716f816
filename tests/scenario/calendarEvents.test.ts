/** The scenario calendar's dated events (engine/scenario/calendar.ts), as the briefing reads them. */
import { describe, expect, test } from 'vitest';
import { calendarOf } from '../../engine/scenario/calendar';
import { parseScenario } from '../../engine/scenario/parse';
import { prepared, scenarioDocument } from './loadScenario';

describe('calendar events', () => {
  test('come in date order with their lobbying day, negative before the start', () => {
    const c = calendarOf({
      start: '2008-08-14',
      summit: '2008-09-05',
      events: [
        { date: '2008-09-05', text: 'summit', source: 's' },
        { date: '2008-08-08', text: 'war', source: 's' },
      ],
    });
    expect(c.events.map((e) => [e.text, e.day])).toEqual([
      ['war', -6],
      ['summit', 22],
    ]);
  });

  test('the Moscow model dates the briefing from 8 August to the summit, each with a source', () => {
    const { calendar } = prepared('moscow-2008');
    expect(calendar.events.map((e) => e.date)).toEqual([
      '2008-08-08',
      '2008-08-12',
      '2008-08-14',
      '2008-08-19',
      '2008-08-26',
      '2008-08-28',
      '2008-09-02',
      '2008-09-05',
    ]);
    expect(calendar.events.at(-1)?.day).toBe(calendar.days);
    for (const e of calendar.events) expect(e.source.length).toBeGreaterThan(10);
  });

  test('a bad event date is refused with its JSON path', () => {
    const doc = scenarioDocument('moscow-2008') as { calendar: Record<string, unknown> };
    const r = parseScenario({
      ...doc,
      calendar: { ...doc.calendar, events: [{ date: '2008-02-30', text: 'x', source: 'y' }] },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain('/calendar/events/0/date');
  });
});
