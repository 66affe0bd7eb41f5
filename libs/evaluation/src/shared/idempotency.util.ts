import type { DomainEvent, Recorded } from './envelope.types';
import type { Draft } from './fold.util';

/** States remember the command ids whose events they folded. */
export type RemembersCommands = Readonly<{ commandIds: ReadonlySet<string> }>;

/** Whether the command id was already decided on this stream (its events are in the state). */
export const hasSeenCommand = (state: RemembersCommands, commandId: string): boolean => state.commandIds.has(commandId);

/** The ids a state remembers after folding an event (in place when the fold's draft owns them). */
export const rememberCommand = (draft: Draft, state: RemembersCommands, event: Recorded<DomainEvent>): ReadonlySet<string> => {
  const commandId = event.metadata.commandId;
  return commandId === undefined ? state.commandIds : draft.withMember(state.commandIds, commandId);
};

/**
 * The events a command id produced on a stream (by `metadata.commandId`): what the handler
 * answers a repeated command with, since `decide` returns [] for it.
 */
export const eventsOfCommand = <E extends DomainEvent>(events: readonly Recorded<E>[], commandId: string): readonly Recorded<E>[] =>
  events.filter((event) => event.metadata.commandId === commandId);
