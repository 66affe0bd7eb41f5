import { isGrantableRole, type GrantableRole } from '../users/roles';
import type { ActingUser } from './authenticate';

/**
 * What an access token says: who (`sub`), acting in which role and scope, and the token version
 * of the account when it was issued (`ver`: a password change, reset or disable moves it on and
 * the token stops working). `exp` is set by the signer and required by the verifier.
 */
export type AccessClaims = Readonly<{ sub: string; role: GrantableRole; ver: number; unitId?: string; providerId?: string }>;

/** The answer to a successful login. */
export type AccessGrant = Readonly<{
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds until the token ends. */
  expiresIn: number;
  role: GrantableRole;
  scope: Readonly<{ unitId?: string; providerId?: string }>;
}>;

export const claimsOf = (user: ActingUser, ver: number): AccessClaims => ({
  sub: user.userId,
  role: user.role,
  ver,
  ...(user.unitId === undefined ? {} : { unitId: user.unitId }),
  ...(user.providerId === undefined ? {} : { providerId: user.providerId }),
});

const optionalString = (value: unknown): value is string | undefined => value === undefined || typeof value === 'string';

/** The claims of a verified token payload, or null when it is not one of ours (no `exp` or no `ver`: not ours). */
export const readClaims = (payload: Readonly<Record<string, unknown>>): AccessClaims | null => {
  const { sub, role, ver, exp, unitId, providerId } = payload;
  if (typeof sub !== 'string' || typeof role !== 'string' || !isGrantableRole(role)) return null;
  if (typeof exp !== 'number' || typeof ver !== 'number' || !Number.isInteger(ver)) return null;
  if (!optionalString(unitId) || !optionalString(providerId)) return null;
  return { sub, role, ver, ...(unitId === undefined ? {} : { unitId }), ...(providerId === undefined ? {} : { providerId }) };
};
