import { createEventStore, openSqlDatabase, type SqlClient } from '@kaoping/eventstore';
import { SqlCredentialStore, authenticate, type IdentityStores } from '@kaoping/identity';
import { type CliIo, EXIT } from '../cli-io';
import { createUsersCommand } from './users.command';

// `users` in-process on an in-memory store and credentials database, kept open across commands.

describe('npm run cli -- users', () => {
  let database: SqlClient;
  let stores: IdentityStores;
  beforeAll(async () => {
    database = await openSqlDatabase({ kind: 'embedded' });
    const store = await createEventStore({ kind: 'sql', client: database, dialect: 'embedded' });
    const credentials = await SqlCredentialStore.open(database, 'kaoping');
    stores = { store, credentials, close: async () => undefined };
  }, 30_000);
  afterAll(async () => {
    await stores.store.close();
    await database.close();
  });

  const users = async (args: readonly string[], stdin = '') => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line), readFile: (path) => (path === '/dev/stdin' ? stdin : '') };
    const code = await createUsersCommand(async () => stores).run(args, io);
    return { code, out: out.join('\n'), err: err.join('\n') };
  };

  it('adds a user whose password comes from stdin, who can then sign in', async () => {
    const run = await users(['add', '--id', 'li.ming', '--name', '李明', '--role', 'office', '--password-stdin'], 'li ming password\n');
    expect(run).toMatchObject({ code: EXIT.ok, out: 'added li.ming (李明) as office: user-li.ming revision 0' });
    const user = await authenticate({ store: stores.store, credentials: stores.credentials, login: { userId: 'li.ming', password: 'li ming password' } });
    expect(user).toEqual({ userId: 'li.ming', name: '李明', role: 'office' });
    const [event] = await stores.store.readStream('user-li.ming');
    expect(event?.metadata).toMatchObject({ actorId: expect.stringMatching(/^operator:/), role: 'system' });
  });

  it('grants and revokes roles in their scope, and lists users with their roles', async () => {
    expect((await users(['grant', '--id', 'li.ming', '--role', 'unit-reporter', '--unit', 'xinchengpu'])).code).toBe(EXIT.ok);
    expect((await users(['revoke', '--id', 'li.ming', '--role', 'office', '--reason', '岗位调整'])).code).toBe(EXIT.ok);
    const list = await users(['list']);
    expect(list.out.split('\n')[2]?.split(/\s{2,}/)).toEqual(['li.ming', '李明', 'active', 'unit-reporter, unit xinchengpu']);
  });

  it('refuses what the rules refuse, with the code, and a bad command line with the usage', async () => {
    const scope = await users(['grant', '--id', 'li.ming', '--role', 'data-provider']);
    expect(scope).toMatchObject({ code: EXIT.invalidInput, err: expect.stringMatching(/^refused \(scope-required\)/) });
    const weak = await users(['add', '--id', 'wang.fang', '--name', '王芳', '--role', 'auditor', '--password-stdin'], 'short\n');
    expect(weak).toMatchObject({ code: EXIT.invalidInput, err: expect.stringMatching(/minLength/) });
    expect((await users(['add', '--id', 'wang.fang', '--name', '王芳', '--role', 'auditor'])).code).toBe(EXIT.usage);
    expect((await users(['promote', '--id', 'li.ming'])).code).toBe(EXIT.usage);
    expect((await users(['grant', '--id', 'li.ming', '--role', 'chief'])).err).toMatch(/--role must be one of/);
  });

  it('sets a password: the old one stops working', async () => {
    expect((await users(['password', '--id', 'li.ming', '--password-stdin'], 'a brand new password')).code).toBe(EXIT.ok);
    const login = (password: string) =>
      authenticate({ store: stores.store, credentials: stores.credentials, login: { userId: 'li.ming', password } });
    await expect(login('li ming password')).rejects.toMatchObject({ code: 'invalid-credentials' });
    await expect(login('a brand new password')).resolves.toMatchObject({ role: 'unit-reporter' });
  });
});
