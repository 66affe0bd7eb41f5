/**
 * The shapes every message of the lifecycle shares: who acts (an {@link Actor} in one
 * {@link Role}), the command envelope with its {@link CommandMeta}, the event envelope, and an
 * event as recorded in a stream ({@link Recorded}: with its id and metadata).
 */
import { evolveOnce, foldEvents, startFold, type DraftEvolve, type StreamFold } from './fold.util';

/** The roles of LIFECYCLE.md, plus `system` (the scheduler and worker). */
export const ROLES = [
  'admin',
  'office',
  'committee',
  'leader',
  'unit-reporter',
  'data-provider',
  'inspector',
  'complaint-handler',
  'survey-office',
  'auditor',
  'system',
] as const;
export type Role = (typeof ROLES)[number];

/** An authenticated person (or the system) acting in one role. */
export type Actor = Readonly<{
  userId: string;
  role: Role;
  /** A unit reporter's own unit. */
  unitId?: string;
  /** The organisation a data provider, inspector, complaint handler or survey office acts for (a scheme source id). */
  providerId?: string;
}>;

/** What travels with every command; the handler copies it into the event metadata. */
export type CommandMeta = Readonly<{
  /** Unique per request: a repeated id is answered with no new events (idempotency). */
  commandId: string;
  actor: Actor;
  /** The moment of the request (ISO 8601). The domain never reads the clock. */
  now: string;
  /** Why: required where an action changes something earlier (corrections, target changes, revocations). */
  reason?: string;
  /** Evidence references (document ids, photo references). */
  evidence?: readonly string[];
  /** The date the fact is about, when it differs from `now` (ISO date). */
  effectiveDate?: string;
}>;

/** A command: a request, in the imperative. */
export type DomainCommand<Type extends string = string, Data = unknown> = Readonly<{
  type: Type;
  data: Readonly<Data>;
  meta: CommandMeta;
}>;

/** An event: a fact, in the past tense. Who, when, why and evidence travel in its metadata. */
export type DomainEvent<Type extends string = string, Data = unknown> = Readonly<{
  type: Type;
  data: Readonly<Data>;
}>;

/** What the handler records beside each event (from the command's meta and the store). */
export type RecordedMetadata = Readonly<{
  actorId: string;
  role: Role;
  commandId?: string;
  /** When the event was appended (ISO 8601). */
  recordedAt: string;
  reason?: string;
  evidence?: readonly string[];
  effectiveDate?: string;
  /** The actor's provider or unit, when it acted for one. */
  providerId?: string;
  unitId?: string;
}>;

/** An event as read back from its stream: with the id that later facts point at. */
export type Recorded<E extends DomainEvent> = E &
  Readonly<{
    id: string;
    metadata: RecordedMetadata;
    /** The stream the event was read from (set by readers of several streams, e.g. {@link cycleView}). */
    streamId?: string;
    /** Global position in the log, as a decimal string, when known. */
    position?: string;
  }>;

/**
 * A decider: `decide` turns a command into new events given the folded state of the target
 * stream and the context the handler loaded (the cycle, the unit…); it throws a
 * {@link DomainError} when the command is refused and returns `[]` for a command id it has
 * already seen. `evolve` only folds and never throws.
 *
 * None of them changes a state it is given: `evolve` copies what an event changes. `fold` replays a
 * stream in time linear in its length (its own copies change in place, see `Draft`): replay
 * with `fold`, not with `evolve` event after event.
 */
export type Decider<C extends DomainCommand, E extends DomainEvent, S, X> = Readonly<{
  initialState: () => S;
  evolve: (state: S, event: Recorded<E>) => S;
  /** `from` (default: the initial state) with the events folded in, in order. */
  fold: (events: Iterable<Recorded<E>>, from?: S) => S;
  /** A fold to go on event by event, deciding in between (see {@link StreamFold}). */
  startFold: (from?: S) => StreamFold<S, Recorded<E>>;
  decide: (command: C, input: Readonly<{ state: S; context: X }>) => E[];
}>;

/** A decider from its initial state, its evolve on a draft, and its decide. */
export const deciderOf = <C extends DomainCommand, E extends DomainEvent, S, X>(
  parts: Readonly<{ initialState: () => S; evolve: DraftEvolve<S, Recorded<E>>; decide: Decider<C, E, S, X>['decide'] }>,
): Decider<C, E, S, X> => ({
  initialState: parts.initialState,
  evolve: evolveOnce(parts.evolve),
  fold: (events, from = parts.initialState()) => foldEvents(parts.evolve, events, from),
  startFold: (from = parts.initialState()) => startFold(parts.evolve, from),
  decide: parts.decide,
});

/** The metadata a handler records for the events of a command (its meta, the clock of the store aside). */
export const metadataOf = (meta: CommandMeta, recordedAt: string): RecordedMetadata => ({
  actorId: meta.actor.userId,
  role: meta.actor.role,
  commandId: meta.commandId,
  recordedAt,
  ...(meta.reason === undefined ? {} : { reason: meta.reason }),
  ...(meta.evidence === undefined ? {} : { evidence: meta.evidence }),
  ...(meta.effectiveDate === undefined ? {} : { effectiveDate: meta.effectiveDate }),
  ...(meta.actor.providerId === undefined ? {} : { providerId: meta.actor.providerId }),
  ...(meta.actor.unitId === undefined ? {} : { unitId: meta.actor.unitId }),
});
