import {
  IdempotencyMismatchError,
  WrongExpectedRevisionError,
  type EventStore,
  type JsonObject,
  type NewEvent,
  type RecordedEvent,
} from '@kaoping/eventstore';
import { ConcurrencyConflict, IdempotencyKeyReused, type AppendedSince } from './command-handling.errors';
import { eventIdFor, toJson } from './json.util';
import { CommandIdFilter, type KeptStream, type KeptStreams } from './kept-streams';

/** Who issues a command and why: copied into the metadata of every event it produces. */
export type CommandTrace = Readonly<{
  /** The idempotency key: the same id twice is answered from the log, with no new event. */
  commandId: string;
  actorId: string;
  role: string;
  /** The request or workflow this command belongs to (default: the command id, which is then not written twice). */
  correlationId?: string;
  /** The message that caused it: an event id for a workflow's command (default: the command id, not written twice). */
  causationId?: string;
  reason?: string;
  evidence?: readonly string[];
  effectiveDate?: string;
  /** More JSON kept with each event (e.g. the actor's unit or provider). */
  extra?: JsonObject;
}>;

/** An event a decider returns: a past-tense type and its data. */
export type DecidedEvent = Readonly<{ type: string; data: unknown }>;

/**
 * How to fold a stream and decide on it. `fold` is the decider's own (linear: one draft for the
 * whole stream, not a copy of the state per event), reading the stored events as it needs them;
 * `decide` has the command closed over, and may first load context that depends on the folded
 * state (an appeal's proposal). A command id seen before never reaches either: the shell answers it.
 */
export type StreamDecider<State, Event extends DecidedEvent> = Readonly<{
  fold: (events: readonly RecordedEvent[]) => State;
  decide: (state: State) => readonly Event[] | Promise<readonly Event[]>;
}>;

/**
 * Folds kept between commands (see {@link KeptStreams}): `resume` folds events onto a kept fold
 * (undefined: none), `on` gives the decider's state from a kept fold.
 */
export type KeepFolds<State, K> = Readonly<{
  streams: KeptStreams<K>;
  resume: (from: K | undefined, events: readonly RecordedEvent[]) => K;
  on: (fold: K) => State;
}>;

export type ExecuteCommand<State, Event extends DecidedEvent, K = unknown> = Readonly<{
  store: EventStore;
  streamId: string;
  trace: CommandTrace;
  /** What the request asked for (see `requestFingerprint`): a reused key with another request is refused. */
  fingerprint: string;
  /** The revision the client based its request on (HTTP If-Match); default: the revision just read. */
  expectedRevision?: number | 'no_stream';
  decider: StreamDecider<State, Event>;
  /** Keep the stream's fold for the next command on it (decided on it with no read; see {@link onKeptFold}). */
  keep?: KeepFolds<State, K>;
}>;

/** What a handled command did; the same for the first call and every retry with the same id. */
export type CommandOutcome = Readonly<{
  streamId: string;
  eventIds: readonly string[];
  /** Revision of the command's last event; for a command that produced none, the stream's revision (null: no stream). */
  revision: number | null;
  /** Global position of the command's last event, as a decimal string; null when it produced none. */
  position: string | null;
  /** True when the command id had been handled before: nothing new was written. */
  replayed: boolean;
}>;

const FINGERPRINT = 'requestFingerprint';

/**
 * The command ids whose events a stream holds: how a shell that decides many commands on one
 * stream at once (the spreadsheet import) recognises a command recorded before, as
 * {@link executeCommand} does for one.
 */
export const commandIdsOf = (events: readonly RecordedEvent[]): ReadonlySet<string> => new Set(events.flatMap((event) => event.metadata.commandId ?? []));

const outcomeOf = (streamId: string, events: readonly RecordedEvent[], replayed: boolean): CommandOutcome => {
  const last = events.at(-1);
  return {
    streamId,
    eventIds: events.map((e) => e.id),
    revision: last?.revision ?? null,
    position: last === undefined ? null : last.globalPosition.toString(),
    replayed,
  };
};

const revisionOf = (events: readonly RecordedEvent[]): number | 'no_stream' => events.at(-1)?.revision ?? 'no_stream';

const appendedSinceOf = (events: readonly RecordedEvent[]): AppendedSince[] =>
  events.map((e) => ({
    eventId: e.id,
    type: e.type,
    revision: e.revision,
    actorId: e.metadata.actorId,
    role: e.metadata.role,
    commandId: e.metadata.commandId ?? null,
    recordedAt: e.recordedAt,
  }));

const conflict = async (
  store: EventStore,
  streamId: string,
  expectedRevision: number | 'no_stream',
): Promise<ConcurrencyConflict> => {
  const fromRevision = expectedRevision === 'no_stream' ? 0 : expectedRevision + 1;
  const since = await store.readStream(streamId, { fromRevision });
  const current = await store.streamTip(streamId);
  return new ConcurrencyConflict({
    streamId,
    expectedRevision,
    actualRevision: current === null ? 'no_stream' : current.revision,
    appendedSince: appendedSinceOf(since),
  });
};

export const metadataOf = (trace: CommandTrace, fingerprint: string): NewEvent['metadata'] => ({
  actorId: trace.actorId,
  role: trace.role,
  commandId: trace.commandId,
  // Said once: a correlation or a cause that is the command itself is its command id, not written
  // again (two copies of the id in every event of a command that started its own chain).
  ...(trace.correlationId === undefined || trace.correlationId === trace.commandId ? {} : { correlationId: trace.correlationId }),
  ...(trace.causationId === undefined || trace.causationId === trace.commandId ? {} : { causationId: trace.causationId }),
  ...(trace.reason === undefined ? {} : { reason: trace.reason }),
  ...(trace.evidence === undefined ? {} : { evidence: [...trace.evidence] }),
  ...(trace.effectiveDate === undefined ? {} : { effectiveDate: trace.effectiveDate }),
  extra: { ...trace.extra, [FINGERPRINT]: fingerprint },
});

/**
 * Handles one command on one stream: reads the stream; if the command id is already in it,
 * answers as the first time (or refuses a reused key with another request); else folds,
 * decides, and appends with the revision it read. Event ids derive from the command id, so a
 * retried append writes nothing. A stream that moved meanwhile: {@link ConcurrencyConflict}.
 *
 * This is the one place a repeated command is recognised (the deciders' states keep no command
 * ids): by the `commandId` and request fingerprint in the stored events' metadata, and, for two
 * requests with one key at the same instant, by the store's unique event ids.
 *
 * With a kept fold whose command ids say "no" to this one, and no If-Match or one naming the kept
 * revision, the command is decided on that fold and appended without reading the stream first
 * (one round trip, not two): see {@link onKeptFold}.
 */
export const executeCommand = async <State, Event extends DecidedEvent, K>(input: ExecuteCommand<State, Event, K>): Promise<CommandOutcome> => {
  const { keep, streamId, trace } = input;
  const kept = keep?.streams.get(streamId);
  if (keep !== undefined && kept !== undefined && !kept.commandIds.mayHold(trace.commandId) && (input.expectedRevision ?? kept.revision) === kept.revision) {
    const outcome = await onKeptFold(input, keep, kept);
    if (outcome !== undefined) return outcome;
  }
  return readDecideAndAppend(input, kept);
};

/**
 * A command decided on its stream's kept fold as it stands, with no read: the append's expected
 * revision (the kept one) is the check that nothing was appended since, which within this process
 * holds (its commands on a stream go one at a time and keep their fold up to date). Undefined, with
 * nothing written, when the fold cannot be trusted for this command, which is then read and decided
 * as without it ({@link readDecideAndAppend}):
 * - the append is refused because the stream moved (another process wrote to it);
 * - the decision is no events, or a refusal: nothing is appended, so nothing would catch a fold
 *   that is behind the stream (a value already submitted there, a phase since opened).
 */
const onKeptFold = async <State, Event extends DecidedEvent, K>(
  input: ExecuteCommand<State, Event, K>,
  keep: KeepFolds<State, K>,
  kept: KeptStream<K>,
): Promise<CommandOutcome | undefined> => {
  let decided: readonly Event[];
  try {
    decided = await input.decider.decide(keep.on(kept.fold));
  } catch {
    return undefined;
  }
  if (decided.length === 0) return undefined;
  try {
    return await appendDecided(input, decided, kept.revision, { fold: kept.fold, read: kept.revision });
  } catch (error: unknown) {
    if (error instanceof WrongExpectedRevisionError) return undefined;
    throw appendFailure(input, error);
  }
};

/** The command read (from the kept revision on, or whole), folded, decided and appended. */
const readDecideAndAppend = async <State, Event extends DecidedEvent, K>(input: ExecuteCommand<State, Event, K>, kept: KeptStream<K> | undefined): Promise<CommandOutcome> => {
  const { store, streamId, trace, fingerprint, decider, keep } = input;
  // A kept fold: read what was appended since. Its command ids say "no" for certain; on "maybe"
  // (a repeat, or 1 % of others) the stream is read whole as without a kept fold.
  const since = kept === undefined || kept.commandIds.mayHold(trace.commandId) ? undefined : await store.readStream(streamId, { fromRevision: kept.revision + 1 });
  const events = since ?? (await store.readStream(streamId));
  const earlier = events.filter((e) => e.metadata.commandId === trace.commandId);
  if (earlier.length > 0) {
    if (earlier.some((e) => e.metadata.extra?.[FINGERPRINT] !== fingerprint)) {
      throw new IdempotencyKeyReused(trace.commandId, 'another request');
    }
    return outcomeOf(streamId, earlier, true);
  }
  const read = since === undefined ? revisionOf(events) : (since.at(-1)?.revision ?? kept?.revision ?? 'no_stream');
  const expectedRevision = input.expectedRevision ?? read;
  // The fold at the revision read, kept whatever the command's outcome (it is right for that revision).
  let fold: K | undefined;
  if (keep !== undefined) {
    fold = keep.resume(since === undefined ? undefined : kept?.fold, events);
    if (read !== 'no_stream') {
      const commandIds = since === undefined || kept === undefined ? CommandIdFilter.of(events) : kept.commandIds;
      if (since !== undefined) for (const event of since) if (event.metadata.commandId !== undefined) commandIds.add(event.metadata.commandId);
      keep.streams.keep(streamId, { revision: read, fold, commandIds, events: (since === undefined ? 0 : (kept?.events ?? 0)) + events.length });
    }
  }
  if (expectedRevision !== read) throw await conflict(store, streamId, expectedRevision);

  const decided = await decider.decide(keep !== undefined && fold !== undefined ? keep.on(fold) : decider.fold(events));
  if (decided.length === 0) {
    return { streamId, eventIds: [], revision: read === 'no_stream' ? null : read, position: null, replayed: false };
  }
  try {
    return await appendDecided(input, decided, expectedRevision, { fold, read });
  } catch (error: unknown) {
    if (error instanceof WrongExpectedRevisionError) throw await conflict(store, streamId, expectedRevision);
    throw appendFailure(input, error);
  }
};

/** Appends a decision with ids derived from the command id, and keeps the fold going on with what it wrote. */
const appendDecided = async <State, Event extends DecidedEvent, K>(
  input: ExecuteCommand<State, Event, K>,
  decided: readonly Event[],
  expectedRevision: number | 'no_stream',
  base: Readonly<{ fold: K | undefined; read: number | 'no_stream' }>,
): Promise<CommandOutcome> => {
  const { store, streamId, trace, fingerprint, keep } = input;
  const metadata = metadataOf(trace, fingerprint);
  const newEvents: NewEvent[] = decided.map((event, index) => ({
    id: eventIdFor(trace.commandId, index),
    type: event.type,
    data: toJson(event.data),
    metadata,
  }));
  const result = await store.appendToStream(streamId, newEvents, { expectedRevision });
  // The event ids derive from the command id, so the store's unique ids reserve the key
  // atomically: a concurrent request with the same key that got there first wrote them. Only
  // the same request may be answered with its events; another one is refused.
  if (result.alreadyAppended && result.events.some((e) => e.metadata.extra?.[FINGERPRINT] !== fingerprint)) {
    throw new IdempotencyKeyReused(trace.commandId, 'another request');
  }
  if (keep !== undefined && !result.alreadyAppended) keepAppended(keep, streamId, { ...base, events: result.events, commandId: trace.commandId });
  return outcomeOf(streamId, result.events, result.alreadyAppended);
};

/** What an append's failure (other than a moved stream) is for the caller. */
const appendFailure = (input: Readonly<{ trace: CommandTrace }>, error: unknown): unknown =>
  // Some of the key's event ids are stored, not all (another request decided otherwise), or in another stream.
  error instanceof IdempotencyMismatchError ? new IdempotencyKeyReused(input.trace.commandId, 'another request') : error;

/** After an append, the kept fold goes on with the events just written (the next command reads none). */
const keepAppended = <State, K>(
  keep: KeepFolds<State, K>,
  streamId: string,
  appended: Readonly<{ fold: K | undefined; read: number | 'no_stream'; events: readonly RecordedEvent[]; commandId: string }>,
): void => {
  const last = appended.events.at(-1);
  const before = keep.streams.peek(streamId);
  if (last === undefined) return;
  // Only on top of the fold at the revision this command read (another caller may have moved it).
  const base = appended.read === 'no_stream' ? undefined : before?.revision === appended.read ? before : null;
  if (base === null) return;
  const commandIds = base?.commandIds ?? CommandIdFilter.of([]);
  commandIds.add(appended.commandId);
  keep.streams.keep(streamId, { revision: last.revision, fold: keep.resume(appended.fold, appended.events), commandIds, events: (base?.events ?? 0) + appended.events.length });
};
