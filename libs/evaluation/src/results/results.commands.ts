import type { PhaseId } from '@kaoping/scoring';
import type { DomainCommand } from '../shared/envelope.types';
import type { ResultLine } from './results.events';

/** System or office: freeze a phase's scores of a category (computed by the worker with @kaoping/scoring). */
export type TakeSnapshot = DomainCommand<
  'TakeSnapshot',
  { cycleId: string; categoryId: string; phase: PhaseId; asOfPosition: string; asOf: string; schemeVersion: number; units: readonly ResultLine[] }
>;
/** Office or system: record provisional results; after publication only with the deciding appeal's id. */
export type ComputeResults = DomainCommand<
  'ComputeResults',
  {
    cycleId: string;
    categoryId: string;
    asOfPosition: string;
    asOf: string;
    schemeVersion: number;
    units: readonly ResultLine[];
    appealId?: string;
  }
>;
/** Office, publication: publish the latest computed results for a notice period. */
export type PublishResults = DomainCommand<'PublishResults', { cycleId: string; categoryId: string; noticeEndsAt: string }>;
/** Committee: finalise published results after the notice period, with no appeal open. */
export type FinaliseResults = DomainCommand<'FinaliseResults', { cycleId: string; categoryId: string }>;

/** The commands of a `results-<cycleId>-<categoryId>` stream. */
export type ResultsCommand = TakeSnapshot | ComputeResults | PublishResults | FinaliseResults;
export type ResultsCommandType = ResultsCommand['type'];
export const RESULTS_COMMAND_TYPES: readonly ResultsCommandType[] = ['TakeSnapshot', 'ComputeResults', 'PublishResults', 'FinaliseResults'];
