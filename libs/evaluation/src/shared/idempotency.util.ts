import type { DomainEvent, Recorded } from './envelope.types';

/**
 * The events a command id produced on a stream (by `metadata.commandId`). A repeated command is
 * recognised by the command shell that reads the stream (cycle-log's executeCommand; the test
 * harness in memory), never by a decider: this is how such a shell answers it.
 */
export const eventsOfCommand = <E extends DomainEvent>(events: readonly Recorded<E>[], commandId: string): readonly Recorded<E>[] =>
  events.filter((event) => event.metadata.commandId === commandId);
