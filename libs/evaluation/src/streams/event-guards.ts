import { APPEAL_COMMAND_TYPES, type AppealCommand } from '../appeals/appeal.commands';
import { APPEAL_EVENT_TYPES, type AppealEvent } from '../appeals/appeal.events';
import { CYCLE_COMMAND_TYPES, type CycleCommand } from '../cycle/cycle.commands';
import { CYCLE_EVENT_TYPES, type CycleEvent } from '../cycle/cycle.events';
import { PROPOSAL_COMMAND_TYPES, type ProposalCommand } from '../proposals/proposal.commands';
import { PROPOSAL_EVENT_TYPES, type ProposalEvent } from '../proposals/proposal.events';
import { RECTIFICATION_COMMAND_TYPES, type RectificationCommand } from '../rectification/rectification.commands';
import { RECTIFICATION_EVENT_TYPES, type RectificationEvent } from '../rectification/rectification.events';
import { RESULTS_COMMAND_TYPES, type ResultsCommand } from '../results/results.commands';
import { RESULTS_EVENT_TYPES, type ResultsEvent } from '../results/results.events';
import type { DomainCommand, DomainEvent, Recorded } from '../shared/envelope.types';
import type { EvaluationCommand, EvaluationEvent } from '../shared/messages';
import { UNIT_COMMAND_TYPES, type UnitCommand } from '../units/unit.commands';
import { UNIT_EVENT_TYPES, type UnitEvent } from '../units/unit.events';

// A set of the types, not the list: every event of every fold is asked of several guards, most of
// which it fails, and a miss compared it with each type of the list (about 1 % of a province's
// rebuild, profile of 2026-12-05). One guard maker for events and commands alike.
const ofTypes = <In extends Readonly<{ type: string }>, Out extends In>(types: readonly string[]) => {
  const known: ReadonlySet<string> = new Set(types);
  return (value: In): value is Out => known.has(value.type);
};

const eventsOf = <E extends DomainEvent>(types: readonly E['type'][]) =>
  ofTypes<Recorded<EvaluationEvent>, Recorded<EvaluationEvent> & Recorded<E>>(types);

const commandsOf = <C extends DomainCommand>(types: readonly C['type'][]) => ofTypes<EvaluationCommand, EvaluationCommand & C>(types);

/** Type guards by stream: which recorded events belong to which decider. */
export const isCycleEvent = eventsOf<CycleEvent>(CYCLE_EVENT_TYPES);
export const isUnitEvent = eventsOf<UnitEvent>(UNIT_EVENT_TYPES);
export const isProposalEvent = eventsOf<ProposalEvent>(PROPOSAL_EVENT_TYPES);
export const isAppealEvent = eventsOf<AppealEvent>(APPEAL_EVENT_TYPES);
export const isResultsEvent = eventsOf<ResultsEvent>(RESULTS_EVENT_TYPES);
export const isRectificationEvent = eventsOf<RectificationEvent>(RECTIFICATION_EVENT_TYPES);

/** Type guards by stream: which commands go to which decider. */
export const isCycleCommand = commandsOf<CycleCommand>(CYCLE_COMMAND_TYPES);
export const isUnitCommand = commandsOf<UnitCommand>(UNIT_COMMAND_TYPES);
export const isProposalCommand = commandsOf<ProposalCommand>(PROPOSAL_COMMAND_TYPES);
export const isAppealCommand = commandsOf<AppealCommand>(APPEAL_COMMAND_TYPES);
export const isResultsCommand = commandsOf<ResultsCommand>(RESULTS_COMMAND_TYPES);
export const isRectificationCommand = commandsOf<RectificationCommand>(RECTIFICATION_COMMAND_TYPES);
