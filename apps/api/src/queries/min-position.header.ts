import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { PATTERN_TEXTS } from '../i18n/error-texts';
import { InvalidInputException } from '../errors/validation';
import type { RaisedDetail } from '../errors/localized-error';
import { POSITION_DIGITS } from './queries.dto';

/**
 * `X-Min-Position: <position>` on a read: as `minPosition` in the query, for every read of the
 * request. The console sends the position of the last command it had accepted, so a page read after
 * a change waits (up to 5 s, else 503 read-model-behind) until the read models hold that change,
 * instead of showing the state from before it. A position past the end of the log is 400 (no write returned it).
 */
export const MIN_POSITION_HEADER = 'X-Min-Position';

const asked = new AsyncLocalStorage<bigint>();

/** Express middleware: a well-formed header holds for the rest of the request; a malformed one is a 400 naming it. */
export const minPositionHeader = (request: Request, _response: Response, next: NextFunction): void => {
  const value = request.headers[MIN_POSITION_HEADER.toLowerCase()];
  if (value === undefined) {
    next();
    return;
  }
  if (typeof value !== 'string' || !POSITION_DIGITS.test(value)) {
    const format = PATTERN_TEXTS[POSITION_DIGITS.source];
    const detail: RaisedDetail = { path: MIN_POSITION_HEADER, rule: 'matches', message: '', ...(format === undefined ? {} : { params: { format } }) };
    next(new InvalidInputException([detail]));
    return;
  }
  asked.run(BigInt(value), next);
};

/** The position a read must wait for: the later of the query's `minPosition` and the request's header. */
export const minPositionOf = (query: string | bigint | undefined): bigint | undefined => {
  const fromQuery = typeof query === 'string' ? BigInt(query) : query;
  const fromHeader = asked.getStore();
  if (fromHeader === undefined) return fromQuery;
  return fromQuery === undefined || fromHeader > fromQuery ? fromHeader : fromQuery;
};
