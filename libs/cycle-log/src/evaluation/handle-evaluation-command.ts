import type { EventStore } from '@kaoping/eventstore';
import { decisionOf, type ContextNeeds, type KeptFold, type ContextStreams, type EvaluationCommand, type EvaluationEvent, type Recorded } from '@kaoping/evaluation';
import { ConcurrencyConflict } from '../command-handling/command-handling.errors';
import { executeCommand, type CommandOutcome } from '../command-handling/execute-command';
import { KeptStreams, type KeptStreamsStats } from '../command-handling/kept-streams';
import { readCycleEvents } from './cycle-log';
import { foldedCycle } from './cycle-state.cache';
import { commandFingerprint, commandTrace } from './record-decided-commands';
import { recordedEvaluationEvent } from './recorded-evaluation-event';

export type HandleEvaluationCommand = Readonly<{
  store: EventStore;
  command: EvaluationCommand;
  /** The request or workflow the command belongs to (default: its command id). */
  correlationId?: string;
  /** The message that caused it, e.g. the event a workflow reacted to (default: its command id). */
  causationId?: string;
  /** The revision of the target stream the client based its request on (HTTP If-Match). */
  expectedRevision?: number | 'no_stream';
  /**
   * What the request asked, when the command holds more (results computed from the log at the
   * time): a retry with the same key is compared by this, not by the computed command.
   */
  request?: unknown;
}>;

const readEvents = async (store: EventStore, streamId: string | undefined): Promise<readonly Recorded<EvaluationEvent>[] | undefined> =>
  streamId === undefined ? undefined : (await store.readStream(streamId)).flatMap((stored) => recordedEvaluationEvent(stored) ?? []);

/** Reads the context streams a decision asked for (I/O only; the cycle comes folded from its cache, the rules are the decider's). */
const readContext = async (store: EventStore, needs: ContextNeeds): Promise<ContextStreams> => {
  const [cycleState, unit, proposal, appeals] = await Promise.all([
    needs.cycle === undefined ? undefined : foldedCycle(store, needs.cycle),
    readEvents(store, needs.unit),
    readEvents(store, needs.proposal),
    needs.appealsOf === undefined ? undefined : readCycleEvents({ store, cycleId: needs.appealsOf, categories: ['appeal'] }),
  ]);
  return {
    ...(cycleState === undefined ? {} : { cycleState }),
    ...(unit === undefined ? {} : { unit }),
    ...(proposal === undefined ? {} : { proposal }),
    ...(appeals === undefined ? {} : { appeals }),
  };
};

/**
 * Handles one lifecycle command: the pure {@link decisionOf} names its stream and, once the stream
 * is folded, the context streams to read; its `decide` runs the guards once (role table, phase,
 * scheme, scope) and the rules; the append goes with the revision read. Idempotent by command id;
 * without If-Match, a stream that moved between read and append is read and decided again (bounded,
 * with jitter); with If-Match, a moved stream is a {@link ConcurrencyConflict}.
 *
 * Context streams are read, not locked: a command decided against a cycle that changes in the
 * same instant (a phase closing) is appended all the same.
 */
export const handleEvaluationCommand = async (input: HandleEvaluationCommand): Promise<CommandOutcome> => {
  const stream = decisionOf(input.command).stream;
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await inLane(input.store, stream, () => decideAndAppend(input));
    } catch (error: unknown) {
      // With If-Match the client asked for that revision: the conflict is its answer.
      if (!(error instanceof ConcurrencyConflict) || input.expectedRevision !== undefined || attempt >= MAX_ATTEMPTS) throw error;
      await sleep(Math.random() * Math.min(RETRY_JITTER_MS * 2 ** attempt, MAX_JITTER_MS));
    }
  }
};

/**
 * A command without If-Match that meets a concurrent append on its stream (bureaus submitting for
 * one township at once) is decided again against the new state, up to this many times: each round
 * one of the colliding writers wins, so ten covers ten writers on one stream at the same instant.
 */
const MAX_ATTEMPTS = 10;
// Random, growing waits (full jitter) spread the writers apart so the next attempt collides less.
const RETRY_JITTER_MS = 5;
const MAX_JITTER_MS = 200;
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

// The commands this process is deciding, per store and target stream: each waits for the one
// before it on the same stream. Ten values for one township sent at once would otherwise all read
// the same revision, nine lose the append and decide again after a random wait, round after
// round; in line, each reads the revision the one before it wrote. Other processes' appends are
// still caught by the expected revision (and retried above).
const lanes = new WeakMap<EventStore, Map<string, Promise<unknown>>>();

const inLane = async <T>(store: EventStore, streamId: string, work: () => Promise<T>): Promise<T> => {
  let byStream = lanes.get(store);
  if (byStream === undefined) {
    byStream = new Map();
    lanes.set(store, byStream);
  }
  const before = byStream.get(streamId);
  const run = before === undefined ? work() : before.then(work, work);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  byStream.set(streamId, settled);
  try {
    return await run;
  } finally {
    if (byStream.get(streamId) === settled) byStream.delete(streamId);
  }
};

const decideAndAppend = async (input: HandleEvaluationCommand): Promise<CommandOutcome> => {
  const { store, command } = input;
  const decision = decisionOf(command);
  return executeCommand({
    store,
    streamId: decision.stream,
    trace: commandTrace(command, { ...(input.correlationId === undefined ? {} : { correlationId: input.correlationId }), ...(input.causationId === undefined ? {} : { causationId: input.causationId }) }),
    fingerprint: commandFingerprint(command, input.request),
    ...(input.expectedRevision === undefined ? {} : { expectedRevision: input.expectedRevision }),
    decider: {
      // The stream's events of the decision's kind, folded once by the decision's decider.
      fold: (stored) => decision.fold(stored.flatMap((event) => recordedEvaluationEvent(event) ?? [])),
      decide: async (folded) => folded.decide(await readContext(store, folded.needs)),
    },
    keep: {
      streams: keptStreamsOf(store),
      resume: (from, stored) => decision.resume(from, stored.flatMap((event) => recordedEvaluationEvent(event) ?? [])),
      on: (kept) => decision.on(kept),
    },
  });
};

// The streams this process's commands folded, per store (see KeptStreams): a township's next
// value reads the events appended since its last command, not its 1,300 events again.
const kept = new WeakMap<EventStore, KeptStreams<KeptFold>>();
const keptStreamsOf = (store: EventStore): KeptStreams<KeptFold> => {
  let streams = kept.get(store);
  if (streams === undefined) {
    streams = new KeptStreams(KEPT_EVENTS);
    kept.set(store, streams);
  }
  return streams;
};
/** How often this process's commands on `store` found their stream's fold kept, and what is kept now. */
export const keptFoldsOf = (store: EventStore): KeptStreamsStats => keptStreamsOf(store).stats();

/**
 * How many events this process's commands on `store` keep folded in all (default {@link KEPT_EVENTS};
 * the API takes KEPT_FOLD_EVENTS): a province sizes it to its townships' streams, a small county
 * server keeps the default. Lowering it lets the least recently used streams go at once.
 */
export const keepFoldsOf = (store: EventStore, maxEvents: number): void => {
  if (!Number.isInteger(maxEvents) || maxEvents < 0) throw new RangeError(`kept fold events must be a whole number of 0 or more, not ${maxEvents}`);
  keptStreamsOf(store).resize(maxEvents);
};

/** How many events the kept folds may stand for in all by default (a county's whole year fits; a province sets more, see keepFoldsOf). */
const KEPT_EVENTS = 250_000;
