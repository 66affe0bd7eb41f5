/** A refusal raised by Express-level middleware (before Nest's handlers): a 4xx with its code. */
export class RequestRefused extends Error {
  readonly kind = 'request-refused';

  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RequestRefused';
  }
}
