import type { UserCommand, UserCommandMeta } from './user.commands';
import { decideUser, evolveUser, initialUserState, type UserState } from './user.decider';
import type { UserEvent } from './user.events';
import type { Grant } from './roles';

const meta: UserCommandMeta = { commandId: 'c-1', actor: { userId: 'admin', role: 'admin' }, now: '2026-01-05T08:00:00.000Z' };

const provisioned = (grants: readonly Grant[] = [{ role: 'office' }]): UserEvent => ({
  type: 'UserProvisioned',
  data: { userId: 'li.ming', name: '李明', grants },
});

const given = (events: readonly UserEvent[]) => ({
  when: (command: UserCommand) => {
    const state: UserState = events.reduce(evolveUser, initialUserState());
    return {
      then: (expected: readonly UserEvent[]) => expect(decideUser(command, state)).toEqual(expected),
      thenRefuses: (code: string, kind: string) => {
        const attempt = () => decideUser(command, state);
        expect(attempt).toThrow(expect.objectContaining({ code, kind }));
      },
    };
  },
});

const provision = (grants: readonly Grant[], userId = 'li.ming'): UserCommand => ({ type: 'ProvisionUser', data: { userId, name: '李明', grants }, meta });
const grant = (g: Grant): UserCommand => ({ type: 'GrantRole', data: { userId: 'li.ming', grant: g }, meta });
const revoke = (g: Grant, actor = meta.actor): UserCommand => ({ type: 'RevokeRole', data: { userId: 'li.ming', grant: g }, meta: { ...meta, actor } });
const disable = (actor = meta.actor): UserCommand => ({ type: 'DisableUser', data: { userId: 'li.ming' }, meta: { ...meta, actor } });

describe('user accounts', () => {
  it('provisions a user with the roles given', () =>
    given([]).when(provision([{ role: 'unit-reporter', unitId: 'xinchengpu' }])).then([provisioned([{ role: 'unit-reporter', unitId: 'xinchengpu' }])]));

  it('refuses to provision the same user twice', () => given([provisioned()]).when(provision([{ role: 'office' }])).thenRefuses('user-exists', 'conflict'));

  it('refuses a user without a role', () => given([]).when(provision([])).thenRefuses('required', 'invalid-input'));

  it('refuses a user id that cannot name a stream', () => given([]).when(provision([{ role: 'office' }], '../etc')).thenRefuses('pattern', 'invalid-input'));

  it('requires the unit of a unit reporter and the provider of a data provider', () => {
    given([]).when(provision([{ role: 'unit-reporter' }])).thenRefuses('scope-required', 'invalid-input');
    given([]).when(provision([{ role: 'data-provider' }])).thenRefuses('scope-required', 'invalid-input');
  });

  it('refuses a scope the role does not have, and lists every bad grant at once', () => {
    const attempt = () => decideUser(provision([{ role: 'office', unitId: 'x' }, { role: 'unit-reporter' }]), initialUserState());
    expect(attempt).toThrow(
      expect.objectContaining({
        code: 'invalid-grants',
        details: [expect.objectContaining({ path: 'grants[0].unitId', rule: 'scope-not-allowed' }), expect.objectContaining({ path: 'grants[1].unitId', rule: 'scope-required' })],
      }),
    );
  });

  it('refuses the same grant listed twice', () => given([]).when(provision([{ role: 'auditor' }, { role: 'auditor' }])).thenRefuses('duplicate', 'invalid-input'));

  it('grants a further role, but not one already held', () => {
    given([provisioned()]).when(grant({ role: 'committee' })).then([{ type: 'RoleGranted', data: { userId: 'li.ming', grant: { role: 'committee' } } }]);
    given([provisioned()]).when(grant({ role: 'office' })).thenRefuses('grant-held', 'conflict');
  });

  it('revokes a held role, and says so when it is not held', () => {
    given([provisioned()]).when(revoke({ role: 'office' })).then([{ type: 'RoleRevoked', data: { userId: 'li.ming', grant: { role: 'office' } } }]);
    given([provisioned()]).when(revoke({ role: 'auditor' })).thenRefuses('grant-not-held', 'not-found');
  });

  it('forgets a revoked role, so it can be granted again', () =>
    given([provisioned(), { type: 'RoleRevoked', data: { userId: 'li.ming', grant: { role: 'office' } } }])
      .when(grant({ role: 'office' }))
      .then([{ type: 'RoleGranted', data: { userId: 'li.ming', grant: { role: 'office' } } }]));

  it('disables an account once, after which nothing more can be granted', () => {
    const disabled: UserEvent = { type: 'UserDisabled', data: { userId: 'li.ming' } };
    given([provisioned()]).when(disable()).then([disabled]);
    given([provisioned(), disabled]).when(disable()).thenRefuses('user-disabled', 'rule-violated');
    given([provisioned(), disabled]).when(grant({ role: 'auditor' })).thenRefuses('user-disabled', 'rule-violated');
  });

  it('answers not found for a user never provisioned', () => given([]).when(grant({ role: 'office' })).thenRefuses('user-not-found', 'not-found'));

  it('does not let an admin lock itself out', () => {
    const self = { userId: 'li.ming', role: 'admin' };
    given([provisioned([{ role: 'admin' }])]).when(revoke({ role: 'admin' }, self)).thenRefuses('self-lockout', 'rule-violated');
    given([provisioned([{ role: 'admin' }])]).when(disable(self)).thenRefuses('self-lockout', 'rule-violated');
  });
});
