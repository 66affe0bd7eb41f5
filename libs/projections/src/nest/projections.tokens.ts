/** The running projections of this process (or null when another process runs them). */
export const PROJECTION_RUNNER = Symbol('PROJECTION_RUNNER');
