/**
 * The moment an ISO 8601 text names, in epoch milliseconds, as `Date.parse` reads it; a text it
 * cannot read (or none) is before every moment (-Infinity).
 *
 * Scoring compares every fact's recorded time with the moment scored at, on every rescoring of a
 * unit: `Date.parse` was a third of rescoring a unit with 100 monthly indicators (issue 11). Times
 * as the event store writes them (`2099-03-01T08:30:00.000Z`) are read here digit by digit; only
 * where that reading cannot differ from `Date.parse` (days 1–28, so no month rolls over; hours
 * 0–23; years 1000 on). Any other text goes to `Date.parse`. A text read just before is not read again.
 */
export const instantOf = (iso: string | undefined): number => {
  if (iso === undefined) return Number.NEGATIVE_INFINITY;
  // The facts of one append share its time (and, as the store reads them, its string): read once.
  if (iso === last.text) return last.instant;
  const fast = canonicalInstant(iso);
  const ms = fast ?? Date.parse(iso);
  const instant = Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
  last.text = iso;
  last.instant = instant;
  return instant;
};

/** The last text read and its moment (a pure function's memo: the same text gives the same moment). */
const last: { text: string | undefined; instant: number } = { text: undefined, instant: Number.NEGATIVE_INFINITY };

const ZERO = 48;
const DAY_MS = 86_400_000;

/** The digit at `at`, or a number above 9 when it is not one. */
const digitAt = (text: string, at: number): number => (text.charCodeAt(at) - ZERO) >>> 0;

/** Two digits from `at` as a number, or -1. */
const twoDigits = (text: string, at: number): number => {
  const tens = digitAt(text, at);
  const ones = digitAt(text, at + 1);
  return tens > 9 || ones > 9 ? -1 : tens * 10 + ones;
};

/** Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Hinnant's days_from_civil). */
const daysFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
};

/** `YYYY-MM-DDTHH:mm:ss.sssZ` within the bounds above, read digit by digit; undefined otherwise. */
const canonicalInstant = (text: string): number | undefined => {
  if (text.length !== 24) return undefined;
  // The separators: - - T : : . Z
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(19) !== 46 || text.charCodeAt(23) !== 90) return undefined;
  const century = twoDigits(text, 0);
  const yearOfCentury = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  const milliTens = twoDigits(text, 20);
  const milliOnes = digitAt(text, 22);
  if (century < 10 || yearOfCentury < 0 || month < 1 || month > 12 || day < 1 || day > 28 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || milliTens < 0 || milliOnes > 9) return undefined;
  const days = daysFromCivil(century * 100 + yearOfCentury, month, day);
  return days * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + milliTens * 10 + milliOnes;
};
