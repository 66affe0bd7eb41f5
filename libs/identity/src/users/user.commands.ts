import type { Grant } from './roles';

/** Who asks: the person and the role they act in (identity's commands are only for `admin`). */
export type UserCommandMeta = Readonly<{
  commandId: string;
  actor: Readonly<{ userId: string; role: string }>;
  now: string;
  reason?: string;
}>;

export type ProvisionUser = Readonly<{
  type: 'ProvisionUser';
  data: Readonly<{ userId: string; name: string; grants: readonly Grant[] }>;
  meta: UserCommandMeta;
}>;
export type GrantRole = Readonly<{ type: 'GrantRole'; data: Readonly<{ userId: string; grant: Grant }>; meta: UserCommandMeta }>;
export type RevokeRole = Readonly<{ type: 'RevokeRole'; data: Readonly<{ userId: string; grant: Grant }>; meta: UserCommandMeta }>;
export type DisableUser = Readonly<{ type: 'DisableUser'; data: Readonly<{ userId: string }>; meta: UserCommandMeta }>;

export type UserCommand = ProvisionUser | GrantRole | RevokeRole | DisableUser;

/**
 * Who may issue each user command: the admin, and `system` (the first-run provisioning and the
 * operator CLI at the server's shell; never granted to a person, so no token carries it).
 */
export const USER_COMMAND_ROLES: Readonly<Record<UserCommand['type'], readonly string[]>> = {
  ProvisionUser: ['admin', 'system'],
  GrantRole: ['admin', 'system'],
  RevokeRole: ['admin', 'system'],
  DisableUser: ['admin', 'system'],
};
