import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { currentSession, signOut } from '../auth/session';
import { currentLang } from '../i18n/lang';

/** The API's one error shape, as its OpenAPI document declares it. */
export type ErrorBody = components['schemas']['ErrorBodyDto'];
export type ErrorDetail = components['schemas']['ErrorDetailDto'];

/** A refusal by the API (4xx/5xx), carrying its error body. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
    this.name = 'ApiFailure';
  }

  /** The details that name a field (path), for the form field next to which each is shown. */
  get fieldDetails(): readonly ErrorDetail[] {
    return Array.isArray(this.body.details) ? this.body.details : [];
  }

  get readModelBehind(): boolean {
    return this.status === 503 && this.body.code === 'read-model-behind';
  }
}

const isErrorBody = (value: unknown): value is ErrorBody =>
  typeof value === 'object' && value !== null && 'code' in value && 'message' in value && 'statusCode' in value;

const auth: Middleware = {
  onRequest({ request }) {
    const session = currentSession();
    if (session !== null) request.headers.set('Authorization', `Bearer ${session.accessToken}`);
    // The API words its refusals in the console's language (Chinese unless English is chosen).
    request.headers.set('Accept-Language', currentLang());
    return request;
  },
  onResponse({ response }) {
    // An ended token: back to the sign-in page.
    if (response.status === 401 && currentSession() !== null && !response.url.endsWith('/auth/login')) signOut();
    return response;
  },
};

/** The typed client: every path, parameter, body and answer type comes from the generated schema. */
export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '' });
api.use(auth);

/**
 * The data of an openapi-fetch answer, or an ApiFailure with the API's error body (a network
 * failure or a body of another shape becomes a 'network' failure with the HTTP status).
 */
export const ok = async <T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> => {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  throw new ApiFailure(
    response.status,
    isErrorBody(error) ? error : { statusCode: response.status, code: 'http-error', message: `${response.status} ${response.statusText}` },
  );
};

/** A fresh command id for the Idempotency-Key header (a retry of the same action reuses it). */
export const commandId = (): string => crypto.randomUUID();
