/** The kinds the API maps to HTTP: 400, 401, 403, 404, 409. */
export type IdentityErrorKind = 'invalid-input' | 'unauthenticated' | 'forbidden' | 'not-found' | 'rule-violated' | 'conflict';

/** A detail's own words in both languages, where they carry data (a grant held) a catalog cannot. */
type DetailTexts = Readonly<Record<'zh-CN' | 'en', string>>;
export type IdentityErrorDetail = Readonly<{ path: string; rule: string; message: string; texts?: DetailTexts }>;

/** Every refusal of the identity lib: a kind, a specific code, details with field paths. */
export class IdentityError extends Error {
  readonly kind: IdentityErrorKind;
  readonly code: string;
  readonly details: readonly IdentityErrorDetail[];

  constructor(input: Readonly<{ kind: IdentityErrorKind; code: string; message: string; details?: readonly IdentityErrorDetail[] }>) {
    super(input.message);
    this.name = 'IdentityError';
    this.kind = input.kind;
    this.code = input.code;
    this.details = input.details ?? [];
  }
}

/** One broken rule on one field, as an invalid-input error. */
export const invalidField = (path: string, rule: string, message: string): IdentityError =>
  new IdentityError({ kind: 'invalid-input', code: rule, message: `${path}: ${message}`, details: [{ path, rule, message }] });
