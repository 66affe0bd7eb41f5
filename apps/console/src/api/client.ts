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

/**
 * The log position of the last change this console had accepted (a command's answer carries it).
 * Every read asks the read models to hold it first (X-Min-Position; the API waits up to 5 s, else
 * 503 read-model-behind, which the queries retry): the page read after a change shows the change.
 */
let lastAccepted: bigint | undefined;

const READS = new Set(['GET', 'HEAD']);

const positionIn = (body: unknown): bigint | undefined => {
  const position = typeof body === 'object' && body !== null && 'position' in body ? body.position : undefined;
  return typeof position === 'string' && /^\d{1,19}$/.test(position) ? BigInt(position) : undefined;
};

const remember = async (response: Response): Promise<void> => {
  if (!(response.headers.get('Content-Type') ?? '').includes('json')) return;
  const position = positionIn(await response.clone().json().catch(() => undefined));
  if (position !== undefined && (lastAccepted === undefined || position > lastAccepted)) lastAccepted = position;
};

const auth: Middleware = {
  onRequest({ request }) {
    const session = currentSession();
    if (session !== null) request.headers.set('Authorization', `Bearer ${session.accessToken}`);
    // The API words its refusals in the console's language (Chinese unless English is chosen).
    request.headers.set('Accept-Language', currentLang());
    if (READS.has(request.method) && lastAccepted !== undefined) request.headers.set('X-Min-Position', lastAccepted.toString());
    return request;
  },
  async onResponse({ request, response }) {
    // An ended token: back to the sign-in page.
    if (response.status === 401 && currentSession() !== null && !response.url.endsWith('/auth/login')) signOut();
    if (!READS.has(request.method) && response.ok) await remember(response);
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

/** The header of a command: a fresh Idempotency-Key. */
export const idempotencyHeader = (): Readonly<{ 'Idempotency-Key': string }> => ({ 'Idempotency-Key': commandId() });
