import type { EventStore } from '@kaoping/eventstore';
import { InvalidInput, NotFound, resultsStreamId } from '@kaoping/evaluation';

/**
 * A moment of the log an auditor asks about: `now`; the category's last publication of results
 * (`published`); a global position (digits); or a time (ISO 8601, with its offset).
 */
export type Moment =
  | Readonly<{ kind: 'now' }>
  | Readonly<{ kind: 'published' }>
  | Readonly<{ kind: 'position'; position: bigint }>
  | Readonly<{ kind: 'time'; time: string }>;

/** A moment resolved against the log: the last position it includes, and the time it stands for. */
export type ResolvedMoment = Readonly<{
  /** What was asked: `now`, `published`, a position or a time, as given. */
  requested: string;
  /** The last global position included (inclusive); '0' when nothing was recorded by then. */
  position: string;
  /** The moment scoring is done at (ISO): deadlines before it have passed. */
  at: string;
}>;

const POSITION = /^\d{1,19}$/;
// A date alone is read as its start, UTC (docs: how a bare as-of date is read).
const TIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads a moment from its text form (`now`, `published`, `1234`, `2026-07-31T23:59:59+08:00`). */
export const parseMoment = (text: string | undefined, path = 'at'): Moment => {
  const value = (text ?? 'now').trim();
  if (value === '' || value === 'now') return { kind: 'now' };
  if (value === 'published') return { kind: 'published' };
  if (POSITION.test(value)) return { kind: 'position', position: BigInt(value) };
  if (TIME.test(value) && !Number.isNaN(Date.parse(value))) return { kind: 'time', time: new Date(value).toISOString() };
  const message = `${path} is 'now', 'published', a global position (digits) or an ISO 8601 time; got '${value}'`;
  throw new InvalidInput({ code: 'invalid-moment', message, details: [{ path, rule: 'moment', message }] });
};

const momentText = (moment: Moment): string => {
  switch (moment.kind) {
    case 'now':
    case 'published':
      return moment.kind;
    case 'position':
      return moment.position.toString();
    case 'time':
      return moment.time;
    default: {
      const unhandled: never = moment;
      return unhandled;
    }
  }
};

/** The time the event at (or last before) a position was recorded, or undefined for an empty prefix. */
const timeAtPosition = async (store: EventStore, position: bigint): Promise<string | undefined> => {
  if (position <= 0n) return undefined;
  const [event] = await store.readAll({ after: position - 1n, maxCount: 1 });
  if (event !== undefined && event.globalPosition === position) return event.recordedAt;
  // A gap or a position past the head: the last event at or before it.
  let after = 0n;
  let last: string | undefined;
  for (;;) {
    const page = await store.readAll({ after, maxCount: 1000, asOf: { position } });
    const tail = page.at(-1);
    if (tail === undefined) return last;
    last = tail.recordedAt;
    after = tail.globalPosition;
  }
};

/**
 * Resolves a moment of a cycle's category to a position and a time. `published` is the position
 * of the category's last ResultsPublished event; `now` everything committed at the current time (once final: see
 * {@link EventStore.settledHeadPosition}), so a user reads their own acknowledged writes.
 */
export const resolveMoment = async (
  input: Readonly<{ store: EventStore; cycleId: string; categoryId: string; moment: Moment; now: () => Date }>,
): Promise<ResolvedMoment> => {
  const { store, moment } = input;
  const requested = momentText(moment);
  switch (moment.kind) {
    case 'now':
      return { requested, position: (await store.settledHeadPosition()).position.toString(), at: input.now().toISOString() };
    case 'time': {
      const position = (await store.positionOf({ time: moment.time })) ?? 0n;
      return { requested, position: position.toString(), at: moment.time };
    }
    case 'position': {
      const head = await store.headPosition();
      const position = moment.position > head ? head : moment.position;
      const at = (await timeAtPosition(store, position)) ?? new Date(0).toISOString();
      return { requested, position: position.toString(), at };
    }
    case 'published': {
      const events = await store.readStream(resultsStreamId(input.cycleId, input.categoryId), { direction: 'backwards' });
      const published = events.find((event) => event.type === 'ResultsPublished');
      if (published === undefined) {
        throw new NotFound({
          code: 'results-not-published',
          message: `category ${input.categoryId} of cycle ${input.cycleId} has no published results`,
        });
      }
      return { requested, position: published.globalPosition.toString(), at: published.recordedAt };
    }
    default: {
      const unhandled: never = moment;
      return unhandled;
    }
  }
};
