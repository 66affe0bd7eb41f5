import type { AppealOutcome, AppealRevocation, AppealTarget } from './appeal.events';

type Filed = Readonly<{ appealId: string; unitId: string; against: AppealTarget; filedBy: string; filedEventId: string }>;

/** No appeal yet. */
export type NoAppeal = Readonly<{ status: 'none' }>;
/** Filed, waiting for the committee. */
export type AppealPending = Filed & Readonly<{ status: 'filed' }>;
/** Decided. */
export type AppealClosed = Filed & Readonly<{ status: 'decided'; outcome: AppealOutcome; revokes: readonly AppealRevocation[]; decidedEventId: string }>;

/** The folded `appeal-<cycleId>-<appealId>` stream. */
export type AppealState = NoAppeal | AppealPending | AppealClosed;
