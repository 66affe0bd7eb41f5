import type { CycleState } from '../cycle/cycle.state';
import type { Decider, Recorded } from '../shared/envelope.types';
import { notReady } from '../shared/not-ready';
import type { UnitState } from '../units/unit.state';
import type { ProposalCommand } from './proposal.commands';
import type { ProposalEvent } from './proposal.events';
import type { ProposalState } from './proposal.state';

/** A proposal command is decided against the cycle and, for commands naming a unit, that unit's stream. */
export type ProposalContext = Readonly<{ cycle: CycleState; unit?: UnitState }>;

export const initialProposalState = (): ProposalState => ({ status: 'none', commandIds: new Set() });
export const evolveProposal = (state: ProposalState, _event: Recorded<ProposalEvent>): ProposalState => state;
export const decideProposal = (
  _command: ProposalCommand,
  _input: Readonly<{ state: ProposalState; context: ProposalContext }>,
): ProposalEvent[] => notReady('decideProposal');

/** The decider of `proposal-<cycleId>-<proposalId>`. */
export const proposalDecider: Decider<ProposalCommand, ProposalEvent, ProposalState, ProposalContext> = {
  initialState: initialProposalState,
  evolve: evolveProposal,
  decide: decideProposal,
};
