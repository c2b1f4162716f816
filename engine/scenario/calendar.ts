/**
 * The lobbying calendar: day 0 is the scenario's start date, one bargaining round a day,
 * and the summit closes the last day. Dates are ISO calendar dates (YYYY-MM-DD) read as UTC
 * midnights, so a day is always 86,400,000 ms. The one place that does day arithmetic.
 */

const DAY_MS = 86_400_000;

/** The longest lobbying period a scenario may set: a year of daily rounds. */
export const MAX_LOBBYING_DAYS = 366;

export interface Calendar {
  /** First day of lobbying (day 0). */
  readonly start: string;
  /** The summit's date. */
  readonly summit: string;
  /** Days of lobbying before the summit (at least 1). */
  readonly days: number;
  /** Dated events for the briefing, in date order, with their lobbying day (negative before). */
  readonly events: readonly CalendarEvent[];
}

export interface CalendarEvent {
  readonly date: string;
  readonly day: number;
  readonly text: string;
  readonly source: string;
  /** Public parameters that take a new value from this day on. */
  readonly effects?: readonly EventEffect[];
}

export interface EventEffect {
  readonly parameter: string;
  readonly value: number;
  /** The parameter's label, for the briefing. */
  readonly label?: string;
}

/** Whole days from `start` to `date` (negative before the start). */
export function dayOf(start: string, date: string): number {
  return Math.round((Date.parse(date) - Date.parse(start)) / DAY_MS);
}

/** The ISO date of lobbying day `day`. */
export function dateOf(start: string, day: number): string {
  return new Date(Date.parse(start) + day * DAY_MS).toISOString().slice(0, 10);
}

export function calendarOf(dates: {
  readonly start: string;
  readonly summit: string;
  readonly events?:
    | readonly {
        date: string;
        text: string;
        source: string;
        effects?: readonly EventEffect[] | undefined;
      }[]
    | undefined;
}): Calendar {
  const events = (dates.events ?? [])
    .map((e) => Object.freeze({ ...e, day: dayOf(dates.start, e.date) }))
    .sort((a, b) => a.day - b.day);
  return Object.freeze({
    start: dates.start,
    summit: dates.summit,
    days: Math.max(1, dayOf(dates.start, dates.summit)),
    events: Object.freeze(events),
  });
}
