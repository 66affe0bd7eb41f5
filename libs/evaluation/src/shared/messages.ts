import type { AppealCommand } from '../appeals/appeal.commands';
import { APPEAL_COMMAND_TYPES } from '../appeals/appeal.commands';
import type { AppealEvent } from '../appeals/appeal.events';
import type { CycleCommand } from '../cycle/cycle.commands';
import { CYCLE_COMMAND_TYPES } from '../cycle/cycle.commands';
import type { CycleEvent } from '../cycle/cycle.events';
import type { ProposalCommand } from '../proposals/proposal.commands';
import { PROPOSAL_COMMAND_TYPES } from '../proposals/proposal.commands';
import type { ProposalEvent } from '../proposals/proposal.events';
import type { RectificationCommand } from '../rectification/rectification.commands';
import { RECTIFICATION_COMMAND_TYPES } from '../rectification/rectification.commands';
import type { RectificationEvent } from '../rectification/rectification.events';
import type { ResultsCommand } from '../results/results.commands';
import { RESULTS_COMMAND_TYPES } from '../results/results.commands';
import type { ResultsEvent } from '../results/results.events';
import type { UnitCommand } from '../units/unit.commands';
import { UNIT_COMMAND_TYPES } from '../units/unit.commands';
import type { UnitEvent } from '../units/unit.events';

/** Every command of the lifecycle. */
export type EvaluationCommand = CycleCommand | UnitCommand | ProposalCommand | AppealCommand | ResultsCommand | RectificationCommand;
export type EvaluationCommandType = EvaluationCommand['type'];
/** Every event of the lifecycle. */
export type EvaluationEvent = CycleEvent | UnitEvent | ProposalEvent | AppealEvent | ResultsEvent | RectificationEvent;
export type EvaluationEventType = EvaluationEvent['type'];

/** Every command type, grouped by the stream it is decided on. */
export const COMMAND_TYPES_BY_STREAM = {
  cycle: CYCLE_COMMAND_TYPES,
  unit: UNIT_COMMAND_TYPES,
  proposal: PROPOSAL_COMMAND_TYPES,
  appeal: APPEAL_COMMAND_TYPES,
  results: RESULTS_COMMAND_TYPES,
  rectification: RECTIFICATION_COMMAND_TYPES,
} as const;

/** Every command type. */
export const COMMAND_TYPES: readonly EvaluationCommandType[] = Object.values(COMMAND_TYPES_BY_STREAM).flat();
