import { ROLES } from '@kaoping/evaluation';
import { GRANTABLE_ROLES, GRANT_SCOPES } from './roles';

describe('grantable roles', () => {
  it('are the roles of the lifecycle, except the system (the worker), which no person holds', () => {
    expect([...GRANTABLE_ROLES].sort()).toEqual(ROLES.filter((role) => role !== 'system').sort());
  });

  it('each say which scope they act in', () => {
    expect(Object.keys(GRANT_SCOPES).sort()).toEqual([...GRANTABLE_ROLES].sort());
  });
});
