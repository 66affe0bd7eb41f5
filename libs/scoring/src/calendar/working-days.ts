/**
 * The working-day calendar China uses (工作日): Monday–Friday, less the public holidays, plus the
 * make-up working days (调休上班) on weekends, as the State Council's General Office announces them
 * each year (国务院办公厅关于某年部分节假日安排的通知). "7 working days after the scheme is
 * issued" counts on this calendar.
 *
 * What is shipped, and how sure it is:
 * - 2024 (国办发明电〔2023〕7号) and 2025 (国办发明电〔2024〕12号): from the notices, exact.
 * - 2026: as we read the notice published in November 2025 (元旦 1–3 Jan, 春节 15–23 Feb, …);
 *   believed exact, to be checked against the notice before a cycle relies on it.
 * - 2027: NOT YET ANNOUNCED. Only the statutory holidays (全国年节及纪念日放假办法, 2025 text) on
 *   their lunar-calendar dates, without make-up days; the office must amend it (a calendar given
 *   as input) once the notice is out.
 * Years outside 2024–2027 count Monday–Friday only, unless a calendar is given.
 */

/** Days off and make-up working days of one year (ISO yyyy-mm-dd). */
export type HolidayYear = Readonly<{
  year: number;
  holidays: readonly string[];
  workdays: readonly string[];
  /** `announced`: from the State Council notice; `provisional`: statutory days only, no make-up days. */
  status: 'announced' | 'provisional';
}>;

/** Amendments to the shipped calendar (an office's fact): extra days off, extra working days, days that are neither. */
export type WorkingDayAmendment = Readonly<{
  holidays?: readonly string[];
  workdays?: readonly string[];
  /** Days that are ordinary again (a shipped holiday or make-up day withdrawn). */
  ordinary?: readonly string[];
}>;

const range = (from: string, to: string): readonly string[] => {
  const days: string[] = [];
  for (let day = Date.parse(`${from}T00:00:00Z`); day <= Date.parse(`${to}T00:00:00Z`); day += 86_400_000) {
    days.push(new Date(day).toISOString().slice(0, 10));
  }
  return days;
};

export const CHINA_HOLIDAYS: readonly HolidayYear[] = [
  {
    year: 2024,
    status: 'announced',
    holidays: [
      '2024-01-01',
      ...range('2024-02-10', '2024-02-17'),
      ...range('2024-04-04', '2024-04-06'),
      ...range('2024-05-01', '2024-05-05'),
      '2024-06-10',
      ...range('2024-09-15', '2024-09-17'),
      ...range('2024-10-01', '2024-10-07'),
    ],
    workdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
  },
  {
    year: 2025,
    status: 'announced',
    holidays: [
      '2025-01-01',
      ...range('2025-01-28', '2025-02-04'),
      ...range('2025-04-04', '2025-04-06'),
      ...range('2025-05-01', '2025-05-05'),
      ...range('2025-05-31', '2025-06-02'),
      ...range('2025-10-01', '2025-10-08'),
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    status: 'announced',
    holidays: [
      ...range('2026-01-01', '2026-01-03'),
      ...range('2026-02-15', '2026-02-23'),
      ...range('2026-04-04', '2026-04-06'),
      ...range('2026-05-01', '2026-05-05'),
      ...range('2026-06-19', '2026-06-21'),
      ...range('2026-09-25', '2026-09-27'),
      ...range('2026-10-01', '2026-10-07'),
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
  {
    year: 2027,
    status: 'provisional',
    // Statutory days only: 元旦 1, 春节 4 (除夕 5 Feb – 初三), 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3.
    holidays: [
      '2027-01-01',
      ...range('2027-02-05', '2027-02-08'),
      '2027-04-05',
      '2027-05-01',
      '2027-05-02',
      '2027-06-09',
      '2027-09-15',
      ...range('2027-10-01', '2027-10-03'),
    ],
    workdays: [],
  },
];

/** Which days are working days: the shipped calendar, amended. */
export type WorkingDays = Readonly<{
  isWorkingDay: (isoDate: string) => boolean;
  /** The day `count` working days after (or, negative, before) `isoDate`. */
  addWorkingDays: (isoDate: string, count: number) => string;
}>;

const isWeekend = (isoDate: string): boolean => {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};

// One calendar per amendment (a cycle keeps its amendment object until the office amends again):
// building one spreads every shipped year into sets, and scoring, reminders and the submission
// status ask for it on every call.
const amended = new WeakMap<WorkingDayAmendment, WorkingDays>();
let unamended: WorkingDays | undefined;

/** The working-day calendar: China's shipped years, amended by the office's calendar if given. */
export const workingDays = (amendment?: WorkingDayAmendment): WorkingDays => {
  if (amendment === undefined) return (unamended ??= buildWorkingDays({}));
  let found = amended.get(amendment);
  if (found === undefined) {
    found = buildWorkingDays(amendment);
    amended.set(amendment, found);
  }
  return found;
};

const buildWorkingDays = (amendment: WorkingDayAmendment): WorkingDays => {
  const holidays = new Set(CHINA_HOLIDAYS.flatMap((year) => year.holidays));
  const workdays = new Set(CHINA_HOLIDAYS.flatMap((year) => year.workdays));
  for (const day of amendment.ordinary ?? []) {
    holidays.delete(day);
    workdays.delete(day);
  }
  for (const day of amendment.holidays ?? []) {
    holidays.add(day);
    workdays.delete(day);
  }
  for (const day of amendment.workdays ?? []) {
    workdays.add(day);
    holidays.delete(day);
  }
  const isWorkingDay = (isoDate: string): boolean => workdays.has(isoDate) || (!holidays.has(isoDate) && !isWeekend(isoDate));
  return {
    isWorkingDay,
    addWorkingDays: (isoDate, count) => {
      const step = count < 0 ? -1 : 1;
      let day = Date.parse(`${isoDate}T00:00:00Z`);
      for (let left = Math.abs(count); left > 0; ) {
        day += step * 86_400_000;
        if (isWorkingDay(new Date(day).toISOString().slice(0, 10))) left -= 1;
      }
      return new Date(day).toISOString().slice(0, 10);
    },
  };
};

/** The shipped calendar, unamended. */
export const CHINA_WORKING_DAYS: WorkingDays = workingDays();
