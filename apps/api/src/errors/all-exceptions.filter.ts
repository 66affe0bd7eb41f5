import { Catch, HttpException, HttpStatus, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { scopedToReader } from './conflict-scope';
import { STATUS_BY_KIND, type ErrorBody, type ErrorDetail } from './error-body';
import { sendLocalized } from './localized-error';
import { RequestRefused } from './request-refused';
import { InvalidInputException } from './validation';

type Coded = Error & { kind?: unknown; code?: unknown; details?: unknown };

const HTTP_CODES: Readonly<Record<number, string>> = {
  400: 'invalid-input',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
};

const isDetails = (value: unknown): value is readonly ErrorDetail[] | Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null;

/**
 * Turns anything thrown into the one {@link ErrorBody} shape (messages as raised, in English;
 * {@link localizedBody} words them for the reader); unknown failures are 500 and logged.
 */
export function toErrorBody(exception: unknown): ErrorBody {
  if (exception instanceof InvalidInputException) {
    return { statusCode: 400, code: 'invalid-input', message: exception.message, details: exception.details };
  }
  // Also what body-parser's verify hook threw (it passes the same error on).
  if (exception instanceof RequestRefused) {
    return { statusCode: exception.statusCode, code: exception.code, message: exception.message };
  }
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const response = exception.getResponse();
    const message =
      typeof response === 'object' && response !== null && 'message' in response && typeof response.message === 'string'
        ? response.message
        : exception.message;
    // body-parser's syntax errors arrive as 400 with a type; keep the message, name the kind.
    return { statusCode, code: HTTP_CODES[statusCode] ?? 'http-error', message };
  }
  if (exception instanceof Error) {
    const coded = exception as Coded;
    const kind = typeof coded.kind === 'string' ? coded.kind : undefined;
    const code = typeof coded.code === 'string' ? coded.code : undefined;
    const statusCode = (kind && STATUS_BY_KIND[kind]) || (code && STATUS_BY_KIND[code]) || undefined;
    if (statusCode && code) {
      return { statusCode, code, message: exception.message, ...(isDetails(coded.details) ? { details: coded.details } : {}) };
    }
    // express raises these for malformed bodies before any handler runs.
    if ('type' in exception && exception.type === 'entity.parse.failed') {
      return { statusCode: 400, code: 'invalid-json', message: `request body is not valid JSON: ${exception.message}` };
    }
    if ('type' in exception && exception.type === 'entity.too.large') {
      return { statusCode: 413, code: 'payload-too-large', message: exception.message };
    }
    // Anything else Express or body-parser refuses (an unsupported charset or content encoding, a
    // body shorter than announced…) carries a 4xx status meant to be shown: keep it.
    const status = 'status' in exception ? exception.status : undefined;
    if (typeof status === 'number' && status >= 400 && status < 500 && 'expose' in exception && exception.expose === true) {
      return { statusCode: status, code: HTTP_CODES[status] ?? 'bad-request', message: exception.message };
    }
  }
  return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, code: 'internal', message: 'internal error' };
}

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const raised = scopedToReader(toErrorBody(exception), request.actor);
    if (raised.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    // Chinese unless the request prefers English (Accept-Language); code, path and rule never change.
    sendLocalized(request, http.getResponse<Response>(), raised);
  }
}
