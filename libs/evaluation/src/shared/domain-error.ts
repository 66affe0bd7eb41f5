/** What kind of refusal an error is; the API maps it to HTTP (400, 403, 404, 409, 409). */
export type ErrorKind = 'invalid-input' | 'forbidden' | 'not-found' | 'rule-violated' | 'conflict';

/**
 * One problem of a refused command: the field path, the rule code, a message. Paths name the
 * request's fields as a client sends them (`unitId`, `targets.mid-year`, `reason`, `evidence`),
 * the command's data and meta alike, so the API passes them on as they are; `meta.actor…` names the
 * signed-in actor, `type` the command itself.
 */
export type ErrorDetail = Readonly<{
  path: string;
  rule: string;
  /** In English; the API words it for the reader (Chinese by default) from the rule. */
  message: string;
  /** The problem in both languages where it was found (a scheme problem): the API uses these words as they are. */
  texts?: Readonly<{ 'zh-CN': string; en: string }>;
}>;

/** The base of every error the lifecycle throws: a kind, a specific code, and details. */
export class DomainError extends Error {
  readonly kind: ErrorKind;
  readonly code: string;
  readonly details: readonly ErrorDetail[];

  constructor(input: Readonly<{ kind: ErrorKind; code: string; message: string; details?: readonly ErrorDetail[] }>) {
    super(input.message);
    this.name = 'DomainError';
    this.kind = input.kind;
    this.code = input.code;
    this.details = input.details ?? [];
  }
}

type ErrorInput = Readonly<{ code: string; message: string; details?: readonly ErrorDetail[] }>;

/** Bad input: a field is missing, malformed, or names something the scheme does not have. */
export class InvalidInput extends DomainError {
  constructor(input: ErrorInput) {
    super({ ...input, kind: 'invalid-input' });
    this.name = 'InvalidInput';
  }
}

/** The actor may not do this; `code` names the rule (not-own-unit, self-approval…). */
export class Forbidden extends DomainError {
  constructor(input: ErrorInput) {
    super({ ...input, kind: 'forbidden' });
    this.name = 'Forbidden';
  }
}

/** The cycle, unit, proposal or earlier fact the command names does not exist. */
export class NotFound extends DomainError {
  constructor(input: ErrorInput) {
    super({ ...input, kind: 'not-found' });
    this.name = 'NotFound';
  }
}

/** A lifecycle rule refuses the command now (phase closed, already decided…). */
export class RuleViolated extends DomainError {
  constructor(input: ErrorInput) {
    super({ ...input, kind: 'rule-violated' });
    this.name = 'RuleViolated';
  }
}

/** The command conflicts with what exists (already created, a different unit…). */
export class Conflict extends DomainError {
  constructor(input: ErrorInput) {
    super({ ...input, kind: 'conflict' });
    this.name = 'Conflict';
  }
}

/** An invalid-input error for one field. */
export const invalidField = (input: Readonly<{ path: string; rule: string; message: string }>): InvalidInput =>
  new InvalidInput({ code: input.rule, message: `${input.path}: ${input.message}`, details: [input] });
