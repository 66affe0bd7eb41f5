import type { CycleState } from '../cycle/cycle.state';
import type { ProposalState } from '../proposals/proposal.state';
import type { Decider, Recorded } from '../shared/envelope.types';
import { notReady } from '../shared/not-ready';
import type { AppealCommand } from './appeal.commands';
import type { AppealEvent } from './appeal.events';
import type { AppealState } from './appeal.state';

/** An appeal is decided against the cycle and, when it contests a proposal, that proposal's stream. */
export type AppealContext = Readonly<{ cycle: CycleState; proposal?: ProposalState }>;

export const initialAppealState = (): AppealState => ({ status: 'none', commandIds: new Set() });
export const evolveAppeal = (state: AppealState, _event: Recorded<AppealEvent>): AppealState => state;
export const decideAppeal = (_command: AppealCommand, _input: Readonly<{ state: AppealState; context: AppealContext }>): AppealEvent[] =>
  notReady('decideAppeal');

/** The decider of `appeal-<cycleId>-<appealId>`. */
export const appealDecider: Decider<AppealCommand, AppealEvent, AppealState, AppealContext> = {
  initialState: initialAppealState,
  evolve: evolveAppeal,
  decide: decideAppeal,
};
