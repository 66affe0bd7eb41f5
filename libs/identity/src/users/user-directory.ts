import type { EventStore, RecordedEvent } from '@kaoping/eventstore';
import { executeCommand, requestFingerprint, type CommandOutcome } from '@kaoping/cycle-log';
import { IdentityError } from '../identity.errors';
import { USER_COMMAND_ROLES, type UserCommand } from './user.commands';
import { decideUser, evolveUser, initialUserState, type Account, type UserState } from './user.decider';
import { USER_EVENT_TYPES, USER_STREAM_PREFIX, userStreamId, type UserEvent } from './user.events';

/** A user's account, as read from its stream. */
export type User = Account;

const isUserEventType = (type: string): type is UserEvent['type'] => (USER_EVENT_TYPES as readonly string[]).includes(type);

/**
 * A stored event of a user stream as the decider folds it. The log is written only through
 * {@link executeUserCommand}, so the data has the shape of its type; other types are skipped.
 */
const readUserEvent = (event: RecordedEvent): UserEvent | null => {
  if (!isUserEventType(event.type)) return null;
  const candidate: unknown = { type: event.type, data: event.data };
  return candidate as UserEvent;
};

const fold = (events: readonly RecordedEvent[]): UserState =>
  events.reduce((state, recorded) => {
    const event = readUserEvent(recorded);
    return event === null ? state : evolveUser(state, event);
  }, initialUserState());

/** The user, or null when no such account was ever provisioned. */
export const readUser = async (store: EventStore, userId: string): Promise<User | null> => {
  const state = fold(await store.readStream(userStreamId(userId)));
  return state.status === 'none' ? null : state;
};

/** Every account ever provisioned (disabled ones too), ordered by user id. */
export const listUsers = async (store: EventStore): Promise<readonly User[]> => {
  const byStream = new Map<string, RecordedEvent[]>();
  for (const event of await store.readAll({ filter: { streamPrefixes: [USER_STREAM_PREFIX] } })) {
    const events = byStream.get(event.streamId) ?? [];
    events.push(event);
    byStream.set(event.streamId, events);
  }
  return [...byStream.values()]
    .map(fold)
    .flatMap((state) => (state.status === 'none' ? [] : [state]))
    .sort((a, b) => a.userId.localeCompare(b.userId));
};

/** True when at least one account exists (the first-run admin is provisioned only before that). */
export const anyUserExists = async (store: EventStore): Promise<boolean> =>
  (await store.readAll({ filter: { streamPrefixes: [USER_STREAM_PREFIX] }, maxCount: 1 })).length > 0;

/** Refuses a user command to anyone not acting as a role the command allows. */
export const authorizeUserCommand = (command: UserCommand): void => {
  const allowed = USER_COMMAND_ROLES[command.type];
  if (!allowed.includes(command.meta.actor.role)) {
    throw new IdentityError({
      kind: 'forbidden',
      code: 'role-not-allowed',
      message: `the ${command.meta.actor.role} role may not ${command.type} (allowed: ${allowed.join(', ')})`,
      details: [{ path: 'role', rule: 'role-not-allowed', message: `${command.type} is for ${allowed.join(', ')}` }],
    });
  }
};

/**
 * Authorizes, then records a user command in `user-<userId>` through the lifecycle's command
 * handling: same command id, same answer, no new event.
 */
export const executeUserCommand = (
  store: EventStore,
  command: UserCommand,
  options: Readonly<{ correlationId?: string; expectedRevision?: number | 'no_stream' }> = {},
): Promise<CommandOutcome> => {
  authorizeUserCommand(command);
  const { meta, ...request } = command;
  return executeCommand({
    store,
    streamId: userStreamId(command.data.userId),
    trace: {
      commandId: meta.commandId,
      actorId: meta.actor.userId,
      role: meta.actor.role,
      ...(options.correlationId === undefined ? {} : { correlationId: options.correlationId }),
      ...(meta.reason === undefined ? {} : { reason: meta.reason }),
    },
    fingerprint: requestFingerprint({ ...request, actor: meta.actor, reason: meta.reason ?? null }),
    ...(options.expectedRevision === undefined ? {} : { expectedRevision: options.expectedRevision }),
    decider: { fold, decide: (state) => decideUser(command, state) },
  });
};
