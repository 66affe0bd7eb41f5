import type { Response } from 'express';
import { preferredLang, type Lang } from '../i18n/accept-language';
import { ERROR_TEXTS, KEEPS_RAISED_MESSAGE, errorText, type ErrorTexts, type Params } from '../i18n/error-texts';
import type { ErrorBody, ErrorDetail } from './error-body';

/**
 * A detail as raised, before it is put into words for the reader: its own texts in both languages
 * (a scheme problem writes them where it finds the problem), or parameters for the catalog's text.
 */
export type RaisedDetail = ErrorDetail & Readonly<{ texts?: ErrorTexts; params?: Params }>;

/** The generic refusal of each status, for a code the catalog does not name. */
const CODE_OF_STATUS: Readonly<Record<number, string>> = {
  400: 'invalid-input',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
  503: 'read-model-behind',
};

// Paths that name no field the client wrote (the signed-in actor, the command itself).
const NOT_A_FIELD = new Set(['', 'meta.actor', 'type']);

const asRaised = (value: unknown): RaisedDetail | undefined =>
  typeof value === 'object' && value !== null && 'path' in value && 'rule' in value && typeof value.path === 'string' && typeof value.rule === 'string'
    ? (value as RaisedDetail)
    : undefined;

const ownText = (detail: RaisedDetail, lang: Lang): string | undefined => {
  const own = detail.texts?.[lang];
  return typeof own === 'string' && own !== '' ? own : undefined;
};

/** One detail in the reader's language: Chinese names the field first (`字段 unitId：必填`). */
function detailMessage(detail: RaisedDetail, lang: Lang): string {
  if (lang === 'en') return ownText(detail, 'en') ?? (detail.message !== '' ? detail.message : (errorText(detail.rule, 'en', detail.params) ?? detail.rule));
  // A spreadsheet cell (sheet!column:row) is a place, not a field.
  const field = NOT_A_FIELD.has(detail.path) ? '' : detail.path.includes('!') ? `${detail.path}：` : `字段 ${detail.path}：`;
  const words =
    ownText(detail, 'zh-CN') ??
    errorText(detail.rule, 'zh-CN', detail.params) ??
    // A rule without Chinese words yet (the catalog test keeps this rare): name it, keep what was said.
    `不符合规则“${detail.rule}”${detail.message === '' ? '' : `（${detail.message}）`}`;
  return `${field}${words}`;
}

/** Numbers and ids of an object-shaped details (a conflict's revisions) as text parameters. */
const paramsOf = (body: ErrorBody): Record<string, string> => {
  if (Array.isArray(body.details)) return { count: String(body.details.length) };
  const details = (body.details ?? {}) as Readonly<Record<string, unknown>>;
  return Object.fromEntries(
    Object.entries(details)
      .filter((entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number')
      .map(([key, value]) => [key, String(value)]),
  );
};

/**
 * The error body in the reader's language. `code`, each detail's `path` and `rule` stay as raised
 * (machines read them); `message` and each detail's `message` are put into words:
 * - English: the message written where the error was raised (it carries the specifics), or the
 *   catalog's English when there is none;
 * - Chinese: for bad input (400 with details) every detail, field first; otherwise the catalog's
 *   text of the code; a code or rule the catalog does not know keeps its message after a Chinese
 *   lead naming it, never an English-only answer.
 */
export function localizedBody(body: ErrorBody, lang: Lang): ErrorBody {
  const raised = Array.isArray(body.details) ? body.details.map((d) => asRaised(d)) : undefined;
  const details = raised?.every((d) => d !== undefined)
    ? raised.map((d): ErrorDetail => ({ path: d.path, rule: d.rule, message: detailMessage(d, lang) }))
    : body.details;
  const words = (): string => {
    if (lang === 'en') return body.message !== '' ? body.message : (errorText(body.code, 'en', paramsOf(body)) ?? body.code);
    // Bad input says what each field broke, unless the code sums the problems up ('N 处问题').
    const sumsUp = ERROR_TEXTS[body.code]?.['zh-CN'].includes('{count}') === true;
    if (body.statusCode === 400 && Array.isArray(details) && details.length > 0 && !sumsUp) return details.map((d) => d.message).join('；');
    const known = errorText(body.code, 'zh-CN', paramsOf(body));
    if (known !== undefined) return KEEPS_RAISED_MESSAGE.has(body.code) && body.message !== '' ? `${known}（${body.message}）` : known;
    const generic = errorText(CODE_OF_STATUS[body.statusCode] ?? 'internal', 'zh-CN') ?? '请求被拒绝';
    return `${generic}（${body.code}）${body.message === '' ? '' : `：${body.message}`}`;
  };
  return { ...body, message: words(), ...(details === undefined ? {} : { details }) };
}

/** Sends an error body in the language the request prefers, saying which (Content-Language). */
export function sendLocalized(request: Readonly<{ headers: Readonly<Record<string, string | string[] | undefined>> }>, response: Response, body: ErrorBody): void {
  const lang = preferredLang(request.headers['accept-language']);
  response.setHeader('Content-Language', lang);
  response.vary('Accept-Language');
  response.status(body.statusCode).json(localizedBody(body, lang));
}
