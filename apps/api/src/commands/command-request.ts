import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { InvalidInputException } from '../errors/validation';
import type { TimedRequest } from './request-clock';

/** What the HTTP request says about the command beside its body. */
export type CommandRequestContext = Readonly<{
  /** The Idempotency-Key header (≤ 128 characters), or a new UUID. */
  commandId: string;
  /** X-Request-Id (echoed by the request log), or the command id. */
  correlationId: string;
  /** If-Match: the stream revision the client based its request on; -1 for a stream that must not exist yet. */
  expectedRevision?: number | 'no_stream';
  /** The time the request arrived (ISO 8601): the command's `now`. */
  now: string;
}>;

const MAX_KEY_LENGTH = 128;
const IF_MATCH = /^(?:W\/)?"?(-1|0|[1-9]\d{0,14})"?$/;

const header = (request: Request, name: string): string | undefined => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/** Reads Idempotency-Key, X-Request-Id and If-Match; refuses malformed ones by name (400). */
export const readCommandRequest = (request: TimedRequest): CommandRequestContext => {
  const key = header(request, 'idempotency-key');
  if (key !== undefined && (key.trim() === '' || key.length > MAX_KEY_LENGTH)) {
    throw new InvalidInputException([
      { path: 'Idempotency-Key', rule: 'maxLength', message: `Idempotency-Key is 1 to ${MAX_KEY_LENGTH} characters (a UUID is best)` },
    ]);
  }
  const ifMatch = header(request, 'if-match');
  const revision = ifMatch === undefined ? undefined : IF_MATCH.exec(ifMatch.trim())?.[1];
  if (ifMatch !== undefined && revision === undefined) {
    throw new InvalidInputException([
      { path: 'If-Match', rule: 'revision', message: 'If-Match is the stream revision the request is based on, e.g. "3" (-1: no stream yet)' },
    ]);
  }
  const commandId = key ?? randomUUID();
  const requestId = header(request, 'x-request-id');
  return {
    commandId,
    correlationId: requestId !== undefined && requestId.length > 0 && requestId.length <= MAX_KEY_LENGTH ? requestId : commandId,
    ...(revision === undefined ? {} : { expectedRevision: revision === '-1' ? 'no_stream' : Number(revision) }),
    now: request.receivedAt ?? new Date().toISOString(),
  };
};

/** The command context of the current request (see {@link readCommandRequest}). */
export const CommandRequest = createParamDecorator(
  (_data: unknown, context: ExecutionContext): CommandRequestContext => readCommandRequest(context.switchToHttp().getRequest<TimedRequest>()),
);
