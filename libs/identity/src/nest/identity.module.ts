import { Global, Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import type { EventStore } from '@kaoping/eventstore';
import { EVENT_STORE, KAOPING_CONFIG, SQL_DATABASE, type KaopingConfig, type SqlDatabase } from '@kaoping/runtime';
import { ensureFirstAdmin, FIRST_ADMIN_ID } from '../authentication/first-run-admin';
import type { CredentialStore } from '../credentials/credential-store.port';
import { KeptTokenVersions } from '../credentials/kept-token-versions';
import { SqlCredentialStore } from '../credentials/sql-credential-store';
import { accessTokenSecretOf } from './access-token-secret';
import { IdentityService } from './identity.service';
import { CREDENTIAL_STORE } from './identity.tokens';

/**
 * How long an API process on a server database keeps a user's token version: a password changed,
 * reset or an account disabled through another process stops this process's tokens within it (at
 * once through this one). Saves a query on every authenticated request.
 */
export const SHARED_TOKEN_VERSION_MAX_AGE_MS = 1_000;

/** Provisions the first admin when the store has no user. */
@Injectable()
class FirstRunAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger('identity');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore,
    @Inject(KAOPING_CONFIG) private readonly config: KaopingConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const firstRun = await ensureFirstAdmin({
      store: this.store,
      credentials: this.credentials,
      password: this.config.adminPassword,
      now: new Date().toISOString(),
    });
    if (!firstRun.provisioned) {
      if (this.config.adminPassword !== undefined) {
        this.logger.warn(
          `ADMIN_PASSWORD is set but ignored: users exist already, so no first-run admin was made and '${FIRST_ADMIN_ID}' keeps its password. ` +
            `Sign in with that password, or set a new one with: echo 'new password' | npm run cli -- users password --id ${FIRST_ADMIN_ID} --password-stdin (with the API stopped on embedded)`,
        );
      }
      return;
    }
    if (firstRun.generatedPassword === undefined) {
      this.logger.log(`First run: no user existed; created user '${FIRST_ADMIN_ID}' (role admin) with the password of ADMIN_PASSWORD`);
      return;
    }
    // A plain notice on stderr, not a JSON log line: an operator at a terminal must be able to read it.
    process.stderr.write(
      [
        '',
        '  Kaoping first run: no user existed, so an administrator was created.',
        `    user:     ${FIRST_ADMIN_ID}`,
        `    password: ${firstRun.generatedPassword}`,
        '  It is shown this once. Sign in (POST /auth/login) and change it (PUT /auth/password).',
        '',
        '',
      ].join('\n'),
    );
    this.logger.log(`First run: created user '${FIRST_ADMIN_ID}' (role admin) with a generated password (printed on stderr, not logged)`);
  }
}

/**
 * Identity for the API: credentials in the process's SQL database, access tokens signed with
 * JWT_SECRET (HS256, JWT_TTL), {@link IdentityService}, and the first-run admin.
 */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [KAOPING_CONFIG],
      useFactory: (config: KaopingConfig) => ({
        secret: accessTokenSecretOf(config, (message) => new Logger('identity').warn(message)),
        signOptions: { algorithm: 'HS256', expiresIn: config.jwtTtlSeconds },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    {
      provide: CREDENTIAL_STORE,
      // After the event store: its migrations create the schema the credentials table joins.
      inject: [SQL_DATABASE, KAOPING_CONFIG, EVENT_STORE],
      useFactory: async (database: SqlDatabase, config: KaopingConfig): Promise<CredentialStore> => {
        const store = await SqlCredentialStore.open(database.client, config.databaseSchema);
        // An embedded (PGlite) database is this process's alone: every credential change passes through it.
        // A server database is shared (API processes, the operator CLI): what they change shows here within a second.
        return database.dialect === 'embedded' ? new KeptTokenVersions(store) : new KeptTokenVersions(store, { maxAgeMs: SHARED_TOKEN_VERSION_MAX_AGE_MS });
      },
    },
    IdentityService,
    FirstRunAdmin,
  ],
  exports: [IdentityService, CREDENTIAL_STORE],
})
export class IdentityModule {}
