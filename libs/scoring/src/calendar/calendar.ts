import { CHINA_WORKING_DAYS, type WorkingDays } from './working-days';
import type { CalendarModel } from '../scheme/scheme.model';
import type { DeadlineKind, PhaseId } from '../scheme/scheme.types';

/** A parsed date expression of the calendar. */
export type DateExpressionAst =
  | Readonly<{ kind: 'absolute'; year: number; month: number; day: number }>
  | Readonly<{ kind: 'month-day'; yearOffset: 0 | 1; month: number; day: number }>
  | Readonly<{ kind: 'offset'; anchor: string; days: number; working: boolean }>;

const ABSOLUTE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY = /^(next\s+)?(\d{2})-(\d{2})$/;
// An anchor names a phase boundary or a deadline, and starts with a letter (so "07-10 + 3d" is no anchor).
const OFFSET = /^(\p{L}[\p{L}\p{N}_-]*(?:\.(?:start|end))?)\s*([+-])\s*(\d+)\s*(d|wd)$/u;
const ANCHOR = /^\p{L}[\p{L}\p{N}_-]*(?:\.(?:start|end))?$/u;

const validDay = (year: number, month: number, day: number): boolean => {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
};

/** Reads "2026-07-10", "07-10", "next 01-10", "year-end.end + 10d", "review.end + 7wd"; undefined if malformed. */
export const parseDateExpression = (text: string): DateExpressionAst | undefined => {
  const trimmed = text.trim();
  const absolute = ABSOLUTE.exec(trimmed);
  if (absolute !== null) {
    const [year, month, day] = [absolute[1], absolute[2], absolute[3]].map((part) => parseInteger(part ?? ''));
    if (year === undefined || month === undefined || day === undefined || !validDay(year, month, day)) return undefined;
    return { kind: 'absolute', year, month, day };
  }
  const monthDay = MONTH_DAY.exec(trimmed);
  if (monthDay !== null) {
    const month = parseInteger(monthDay[2] ?? '');
    const day = parseInteger(monthDay[3] ?? '');
    // 02-29 is accepted; in a common year it falls on 03-01.
    if (month === undefined || day === undefined || !validDay(2024, month, day)) return undefined;
    return { kind: 'month-day', yearOffset: monthDay[1] === undefined ? 0 : 1, month, day };
  }
  const offset = OFFSET.exec(trimmed);
  if (offset !== null) {
    const days = parseInteger(offset[3] ?? '');
    if (days === undefined) return undefined;
    return { kind: 'offset', anchor: offset[1] ?? '', days: offset[2] === '-' ? -days : days, working: offset[4] === 'wd' };
  }
  if (ANCHOR.test(trimmed)) return { kind: 'offset', anchor: trimmed, days: 0, working: false };
  return undefined;
};

const parseInteger = (text: string): number | undefined => (/^\d+$/.test(text) ? parseDigits(text) : undefined);
const parseDigits = (text: string): number => {
  let value = 0;
  for (const digit of text) value = value * 10 + (digit.charCodeAt(0) - 48);
  return value;
};

const DAY_MS = 86_400_000;
/** Days since 1970-01-01. */
export type DayIndex = number;
const dayIndexOf = (year: number, month: number, day: number): DayIndex => Date.UTC(year, month - 1, day) / DAY_MS;
/** The day an ISO date or date-time names, as written (its own offset; no time-zone conversion). */
export const dayOfIso = (iso: string): DayIndex | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  if (match === null) return undefined;
  const [year, month, day] = [match[1], match[2], match[3]].map((part) => parseInteger(part ?? ''));
  if (year === undefined || month === undefined || day === undefined || !validDay(year, month, day)) return undefined;
  return dayIndexOf(year, month, day);
};
export const isoDate = (day: DayIndex): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

const addWorkingDays = (from: DayIndex, days: number, calendar: WorkingDays): DayIndex =>
  dayIndexOfIso(calendar.addWorkingDays(isoDate(from), days));
const dayIndexOfIso = (iso: string): DayIndex => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** The anchors a calendar defines: "<phase>.start", "<phase>.end" and each deadline id. */
export const calendarEntries = (calendar: CalendarModel): ReadonlyMap<string, string> => {
  const entries = new Map<string, string>();
  for (const phase of calendar.phases) {
    entries.set(`${phase.id}.start`, phase.start);
    entries.set(`${phase.id}.end`, phase.end);
  }
  for (const deadline of calendar.deadlines) entries.set(deadline.id, deadline.due);
  return entries;
};

/** Why an entry has no date; 'dependent' entries hang on another failed entry. */
export type CalendarFailure = Readonly<{ reason: 'bad-date' | 'unknown-anchor' | 'cycle' | 'dependent'; detail: string }>;

export type CalendarResolution = Readonly<{
  dates: ReadonlyMap<string, DayIndex>;
  /** Anchors that could not be resolved, with why. */
  failures: ReadonlyMap<string, CalendarFailure>;
}>;

/**
 * A value per (calendar, working days, cycle year), kept while the calendar object lives: a
 * scheme's calendar is resolved on every score, reminder and submission-status row, and the
 * resolution is a pure function of the three.
 */
const memoByCalendar = <T>(): ((calendar: CalendarModel, working: WorkingDays, cycleYear: number, compute: () => T) => T) => {
  const memo = new WeakMap<CalendarModel, WeakMap<WorkingDays, Map<number, T>>>();
  return (calendar, working, cycleYear, compute) => {
    let byWorking = memo.get(calendar);
    if (byWorking === undefined) {
      byWorking = new WeakMap();
      memo.set(calendar, byWorking);
    }
    let byYear = byWorking.get(working);
    if (byYear === undefined) {
      byYear = new Map();
      byWorking.set(working, byYear);
    }
    let found = byYear.get(cycleYear);
    if (found === undefined) {
      found = compute();
      byYear.set(cycleYear, found);
    }
    return found;
  };
};
const resolutions = memoByCalendar<CalendarResolution>();
const resolvedCalendars = memoByCalendar<ResolvedCalendar>();

/** Resolves every calendar entry to a day in the given cycle year, following offsets (the same object for the same three). */
export const resolveEntries = (calendar: CalendarModel, cycleYear: number, working: WorkingDays = CHINA_WORKING_DAYS): CalendarResolution =>
  resolutions(calendar, working, cycleYear, () => resolveEntriesNow(calendar, cycleYear, working));

const resolveEntriesNow = (calendar: CalendarModel, cycleYear: number, working: WorkingDays): CalendarResolution => {
  const entries = calendarEntries(calendar);
  const dates = new Map<string, DayIndex>();
  const failures = new Map<string, CalendarFailure>();
  const resolve = (key: string, chain: readonly string[]): DayIndex | undefined => {
    const known = dates.get(key);
    if (known !== undefined) return known;
    if (failures.has(key)) return undefined;
    const text = entries.get(key);
    if (text === undefined) return undefined;
    if (chain.includes(key)) {
      failures.set(key, { reason: 'cycle', detail: [...chain.slice(chain.indexOf(key)), key].join(' → ') });
      return undefined;
    }
    const ast = parseDateExpression(text);
    if (ast === undefined) {
      failures.set(key, { reason: 'bad-date', detail: text });
      return undefined;
    }
    let day: DayIndex | undefined;
    switch (ast.kind) {
      case 'absolute':
        day = dayIndexOf(ast.year, ast.month, ast.day);
        break;
      case 'month-day':
        day = dayIndexOf(cycleYear + ast.yearOffset, ast.month, ast.day);
        break;
      case 'offset': {
        const anchor = entries.has(ast.anchor) ? ast.anchor : `${ast.anchor}.start`;
        if (!entries.has(anchor)) {
          failures.set(key, { reason: 'unknown-anchor', detail: ast.anchor });
          return undefined;
        }
        const base = resolve(anchor, [...chain, key]);
        if (base === undefined) {
          if (!failures.has(key)) failures.set(key, { reason: 'dependent', detail: anchor });
          return undefined;
        }
        day = ast.working ? addWorkingDays(base, ast.days, working) : base + ast.days;
        break;
      }
      default: {
        const unhandled: never = ast;
        return unhandled;
      }
    }
    dates.set(key, day);
    return day;
  };
  for (const key of entries.keys()) resolve(key, []);
  return { dates, failures };
};

/** A phase of the cycle with its resolved dates (ISO yyyy-mm-dd). */
export type ResolvedPhase = Readonly<{ id: PhaseId; start: string; end: string }>;
/** A deadline with its resolved due date and reminder dates (ISO yyyy-mm-dd). */
export type ResolvedDeadline = Readonly<{
  id: string;
  kind: DeadlineKind;
  period: string | undefined;
  due: string;
  reminders: readonly string[];
}>;
export type ResolvedCalendar = Readonly<{
  cycleYear: number;
  phases: readonly ResolvedPhase[];
  deadlines: readonly ResolvedDeadline[];
}>;

/** The calendar with concrete dates for one cycle year (a validated scheme resolves completely); the same object for the same three. */
export const resolveCalendarModel = (calendar: CalendarModel, cycleYear: number, working: WorkingDays = CHINA_WORKING_DAYS): ResolvedCalendar =>
  resolvedCalendars(calendar, working, cycleYear, () => resolveCalendarModelNow(calendar, cycleYear, working));

const resolveCalendarModelNow = (calendar: CalendarModel, cycleYear: number, working: WorkingDays): ResolvedCalendar => {
  const { dates } = resolveEntries(calendar, cycleYear, working);
  const dateOf = (key: string): string => {
    const day = dates.get(key);
    return day === undefined ? '' : isoDate(day);
  };
  return {
    cycleYear,
    phases: calendar.phases.map((phase) => ({ id: phase.id, start: dateOf(`${phase.id}.start`), end: dateOf(`${phase.id}.end`) })),
    deadlines: calendar.deadlines.map((deadline) => {
      const due = dates.get(deadline.id);
      return {
        id: deadline.id,
        kind: deadline.kind,
        period: deadline.period,
        due: due === undefined ? '' : isoDate(due),
        reminders: due === undefined ? [] : deadline.remind.map((days) => isoDate(due - days)),
      };
    }),
  };
};
