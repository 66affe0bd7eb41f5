import { IdentityError, invalidField } from '../identity.errors';
import type { DisableUser, GrantRole, ProvisionUser, RevokeRole, UserCommand } from './user.commands';
import type { UserEvent } from './user.events';
import { GRANT_SCOPES, grantText, isGrantableRole, sameGrant, type Grant } from './roles';

/** An account that was provisioned: active, or disabled for good. */
export type Account = Readonly<{ status: 'active' | 'disabled'; userId: string; name: string; grants: readonly Grant[] }>;

/** A user's account as its stream tells it. */
export type UserState = Readonly<{ status: 'none' }> | Account;

export const initialUserState = (): UserState => ({ status: 'none' });

/** Folds one event; never validates. */
export const evolveUser = (state: UserState, event: UserEvent): UserState => {
  switch (event.type) {
    case 'UserProvisioned':
      return { status: 'active', userId: event.data.userId, name: event.data.name, grants: event.data.grants };
    case 'RoleGranted':
      return state.status === 'none' ? state : { ...state, grants: [...state.grants, event.data.grant] };
    case 'RoleRevoked':
      return state.status === 'none' ? state : { ...state, grants: state.grants.filter((g) => !sameGrant(g, event.data.grant)) };
    case 'UserDisabled':
      return state.status === 'none' ? state : { ...state, status: 'disabled' };
  }
};

/** A user id: letters, digits, '.', '_' or '-', starting with a letter or digit (it names a stream). */
export const USER_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const grantProblems = (grant: Grant, path: string): IdentityError[] => {
  if (!isGrantableRole(grant.role)) return [invalidField(`${path}.role`, 'unknown-role', `'${String(grant.role)}' is not a role`)];
  const scope = GRANT_SCOPES[grant.role];
  const problems: IdentityError[] = [];
  for (const field of ['unitId', 'providerId'] as const) {
    const value = grant[field];
    if (scope[field] === 'required' && value === undefined) {
      problems.push(invalidField(`${path}.${field}`, 'scope-required', `the ${grant.role} role acts for one ${field === 'unitId' ? 'unit' : 'provider'}: give ${field}`));
    }
    if (scope[field] === 'none' && value !== undefined) {
      problems.push(invalidField(`${path}.${field}`, 'scope-not-allowed', `the ${grant.role} role has no ${field}`));
    }
  }
  return problems;
};

const throwAll = (problems: readonly IdentityError[]): void => {
  const [first] = problems;
  if (first === undefined) return;
  throw new IdentityError({
    kind: 'invalid-input',
    code: problems.length === 1 ? first.code : 'invalid-grants',
    message: problems.map((p) => p.message).join('; '),
    details: problems.flatMap((p) => p.details),
  });
};

const active = (state: UserState, userId: string): Account => {
  if (state.status === 'none') throw new IdentityError({ kind: 'not-found', code: 'user-not-found', message: `there is no user '${userId}'` });
  if (state.status === 'disabled') throw new IdentityError({ kind: 'rule-violated', code: 'user-disabled', message: `user '${userId}' is disabled` });
  return state;
};

const provisionUser = (command: ProvisionUser, state: UserState): UserEvent[] => {
  const { userId, name, grants } = command.data;
  if (!USER_ID_PATTERN.test(userId)) throw invalidField('userId', 'pattern', "a user id is 1–64 letters, digits, '.', '_' or '-'");
  if (grants.length === 0) throw invalidField('grants', 'required', 'a user needs at least one role');
  throwAll(grants.flatMap((grant, index) => grantProblems(grant, `grants[${index}]`)));
  const duplicate = grants.findIndex((grant, index) => grants.findIndex((other) => sameGrant(grant, other)) !== index);
  if (duplicate >= 0) throw invalidField(`grants[${duplicate}]`, 'duplicate', 'the same role and scope is listed twice');
  if (state.status !== 'none') throw new IdentityError({ kind: 'conflict', code: 'user-exists', message: `user '${userId}' already exists` });
  return [{ type: 'UserProvisioned', data: { userId, name, grants } }];
};

const grantRole = (command: GrantRole, state: UserState): UserEvent[] => {
  throwAll(grantProblems(command.data.grant, 'grant'));
  const user = active(state, command.data.userId);
  if (user.grants.some((g) => sameGrant(g, command.data.grant))) {
    throw new IdentityError({ kind: 'conflict', code: 'grant-held', message: `user '${user.userId}' already holds ${grantText(command.data.grant)}` });
  }
  return [{ type: 'RoleGranted', data: command.data }];
};

const revokeRole = (command: RevokeRole, state: UserState): UserEvent[] => {
  const user = active(state, command.data.userId);
  if (!user.grants.some((g) => sameGrant(g, command.data.grant))) {
    throw new IdentityError({ kind: 'not-found', code: 'grant-not-held', message: `user '${user.userId}' does not hold ${grantText(command.data.grant)}` });
  }
  if (command.meta.actor.userId === user.userId && command.data.grant.role === 'admin') {
    throw new IdentityError({ kind: 'rule-violated', code: 'self-lockout', message: 'an admin cannot revoke its own admin role' });
  }
  return [{ type: 'RoleRevoked', data: command.data }];
};

const disableUser = (command: DisableUser, state: UserState): UserEvent[] => {
  const user = active(state, command.data.userId);
  if (command.meta.actor.userId === user.userId) {
    throw new IdentityError({ kind: 'rule-violated', code: 'self-lockout', message: 'an admin cannot disable its own account' });
  }
  return [{ type: 'UserDisabled', data: { userId: user.userId } }];
};

/** The rules of accounts: one function per command. */
export const decideUser = (command: UserCommand, state: UserState): UserEvent[] => {
  switch (command.type) {
    case 'ProvisionUser':
      return provisionUser(command, state);
    case 'GrantRole':
      return grantRole(command, state);
    case 'RevokeRole':
      return revokeRole(command, state);
    case 'DisableUser':
      return disableUser(command, state);
  }
};
