import type { EventStore } from '@kaoping/eventstore';
import type { CredentialStore } from '../credentials/credential-store.port';
import { IdentityError } from '../identity.errors';
import { grantText, grantTextZh, sameGrant, type Grant, type GrantableRole } from '../users/roles';
import { readUser, type User } from '../users/user-directory';

/** A signed-in person acting in one role (and its scope): what a token carries. */
export type ActingUser = Readonly<{
  userId: string;
  name: string;
  role: GrantableRole;
  unitId?: string;
  providerId?: string;
}>;

export type Login = Readonly<{
  userId: string;
  password: string;
  /** The role to act in; may be left out when the user holds exactly one. */
  role?: string;
  /** Which unit or provider, when the user holds the role in several. */
  unitId?: string;
  providerId?: string;
}>;

const invalidCredentials = (): IdentityError =>
  new IdentityError({ kind: 'unauthenticated', code: 'invalid-credentials', message: 'unknown user, wrong password, or disabled account' });

const grantsDetail = (grants: readonly Grant[]) =>
  grants.map((grant, index) => ({ path: `grants[${index}]`, rule: 'held', message: grantText(grant), texts: { 'zh-CN': grantTextZh(grant), en: grantText(grant) } }));

/** The one grant a login asks for, or why none fits. */
export const chooseGrant = (user: User, login: Omit<Login, 'password'>): Grant => {
  const fits = user.grants.filter(
    (grant) =>
      (login.role === undefined || grant.role === login.role) &&
      (login.unitId === undefined || grant.unitId === login.unitId) &&
      (login.providerId === undefined || grant.providerId === login.providerId),
  );
  const [only, ...others] = fits;
  if (only === undefined) {
    throw new IdentityError({
      kind: 'forbidden',
      code: 'role-not-granted',
      message: `user '${user.userId}' does not hold ${login.role ?? 'any role'}${login.unitId === undefined ? '' : ` for unit ${login.unitId}`}${login.providerId === undefined ? '' : ` for provider ${login.providerId}`}`,
      details: grantsDetail(user.grants),
    });
  }
  if (others.length > 0) {
    throw new IdentityError({
      kind: 'invalid-input',
      code: 'role-choice-required',
      message: `user '${user.userId}' holds several roles: choose one with role (and unitId or providerId)`,
      details: grantsDetail(fits),
    });
  }
  return only;
};

const actingAs = (user: User, grant: Grant): ActingUser => ({
  userId: user.userId,
  name: user.name,
  role: grant.role,
  ...(grant.unitId === undefined ? {} : { unitId: grant.unitId }),
  ...(grant.providerId === undefined ? {} : { providerId: grant.providerId }),
});

/**
 * Checks a password and picks the role the person acts in. Unknown user, wrong password and
 * disabled account are one answer (401), so a guesser learns nothing about which it was.
 */
export const authenticate = async (
  input: Readonly<{ store: EventStore; credentials: CredentialStore; login: Login }>,
): Promise<ActingUser> => {
  const { login } = input;
  const [passwordOk, user] = await Promise.all([
    input.credentials.verifyPassword(login.userId, login.password),
    readUser(input.store, login.userId),
  ]);
  if (!passwordOk || user === null || user.status !== 'active') throw invalidCredentials();
  return actingAs(user, chooseGrant(user, login));
};

/**
 * Whoever a token names, as of now: the account still active and the grant still held, so a
 * revocation or a disabled account takes effect at the next request, not when the token ends.
 */
export const currentActingUser = async (store: EventStore, claimed: Omit<ActingUser, 'name'>): Promise<ActingUser> =>
  actingUserFrom(await readUser(store, claimed.userId), claimed);

/** Whoever a token names, given the account as it is now (null: no such account). */
export const actingUserFrom = (user: User | null, claimed: Omit<ActingUser, 'name'>): ActingUser => {
  const grant: Grant = {
    role: claimed.role,
    ...(claimed.unitId === undefined ? {} : { unitId: claimed.unitId }),
    ...(claimed.providerId === undefined ? {} : { providerId: claimed.providerId }),
  };
  if (user === null || user.status !== 'active' || !user.grants.some((held) => sameGrant(held, grant))) {
    throw new IdentityError({
      kind: 'unauthenticated',
      code: 'token-revoked',
      message: 'the account is disabled or no longer holds the role of this token: sign in again',
    });
  }
  return actingAs(user, grant);
};
