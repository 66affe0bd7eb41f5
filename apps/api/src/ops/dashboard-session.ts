import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The cookie that lets a browser into the queue dashboard (a UI cannot send a bearer header). */
export const DASHBOARD_COOKIE = 'kaoping_queue_dashboard';
/** Where the dashboard lives, and the only path the cookie is sent to. */
export const DASHBOARD_PATH = '/admin/queues';
/** A dashboard session lasts a quarter of an hour: admins sign in again for longer looks. */
export const DASHBOARD_SESSION_SECONDS = 15 * 60;

/**
 * What a dashboard session says: who opened it, in which role, until when (epoch seconds), and the
 * account's token version then (a password change, reset or disabled account ends the session).
 */
export type DashboardClaims = Readonly<{ userId: string; role: string; expiresAt: number; ver: number }>;

export type DashboardSessionCheck =
  | Readonly<{ valid: true; claims: DashboardClaims }>
  | Readonly<{ valid: false; reason: 'missing' | 'malformed' | 'bad-signature' | 'expired' | 'not-admin' | 'revoked' }>;

const PURPOSE = 'kaoping:queue-dashboard:v1';

/**
 * Signs and checks dashboard session tokens: `base64url(JSON claims).base64url(HMAC-SHA256)`, with
 * a key derived from the access-token secret for this purpose only, so an access token is no
 * dashboard token and a dashboard token is no access token. Without JWT_SECRET (embedded mode)
 * the key is random per process, like the access tokens then.
 */
export class DashboardSessions {
  private readonly key: Buffer;

  constructor(secret: string | undefined) {
    this.key = createHmac('sha256', secret ?? randomBytes(48)).update(PURPOSE).digest();
  }

  issue(input: Readonly<{ userId: string; role: string; now: Date; ver: number }>): Readonly<{ token: string; claims: DashboardClaims }> {
    const claims: DashboardClaims = {
      userId: input.userId,
      role: input.role,
      ver: input.ver,
      expiresAt: Math.floor(input.now.getTime() / 1000) + DASHBOARD_SESSION_SECONDS,
    };
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { token: `${body}.${this.sign(body)}`, claims };
  }

  check(token: string | undefined, now: Date): DashboardSessionCheck {
    if (token === undefined || token === '') return { valid: false, reason: 'missing' };
    const [body, signature, extra] = token.split('.');
    if (body === undefined || signature === undefined || extra !== undefined) return { valid: false, reason: 'malformed' };
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { valid: false, reason: 'bad-signature' };
    const claims = parseClaims(Buffer.from(body, 'base64url').toString('utf8'));
    if (claims === undefined) return { valid: false, reason: 'malformed' };
    if (claims.expiresAt <= Math.floor(now.getTime() / 1000)) return { valid: false, reason: 'expired' };
    if (claims.role !== 'admin') return { valid: false, reason: 'not-admin' };
    return { valid: true, claims };
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

const parseClaims = (json: string): DashboardClaims | undefined => {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null) return undefined;
    const { userId, role, expiresAt, ver }: Record<string, unknown> = Object.fromEntries(Object.entries(value));
    return typeof userId === 'string' && typeof role === 'string' && typeof expiresAt === 'number' && typeof ver === 'number' ? { userId, role, expiresAt, ver } : undefined;
  } catch {
    return undefined;
  }
};

/** The value of one cookie in a Cookie header. */
export const cookieOf = (header: string | undefined, name: string): string | undefined => {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return undefined;
};

/** The Set-Cookie header of a session: HttpOnly, SameSite=Strict, only for the dashboard's path. */
export const sessionCookie = (input: Readonly<{ token: string; secure: boolean }>): string =>
  [
    `${DASHBOARD_COOKIE}=${encodeURIComponent(input.token)}`,
    `Path=${DASHBOARD_PATH}`,
    `Max-Age=${DASHBOARD_SESSION_SECONDS}`,
    'HttpOnly',
    'SameSite=Strict',
    ...(input.secure ? ['Secure'] : []),
  ].join('; ');

/** The Set-Cookie header that ends a session. */
export const clearedCookie = (): string => `${DASHBOARD_COOKIE}=; Path=${DASHBOARD_PATH}; Max-Age=0; HttpOnly; SameSite=Strict`;
