export type ScoringErrorCode = 'not-a-valid-scheme' | 'unknown-category' | 'unknown-ranking' | 'invalid-input';

/** An error the caller can act on, with a stable code (invalid input, unknown category). */
export class ScoringError extends Error {
  constructor(
    readonly code: ScoringErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ScoringError';
  }
}
