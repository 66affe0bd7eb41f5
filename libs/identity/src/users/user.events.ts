import type { Grant } from './roles';

/** A person was given an account with these roles. */
export type UserProvisioned = Readonly<{
  type: 'UserProvisioned';
  data: Readonly<{ userId: string; name: string; grants: readonly Grant[] }>;
}>;
/** A role, in a scope, was granted to a user. */
export type RoleGranted = Readonly<{ type: 'RoleGranted'; data: Readonly<{ userId: string; grant: Grant }> }>;
/** A role was taken away; tokens issued for it stop working at once. */
export type RoleRevoked = Readonly<{ type: 'RoleRevoked'; data: Readonly<{ userId: string; grant: Grant }> }>;
/** The user may no longer sign in; its tokens stop working at once. */
export type UserDisabled = Readonly<{ type: 'UserDisabled'; data: Readonly<{ userId: string }> }>;

export type UserEvent = UserProvisioned | RoleGranted | RoleRevoked | UserDisabled;

export const USER_EVENT_TYPES: readonly UserEvent['type'][] = ['UserProvisioned', 'RoleGranted', 'RoleRevoked', 'UserDisabled'];

/** The stream of one user's account: `user-<userId>`. */
export const userStreamId = (userId: string): string => `user-${userId}`;

/** The prefix of every user stream, to read them all. */
export const USER_STREAM_PREFIX = 'user-';
