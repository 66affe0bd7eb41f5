import { ROLES, type Role } from '@kaoping/evaluation';

/**
 * The roles a person can be granted: the lifecycle's roles (LIFECYCLE.md "Who uses it", and `admin`, who provisions
 * users and nothing else) except `system` (the worker), which is never granted to a person.
 */
export type GrantableRole = Exclude<Role, 'system'>;

export const GRANTABLE_ROLES: readonly GrantableRole[] = ROLES.filter((role): role is GrantableRole => role !== 'system');

export const isGrantableRole = (value: string): value is GrantableRole => (GRANTABLE_ROLES as readonly string[]).includes(value);

type ScopeRule = 'required' | 'optional' | 'none';

/** Which scope each role acts in: a unit reporter for its own unit, a data provider for its organisation. */
export const GRANT_SCOPES: Readonly<Record<GrantableRole, Readonly<{ unitId: ScopeRule; providerId: ScopeRule }>>> = {
  admin: { unitId: 'none', providerId: 'none' },
  office: { unitId: 'none', providerId: 'none' },
  committee: { unitId: 'none', providerId: 'none' },
  leader: { unitId: 'none', providerId: 'none' },
  'unit-reporter': { unitId: 'required', providerId: 'none' },
  'data-provider': { unitId: 'none', providerId: 'required' },
  inspector: { unitId: 'none', providerId: 'optional' },
  'complaint-handler': { unitId: 'none', providerId: 'optional' },
  'survey-office': { unitId: 'none', providerId: 'optional' },
  auditor: { unitId: 'none', providerId: 'none' },
};

/** A role held by a user, in its scope. */
export type Grant = Readonly<{ role: GrantableRole; unitId?: string; providerId?: string }>;

export const sameGrant = (a: Grant, b: Grant): boolean =>
  a.role === b.role && a.unitId === b.unitId && a.providerId === b.providerId;

/** A grant in Chinese words, its role id first (as in {@link grantText}): `unit-reporter（单位 nanniu）`. */
export const grantTextZh = (grant: Grant): string => {
  const scope = [grant.unitId === undefined ? '' : `单位 ${grant.unitId}`, grant.providerId === undefined ? '' : `数据提供单位 ${grant.providerId}`].filter((part) => part !== '');
  return scope.length === 0 ? grant.role : `${grant.role}（${scope.join('；')}）`;
};

export const grantText = (grant: Grant): string =>
  [grant.role, grant.unitId === undefined ? '' : `unit ${grant.unitId}`, grant.providerId === undefined ? '' : `provider ${grant.providerId}`]
    .filter((part) => part !== '')
    .join(', ');
