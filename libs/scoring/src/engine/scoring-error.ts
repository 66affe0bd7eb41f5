/** An error the caller can act on, with a stable code (invalid input, unknown category). */
export class ScoringError extends Error {
  constructor(
    readonly code: 'not-a-valid-scheme' | 'unknown-category',
    message: string,
  ) {
    super(message);
    this.name = 'ScoringError';
  }
}
