/** The one shape of every error the API returns. */
export type ErrorDetail = Readonly<{ path: string; rule: string; message: string }>;

export type ErrorBody = Readonly<{
  statusCode: number;
  code: string;
  message: string;
  details?: readonly ErrorDetail[] | Readonly<Record<string, unknown>>;
}>;

/** Kinds of failure every layer may signal, and the HTTP status each maps to. */
export const STATUS_BY_KIND: Readonly<Record<string, number>> = {
  'invalid-input': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  'rule-violated': 409,
  conflict: 409,
  'wrong-expected-revision': 409,
  'idempotency-mismatch': 409,
  'payload-too-large': 413,
  'too-many-requests': 429,
  'read-model-behind': 503,
};
