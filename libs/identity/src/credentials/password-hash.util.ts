import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { invalidField } from '../identity.errors';

/** scrypt cost (N=2^15, r=8, p=1: ~32 MiB, tens of ms): slow for a guesser, fine for a login. */
const COST = { N: 32768, r: 8, p: 1 } as const;
const KEY_LENGTH = 64;
const SALT_BYTES = 16;

export const MIN_PASSWORD_LENGTH = 10;
/** Upper bound so a login cannot be made to hash megabytes. */
export const MAX_PASSWORD_LENGTH = 256;

const derive = (password: string, salt: Buffer, cost: ScryptOptions): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...cost, maxmem: 128 * (cost.N ?? COST.N) * (cost.r ?? COST.r) * 2 }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });

/** Refuses a password the policy does not allow, naming the field. */
export const assertPasswordAllowed = (password: string, path = 'password'): void => {
  if (password.length < MIN_PASSWORD_LENGTH) throw invalidField(path, 'minLength', `a password has at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > MAX_PASSWORD_LENGTH) throw invalidField(path, 'maxLength', `a password has at most ${MAX_PASSWORD_LENGTH} characters`);
};

/** `scrypt$N$r$p$<salt base64>$<key base64>`, with a fresh random salt per call. */
export const hashPassword = async (password: string): Promise<string> => {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
};

/** True when `password` matches `encoded`; compares in constant time. A malformed hash never matches. */
export const passwordMatches = async (password: string, encoded: string): Promise<boolean> => {
  const [scheme, n, r, p, salt, key] = encoded.split('$');
  if (scheme !== 'scrypt' || n === undefined || r === undefined || p === undefined || salt === undefined || key === undefined) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return expected.length === actual.length && timingSafeEqual(expected, actual);
};

/** A hash nobody's password matches, checked for unknown users so that they take as long as known ones. */
export const UNKNOWN_USER_HASH = `scrypt$${COST.N}$${COST.r}$${COST.p}$${Buffer.alloc(SALT_BYTES).toString('base64')}$${Buffer.alloc(KEY_LENGTH).toString('base64')}`;

/** A random password for the first-run admin: 24 characters from an unambiguous alphabet. */
export const randomPassword = (): string => {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  return [...randomBytes(24)].map((byte) => alphabet.charAt(byte % alphabet.length)).join('');
};
