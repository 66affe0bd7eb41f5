import type { EventStore } from '@kaoping/eventstore';
import type { CommandOutcome } from '@kaoping/cycle-log';
import type { CredentialStore } from '../credentials/credential-store.port';
import { randomPassword } from '../credentials/password-hash.util';
import { anyUserExists, executeUserCommand } from '../users/user-directory';

export const FIRST_ADMIN_ID = 'admin';

export type FirstRunOutcome =
  | Readonly<{ provisioned: false }>
  | Readonly<{ provisioned: true; outcome: CommandOutcome; generatedPassword: string | undefined }>;

/**
 * On a store without any user, provisions `admin` (role admin) with `password`, or a random
 * one returned to be shown once. The credential is written before the event: a crash between
 * the two leaves no user, and the next start does it again.
 */
export const ensureFirstAdmin = async (
  input: Readonly<{ store: EventStore; credentials: CredentialStore; password: string | undefined; now: string }>,
): Promise<FirstRunOutcome> => {
  if (await anyUserExists(input.store)) return { provisioned: false };
  const password = input.password ?? randomPassword();
  await input.credentials.setPassword(FIRST_ADMIN_ID, password);
  const outcome = await executeUserCommand(input.store, {
    type: 'ProvisionUser',
    data: { userId: FIRST_ADMIN_ID, name: '系统管理员', grants: [{ role: 'admin' }] },
    meta: { commandId: 'first-run-admin', actor: { userId: 'system', role: 'system' }, now: input.now, reason: 'first run: no user exists' },
  });
  return { provisioned: true, outcome, generatedPassword: input.password === undefined ? password : undefined };
};
