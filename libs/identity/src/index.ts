export { IdentityError, invalidField } from './identity.errors';
export type { IdentityErrorDetail, IdentityErrorKind } from './identity.errors';
export { GRANTABLE_ROLES, GRANT_SCOPES, grantText, isGrantableRole, sameGrant } from './users/roles';
export type { Grant, GrantableRole } from './users/roles';
export { USER_EVENT_TYPES, USER_STREAM_PREFIX, userStreamId } from './users/user.events';
export type { RoleGranted, RoleRevoked, UserDisabled, UserEvent, UserProvisioned } from './users/user.events';
export { USER_COMMAND_ROLES } from './users/user.commands';
export type { DisableUser, GrantRole, ProvisionUser, RevokeRole, UserCommand, UserCommandMeta } from './users/user.commands';
export { USER_ID_PATTERN, decideUser, evolveUser, initialUserState } from './users/user.decider';
export type { Account, UserState } from './users/user.decider';
export { anyUserExists, authorizeUserCommand, executeUserCommand, listUsers, readUser } from './users/user-directory';
export type { User } from './users/user-directory';
export type { CredentialStore } from './credentials/credential-store.port';
export { SqlCredentialStore } from './credentials/sql-credential-store';
export {
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  assertPasswordAllowed,
  hashPassword,
  passwordMatches,
  randomPassword,
} from './credentials/password-hash.util';
export { actingUserFrom, authenticate, chooseGrant, currentActingUser } from './authentication/authenticate';
export type { ActingUser, Login } from './authentication/authenticate';
export { claimsOf, readClaims } from './authentication/access-token';
export type { AccessClaims, AccessGrant } from './authentication/access-token';
export { FIRST_ADMIN_ID, ensureFirstAdmin } from './authentication/first-run-admin';
export type { FirstRunOutcome } from './authentication/first-run-admin';
export { IdentityModule } from './nest/identity.module';
export { IdentityService } from './nest/identity.service';
export { accessTokenSecretOf } from './nest/access-token-secret';
export { CREDENTIAL_STORE } from './nest/identity.tokens';
export { openIdentityStores } from './open-identity';
export type { IdentityStores } from './open-identity';
