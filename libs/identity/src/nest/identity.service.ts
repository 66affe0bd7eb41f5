import { Inject, Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import type { EventStore } from '@kaoping/eventstore';
import type { CommandOutcome } from '@kaoping/cycle-log';
import { EVENT_STORE, KAOPING_CONFIG, type KaopingConfig } from '@kaoping/runtime';
import { claimsOf, readClaims, type AccessGrant } from '../authentication/access-token';
import { actingUserFrom, authenticate, type ActingUser, type Login } from '../authentication/authenticate';
import type { CredentialStore } from '../credentials/credential-store.port';
import { assertPasswordAllowed } from '../credentials/password-hash.util';
import { IdentityError } from '../identity.errors';
import type { UserCommand } from '../users/user.commands';
import { executeUserCommand, listUsers, readUser, authorizeUserCommand, type User } from '../users/user-directory';
import { CREDENTIAL_STORE } from './identity.tokens';

const unauthenticated = (code: string, message: string): IdentityError => new IdentityError({ kind: 'unauthenticated', code, message });

/** Tokens whose signature this process checked and keeps (the most recently checked). */
const VERIFIED_TOKENS = 1024;

/** Accounts kept between requests (the most recently read). */
const KEPT_ACCOUNTS = 1024;
/**
 * How long a kept account is used without a fresh read, at most: the feed that says an account
 * changed may stand still (stopped at an event a reaction cannot handle, or far behind).
 */
const KEPT_ACCOUNT_MS = 5_000;

/** Sign-in, tokens, accounts and passwords, for the API. */
@Injectable()
export class IdentityService {
  private readonly verified = new Map<string, Record<string, unknown>>();
  /** Accounts as last read, while this process hears of every change to them ({@link hearAccountChanges}). */
  private readonly accounts = new Map<string, Readonly<{ user: User | null; readAt: number }>>();
  private hearsAccountChanges = false;
  /** Moves at every account change heard: a read that began before it is not kept. */
  private accountChanges = 0;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CREDENTIAL_STORE) private readonly credentials: CredentialStore,
    @Inject(KAOPING_CONFIG) private readonly config: KaopingConfig,
    private readonly jwt: JwtService,
  ) {}

  /** Checks the password, picks the role, and issues a token for that one role. */
  async login(login: Login): Promise<AccessGrant> {
    const user = await authenticate({ store: this.store, credentials: this.credentials, login });
    const accessToken = await this.jwt.signAsync(claimsOf(user, await this.credentials.tokenVersion(user.userId)));
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.config.jwtTtlSeconds,
      role: user.role,
      scope: {
        ...(user.unitId === undefined ? {} : { unitId: user.unitId }),
        ...(user.providerId === undefined ? {} : { providerId: user.providerId }),
      },
    };
  }

  /** The person a bearer token names, if the token is ours, unexpired, and its grant still held. */
  async actingUserOf(token: string): Promise<ActingUser> {
    const claims = readClaims(await this.verifiedPayload(token));
    if (claims === null) throw unauthenticated('invalid-token', 'the access token is not valid');
    // The token version and the account are read together: the request waits for one round trip, not two.
    const [version, user] = await Promise.allSettled([this.credentials.tokenVersion(claims.sub), this.account(claims.sub)]);
    if (version.status === 'rejected') throw version.reason;
    if (claims.ver !== version.value) {
      throw unauthenticated('token-revoked', 'the password was changed or reset, or the account disabled, since this token was issued: sign in again');
    }
    if (user.status === 'rejected') throw user.reason;
    return actingUserFrom(user.value, {
      userId: claims.sub,
      role: claims.role,
      ...(claims.unitId === undefined ? {} : { unitId: claims.unitId }),
      ...(claims.providerId === undefined ? {} : { providerId: claims.providerId }),
    });
  }

  /**
   * From now on this process hears of every change to an account ({@link accountChanged}: its own
   * user commands at once, the others' from the log's reactions feed), so it keeps the accounts it
   * read and a request does not read and fold the account's stream again. The token version
   * (password changes, resets, disabled accounts) is still read at every request.
   */
  hearAccountChanges(): void {
    this.hearsAccountChanges = true;
  }

  /** An account changed (a user event of the log): the next request reads it again. */
  accountChanged(userId: string): void {
    this.accountChanges += 1;
    this.accounts.delete(userId);
  }

  private async account(userId: string): Promise<User | null> {
    if (!this.hearsAccountChanges) return readUser(this.store, userId);
    const kept = this.accounts.get(userId);
    if (kept !== undefined && Date.now() - kept.readAt < KEPT_ACCOUNT_MS) return kept.user;
    const changesBefore = this.accountChanges;
    const readAt = Date.now();
    const user = await readUser(this.store, userId);
    // A change heard while reading may not be in what was read.
    if (changesBefore === this.accountChanges) {
      this.accounts.delete(userId);
      this.accounts.set(userId, { user, readAt });
      if (this.accounts.size > KEPT_ACCOUNTS) this.accounts.delete(this.accounts.keys().next().value ?? '');
    }
    return user;
  }

  /**
   * The payload of a token signed with our secret, checked once per token and kept (the check
   * builds a key object from the secret on every call, a few per cent of the API's time under
   * load); the expiry is checked again on every use.
   */
  private async verifiedPayload(token: string): Promise<Record<string, unknown>> {
    const kept = this.verified.get(token);
    if (kept !== undefined && (typeof kept['exp'] !== 'number' || kept['exp'] * 1000 > Date.now())) return kept;
    let payload: Record<string, unknown>;
    try {
      payload = await this.jwt.verifyAsync<Record<string, unknown>>(token, { algorithms: ['HS256'] });
    } catch (error: unknown) {
      if (error instanceof TokenExpiredError) throw unauthenticated('token-expired', 'the access token has expired: sign in again');
      throw unauthenticated('invalid-token', 'the access token is not valid');
    }
    this.verified.delete(token);
    this.verified.set(token, payload);
    if (this.verified.size > VERIFIED_TOKENS) this.verified.delete(this.verified.keys().next().value ?? '');
    return payload;
  }

  /** Records a user command (admin only) with its idempotency key as command id; disabling an account revokes its tokens. */
  async execute(command: UserCommand, options: Readonly<{ correlationId?: string; expectedRevision?: number | 'no_stream' }> = {}): Promise<CommandOutcome> {
    try {
      const outcome = await executeUserCommand(this.store, command, options);
      if (command.type === 'DisableUser') await this.credentials.revokeTokens(command.data.userId);
      return outcome;
    } finally {
      this.accountChanged(command.data.userId);
    }
  }

  /** Whether a user's account is active and holds the role now, with the token version it is at (for sessions other than bearer tokens). */
  async sessionStillValid(userId: string, role: string, version: number): Promise<boolean> {
    const user = await readUser(this.store, userId);
    if (user === null || user.status !== 'active' || !user.grants.some((grant) => grant.role === role)) return false;
    return version === (await this.credentials.tokenVersion(userId));
  }

  /** The token version of a user now (a dashboard session records it when opened). */
  tokenVersion(userId: string): Promise<number> {
    return this.credentials.tokenVersion(userId);
  }

  /**
   * Provisions a user with a first password: the password is stored before the event, so a
   * provisioned user can always sign in; a refused provisioning leaves a hash nobody can use.
   */
  async provision(command: Extract<UserCommand, { type: 'ProvisionUser' }>, password: string, options: Readonly<{ correlationId?: string }> = {}): Promise<CommandOutcome> {
    authorizeUserCommand(command);
    assertPasswordAllowed(password);
    const existing = await readUser(this.store, command.data.userId);
    if (existing === null) await this.credentials.setPassword(command.data.userId, password);
    return this.execute(command, options);
  }

  /** An admin sets a new password for a user (the old one stops working). */
  async resetPassword(actor: Readonly<{ role: string }>, userId: string, password: string): Promise<void> {
    if (actor.role !== 'admin') {
      throw new IdentityError({ kind: 'forbidden', code: 'role-not-allowed', message: `the ${actor.role} role may not reset passwords (allowed: admin)` });
    }
    assertPasswordAllowed(password);
    const user = await readUser(this.store, userId);
    if (user === null) throw new IdentityError({ kind: 'not-found', code: 'user-not-found', message: `there is no user '${userId}'` });
    await this.credentials.setPassword(userId, password);
  }

  /** A signed-in person changes their own password, proving the current one. */
  async changeOwnPassword(userId: string, currentPassword: string, newPassword: string): Promise<void> {
    assertPasswordAllowed(newPassword, 'newPassword');
    if (!(await this.credentials.verifyPassword(userId, currentPassword))) {
      throw new IdentityError({
        kind: 'invalid-input',
        code: 'wrong-password',
        message: 'currentPassword is not the current password',
        details: [{ path: 'currentPassword', rule: 'wrong-password', message: 'is not the current password' }],
      });
    }
    await this.credentials.setPassword(userId, newPassword);
  }

  listUsers(): Promise<readonly User[]> {
    return listUsers(this.store);
  }

  async user(userId: string): Promise<User> {
    const user = await readUser(this.store, userId);
    if (user === null) throw new IdentityError({ kind: 'not-found', code: 'user-not-found', message: `there is no user '${userId}'` });
    return user;
  }
}
