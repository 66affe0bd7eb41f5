import { UNKNOWN_USER_HASH, assertPasswordAllowed, hashPassword, passwordMatches, randomPassword } from './password-hash.util';

describe('password hashes', () => {
  it('match the password they were made from, and no other', async () => {
    const hash = await hashPassword('考评 correct horse');
    expect(await passwordMatches('考评 correct horse', hash)).toBe(true);
    expect(await passwordMatches('考评 correct horsE', hash)).toBe(false);
  });

  it('salt every hash, so one password never gives the same hash twice', async () => {
    const [a, b] = await Promise.all([hashPassword('same password!'), hashPassword('same password!')]);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  });

  it('never match the hash checked for unknown users, nor a malformed one', async () => {
    expect(await passwordMatches('', UNKNOWN_USER_HASH)).toBe(false);
    expect(await passwordMatches('anything at all', 'plaintext')).toBe(false);
  });

  it('refuse passwords shorter than 10 or longer than 256 characters', () => {
    expect(() => assertPasswordAllowed('short')).toThrow(expect.objectContaining({ code: 'minLength', details: [expect.objectContaining({ path: 'password' })] }));
    expect(() => assertPasswordAllowed('x'.repeat(257), 'newPassword')).toThrow(expect.objectContaining({ code: 'maxLength' }));
    expect(() => assertPasswordAllowed('ten chars!')).not.toThrow();
  });

  it('make random first-run passwords that the policy accepts', () => {
    const password = randomPassword();
    expect(password).toHaveLength(24);
    expect(password).not.toBe(randomPassword());
    expect(() => assertPasswordAllowed(password)).not.toThrow();
  });
});
