import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import {
  GRANTABLE_ROLES,
  IdentityError,
  assertPasswordAllowed,
  executeUserCommand,
  grantText,
  isGrantableRole,
  listUsers,
  openIdentityStores,
  readUser,
  type Grant,
  type IdentityStores,
  type UserCommandMeta,
} from '@kaoping/identity';
import { InvalidConfigError, loadConfig } from '@kaoping/runtime';
import { type CliIo, type Command, EXIT } from '../cli-io';
import { parseArgs, type ParsedArgs } from '../options';
import { renderTable } from '../table';

const USAGE = [
  'users add --id <userId> --name <name> --role <role> [--unit <unitId>] [--provider <providerId>] --password-stdin [--reason <text>]',
  '             users list',
  '             users grant|revoke --id <userId> --role <role> [--unit <unitId>] [--provider <providerId>] [--reason <text>]',
  '             users disable --id <userId> [--reason <text>]',
  '             users password --id <userId> --password-stdin',
  `             roles: ${GRANTABLE_ROLES.join(', ')}; store and credentials: as the environment selects (EVENT_STORE, DATA_DIR, DATABASE_URL…)`,
].join('\n');

const SPEC = { options: ['id', 'name', 'role', 'unit', 'provider', 'reason'], switches: ['password-stdin'] } as const;

/** The operator at the server's shell acts as `system`; the audit trail names the OS account. */
const operatorMeta = (reason: string | undefined): UserCommandMeta => ({
  commandId: randomUUID(),
  actor: { userId: `operator:${userInfo().username}`, role: 'system' },
  now: new Date().toISOString(),
  ...(reason === undefined ? {} : { reason }),
});

class UsageError extends Error {}

const required = (parsed: ParsedArgs, name: string): string => {
  const value = parsed.options.get(name);
  if (value === undefined) throw new UsageError(`--${name} is required`);
  return value;
};

const grantOf = (parsed: ParsedArgs): Grant => {
  const role = required(parsed, 'role');
  if (!isGrantableRole(role)) throw new UsageError(`--role must be one of ${GRANTABLE_ROLES.join(', ')}`);
  const unitId = parsed.options.get('unit');
  const providerId = parsed.options.get('provider');
  return { role, ...(unitId === undefined ? {} : { unitId }), ...(providerId === undefined ? {} : { providerId }) };
};

/** The password piped on stdin, without its final line break (never as an argument: it would show in `ps`). */
const passwordOf = (parsed: ParsedArgs, io: CliIo): string => {
  if (!parsed.switches.has('password-stdin')) throw new UsageError('--password-stdin is required: pipe the password in');
  const password = io.readFile('/dev/stdin').replace(/\r?\n$/, '');
  assertPasswordAllowed(password);
  return password;
};

type Subcommand = (parsed: ParsedArgs, stores: IdentityStores, io: CliIo) => Promise<void>;

const SUBCOMMANDS: Readonly<Record<string, Subcommand>> = {
  add: async (parsed, { store, credentials }, io) => {
    const userId = required(parsed, 'id');
    const command = { type: 'ProvisionUser', data: { userId, name: required(parsed, 'name'), grants: [grantOf(parsed)] }, meta: operatorMeta(parsed.options.get('reason')) } as const;
    const password = passwordOf(parsed, io);
    if ((await readUser(store, userId)) === null) await credentials.setPassword(userId, password);
    const outcome = await executeUserCommand(store, command);
    io.out(`added ${userId} (${command.data.name}) as ${grantText(command.data.grants[0])}: ${outcome.streamId} revision ${outcome.revision}`);
  },
  list: async (_parsed, { store }, io) => {
    const users = await listUsers(store);
    const rows = users.map((user) => [user.userId, user.name, user.status, user.grants.map(grantText).join('; ')]);
    for (const line of renderTable({ header: ['user', 'name', 'status', 'roles'], rows, rightAligned: new Set() })) io.out(line);
  },
  grant: async (parsed, { store }, io) => {
    const userId = required(parsed, 'id');
    const grant = grantOf(parsed);
    const outcome = await executeUserCommand(store, { type: 'GrantRole', data: { userId, grant }, meta: operatorMeta(parsed.options.get('reason')) });
    io.out(`granted ${grantText(grant)} to ${userId}: ${outcome.streamId} revision ${outcome.revision}`);
  },
  revoke: async (parsed, { store }, io) => {
    const userId = required(parsed, 'id');
    const grant = grantOf(parsed);
    const outcome = await executeUserCommand(store, { type: 'RevokeRole', data: { userId, grant }, meta: operatorMeta(parsed.options.get('reason')) });
    io.out(`revoked ${grantText(grant)} from ${userId}: ${outcome.streamId} revision ${outcome.revision}`);
  },
  disable: async (parsed, { store, credentials }, io) => {
    const userId = required(parsed, 'id');
    const outcome = await executeUserCommand(store, { type: 'DisableUser', data: { userId }, meta: operatorMeta(parsed.options.get('reason')) });
    await credentials.revokeTokens(userId);
    io.out(`disabled ${userId}: ${outcome.streamId} revision ${outcome.revision}`);
  },
  password: async (parsed, { store, credentials }, io) => {
    const userId = required(parsed, 'id');
    const password = passwordOf(parsed, io);
    if ((await readUser(store, userId)) === null) throw new IdentityError({ kind: 'not-found', code: 'user-not-found', message: `there is no user '${userId}'` });
    await credentials.setPassword(userId, password);
    io.out(`set the password of ${userId}`);
  },
};

/** `users` with the stores it opens injected (tests give an in-memory pair). */
export const createUsersCommand = (open: () => Promise<IdentityStores>): Command => ({
  summary: 'provision users, grant and revoke roles, set passwords (accounts are events; passwords are not)',
  usage: USAGE,
  run: async (args, io) => {
    const [name, ...rest] = args;
    const subcommand = name !== undefined && Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
    const parsed = parseArgs(rest, SPEC);
    if (subcommand === undefined || parsed.errors.length > 0 || parsed.positionals.length > 0) {
      for (const error of parsed.errors) io.err(error);
      io.err(`usage: ${USAGE}`);
      return EXIT.usage;
    }
    let stores: IdentityStores | undefined;
    try {
      stores = await open();
      await subcommand(parsed, stores, io);
      return EXIT.ok;
    } catch (error: unknown) {
      if (error instanceof UsageError) {
        io.err(error.message);
        io.err(`usage: ${USAGE}`);
        return EXIT.usage;
      }
      if (error instanceof IdentityError || error instanceof InvalidConfigError) {
        io.err(error instanceof IdentityError ? `refused (${error.code}): ${error.message}` : error.message);
        return EXIT.invalidInput;
      }
      throw error;
    } finally {
      await stores?.close();
    }
  },
});

/** `npm run cli -- users …` on the store and credentials the environment selects. */
export const usersCommand: Command = createUsersCommand(() => openIdentityStores(loadConfig()));
