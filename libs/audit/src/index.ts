/**
 * @packageDocumentation
 * Time travel for auditors, straight from the event log (no read model): a category's or a
 * unit's score as of any moment (a position, a time, `published`, `now`), explained down to the
 * events behind each number; the difference between two moments; and the hash-chain check.
 * Used by the API's audit routes, the CLI's `verify` and the audit benchmark.
 */
export { parseMoment, resolveMoment } from './moments/moment';
export type { Moment, ResolvedMoment } from './moments/moment';
export { readCycleLog } from './as-of/cycle-log';
export type { CycleLog } from './as-of/cycle-log';
export { linkOf } from './as-of/event-link';
export type { EventLink } from './as-of/event-link';
export { categoryAsOf, lineOf, scoreAt, scoreLogAt, unitAsOf } from './as-of/score-as-of';
export type { AuditContext, CategoryAsOf, ExplainedNode, FactEvidence, StoppedFact, UnitAsOf, UnitLine } from './as-of/score-as-of';
export { diffBetween } from './diff/score-diff';
export type { FactChange, NumberChange, ScoreDiff } from './diff/score-diff';
export { verifyLog } from './verify/verify-log';
export type { AuditBrokenLink, AuditVerifyReport } from './verify/verify-log';
export { assertIntactUpTo } from './as-of/integrity-guard';
export { publicationOf, verifyPublication } from './verify/verify-publication';
export type { LineMismatch, PrintedSeal, PublicationCheck, PublicationVerification } from './verify/verify-publication';
