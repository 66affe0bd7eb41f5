import type { CycleState } from '../cycle/cycle.state';
import type { Decider, Recorded } from '../shared/envelope.types';
import { notReady } from '../shared/not-ready';
import type { ResultsCommand } from './results.commands';
import type { ResultsEvent } from './results.events';
import type { ResultsState } from './results.state';

/**
 * Results are decided against the cycle; `openAppeals` (appeal ids filed and not decided, from a
 * projection) must be given for FinaliseResults.
 */
export type ResultsContext = Readonly<{ cycle: CycleState; openAppeals?: readonly string[] }>;

export const initialResultsState = (): ResultsState => ({ status: 'none', commandIds: new Set(), snapshots: new Map() });
export const evolveResults = (state: ResultsState, _event: Recorded<ResultsEvent>): ResultsState => state;
export const decideResults = (_command: ResultsCommand, _input: Readonly<{ state: ResultsState; context: ResultsContext }>): ResultsEvent[] =>
  notReady('decideResults');

/** The decider of `results-<cycleId>-<categoryId>`. */
export const resultsDecider: Decider<ResultsCommand, ResultsEvent, ResultsState, ResultsContext> = {
  initialState: initialResultsState,
  evolve: evolveResults,
  decide: decideResults,
};
