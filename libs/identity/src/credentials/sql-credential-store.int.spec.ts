import { openSqlDatabase, type SqlClient } from '@kaoping/eventstore';
import { testDatabaseUrl, uniqueSchemaName, useFreshSchemaPerTest } from '@kaoping/testing';
import type { CredentialStore } from './credential-store.port';
import { SqlCredentialStore } from './sql-credential-store';

/** The credential store's behaviour on one database; each test gets its own schema. */
const behavesAsACredentialStore = (input: Readonly<{ open: () => Promise<SqlClient>; schema: () => string }>): void => {
  let client: SqlClient;
  let schema: string;
  let store: CredentialStore;
  beforeAll(async () => {
    client = await input.open();
  }, 30_000);
  afterAll(() => client.close());
  beforeEach(async () => {
    schema = input.schema();
    store = await SqlCredentialStore.open(client, schema);
  });

  it('verifies the password that was set, and no other', async () => {
    await store.setPassword('li.ming', 'first password');
    expect(await store.verifyPassword('li.ming', 'first password')).toBe(true);
    expect(await store.verifyPassword('li.ming', 'First password')).toBe(false);
  });

  it('replaces a password: the old one stops working', async () => {
    await store.setPassword('li.ming', 'first password');
    await store.setPassword('li.ming', 'second password');
    expect(await store.verifyPassword('li.ming', 'first password')).toBe(false);
    expect(await store.verifyPassword('li.ming', 'second password')).toBe(true);
  });

  it('verifies nothing for an unknown user', async () => {
    expect(await store.verifyPassword('nobody', 'any password')).toBe(false);
  });

  it('keeps only a salted hash in the table', async () => {
    await store.setPassword('li.ming', 'plain secret!');
    const rows = await client.query(`SELECT user_id, password_hash FROM "${schema}".credentials`);
    expect(rows).toEqual([{ user_id: 'li.ming', password_hash: expect.stringMatching(/^scrypt\$32768\$8\$1\$/) }]);
    expect(JSON.stringify(rows)).not.toContain('plain secret!');
  });

  it('opens twice on the same schema without a race (the table exists then)', async () => {
    await Promise.all([SqlCredentialStore.open(client, schema), SqlCredentialStore.open(client, schema)]);
    await store.setPassword('li.ming', 'still works!');
    expect(await store.verifyPassword('li.ming', 'still works!')).toBe(true);
  });
};

describe('credential store on PGlite (embedded)', () => {
  behavesAsACredentialStore({ open: () => openSqlDatabase({ kind: 'embedded' }), schema: () => uniqueSchemaName('credentials') });
});

describe('credential store on PostgreSQL', () => {
  const schema = useFreshSchemaPerTest('credentials');
  behavesAsACredentialStore({ open: () => openSqlDatabase({ kind: 'postgres', connectionString: testDatabaseUrl() }), schema: () => schema().name });
});
