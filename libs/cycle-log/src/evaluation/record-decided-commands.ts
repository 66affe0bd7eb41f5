import { WrongExpectedRevisionError, type EventStore, type NewEvent } from '@kaoping/eventstore';
import type { DomainEvent, EvaluationCommand } from '@kaoping/evaluation';
import { ConcurrencyConflict } from '../command-handling/command-handling.errors';
import { metadataOf, type CommandTrace } from '../command-handling/execute-command';
import { eventIdFor, requestFingerprint, toJson } from '../command-handling/json.util';

/** A command already decided (by its stream's pure decider) and the events it produced. */
export type DecidedCommand = Readonly<{ command: EvaluationCommand; events: readonly DomainEvent[] }>;

/** The commands decided on one stream, in order, against the stream as it stood at `expectedRevision`. */
export type DecidedStream = Readonly<{ streamId: string; expectedRevision: number | 'no_stream'; commands: readonly DecidedCommand[] }>;

/** What a command's events record about who sent it and why (as {@link handleEvaluationCommand} records it). */
export const commandTrace = (command: EvaluationCommand, ids: Readonly<{ correlationId?: string; causationId?: string }> = {}): CommandTrace => {
  const { meta } = command;
  return {
    commandId: meta.commandId,
    actorId: meta.actor.userId,
    role: meta.actor.role,
    ...(ids.correlationId === undefined ? {} : { correlationId: ids.correlationId }),
    ...(ids.causationId === undefined ? {} : { causationId: ids.causationId }),
    ...(meta.reason === undefined ? {} : { reason: meta.reason }),
    ...(meta.evidence === undefined ? {} : { evidence: meta.evidence }),
    ...(meta.effectiveDate === undefined ? {} : { effectiveDate: meta.effectiveDate }),
    extra: {
      ...(meta.actor.unitId === undefined ? {} : { unitId: meta.actor.unitId }),
      ...(meta.actor.providerId === undefined ? {} : { providerId: meta.actor.providerId }),
    },
  };
};

/** What the command asked (compared when its id comes again), as {@link handleEvaluationCommand} fingerprints it. */
export const commandFingerprint = (command: EvaluationCommand, request?: unknown): string =>
  requestFingerprint({
    type: command.type,
    data: request ?? command.data,
    actor: command.meta.actor,
    reason: command.meta.reason ?? null,
    evidence: command.meta.evidence ?? null,
    effectiveDate: command.meta.effectiveDate ?? null,
  });

/** The events of a decided command as they are appended: ids derived from the command id, the command's metadata. */
export const newEventsOf = (decided: DecidedCommand, ids: Readonly<{ correlationId?: string }> = {}): readonly NewEvent[] => {
  const metadata = metadataOf(commandTrace(decided.command, ids), commandFingerprint(decided.command));
  return decided.events.map((event, index) => ({ id: eventIdFor(decided.command.meta.commandId, index), type: event.type, data: toJson(event.data), metadata }));
};

/**
 * Appends the events of many commands decided on one stream in one append, with the revision they
 * were decided against: each event carries its own command's id, actor, reason and fingerprint,
 * exactly as if the commands had been handled one by one. Event ids derive from the command ids,
 * so appending the same decisions again writes nothing. A stream that moved since: {@link ConcurrencyConflict}.
 */
export const recordDecidedStream = async (
  input: Readonly<{ store: EventStore; stream: DecidedStream; correlationId?: string }>,
): Promise<Readonly<{ position: string | null; appended: number }>> => {
  const { store, stream } = input;
  const events = stream.commands.flatMap((decided) => newEventsOf(decided, input.correlationId === undefined ? {} : { correlationId: input.correlationId }));
  if (events.length === 0) return { position: null, appended: 0 };
  try {
    const result = await store.appendToStream(stream.streamId, events, { expectedRevision: stream.expectedRevision });
    return { position: result.lastGlobalPosition.toString(), appended: result.alreadyAppended ? 0 : result.events.length };
  } catch (error: unknown) {
    if (error instanceof WrongExpectedRevisionError) {
      const tip = await store.streamTip(stream.streamId);
      throw new ConcurrencyConflict({
        streamId: stream.streamId,
        expectedRevision: stream.expectedRevision,
        actualRevision: tip === null ? 'no_stream' : tip.revision,
        appendedSince: [],
      });
    }
    throw error;
  }
};
