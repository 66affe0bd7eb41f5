import { appealDecider } from '../appeals/appeal.decider';
import { cycleDecider } from '../cycle/cycle.decider';
import type { CycleState } from '../cycle/cycle.state';
import { proposalDecider } from '../proposals/proposal.decider';
import { rectificationDecider } from '../rectification/rectification.decider';
import { resultsDecider } from '../results/results.decider';
import { foldCycleView, type CycleView } from '../scoring-facts/cycle-view';
import { type Recorded, metadataOf } from '../shared/envelope.types';
import { eventsOfCommand } from '../shared/idempotency.util';
import type { EvaluationCommand, EvaluationEvent } from '../shared/messages';
import { appealContextProposal, commandRoute } from '../streams/command-routing';
import {
  isAppealCommand,
  isAppealEvent,
  isCycleCommand,
  isCycleEvent,
  isProposalCommand,
  isProposalEvent,
  isRectificationCommand,
  isRectificationEvent,
  isResultsCommand,
  isResultsEvent,
  isUnitCommand,
  isUnitEvent,
} from '../streams/event-guards';
import { unitDecider } from '../units/unit.decider';

/**
 * The command handler in memory, for tests: route the command, fold its stream and context
 * streams, decide, append with ids and metadata (recordedAt = the command's `now`). A repeated
 * command id answers with the events it produced first.
 */
export const inMemoryLifecycle = () => {
  const streams = new Map<string, Recorded<EvaluationEvent>[]>();
  const log: Recorded<EvaluationEvent>[] = [];
  const read = (streamId: string | undefined): readonly Recorded<EvaluationEvent>[] => (streamId === undefined ? [] : (streams.get(streamId) ?? []));

  const cycleOf = (streamId: string | undefined): CycleState => read(streamId).filter(isCycleEvent).reduce(cycleDecider.evolve, cycleDecider.initialState());
  const unitOf = (streamId: string | undefined) =>
    streamId === undefined ? undefined : read(streamId).filter(isUnitEvent).reduce(unitDecider.evolve, unitDecider.initialState());
  const proposalOf = (streamId: string | undefined) =>
    streamId === undefined ? undefined : read(streamId).filter(isProposalEvent).reduce(proposalDecider.evolve, proposalDecider.initialState());

  const decide = (command: EvaluationCommand, stream: string): readonly EvaluationEvent[] => {
    const route = commandRoute(command);
    const cycle = cycleOf(route.context.cycle);
    const events = read(stream);
    if (isCycleCommand(command)) return cycleDecider.decide(command, { state: cycleOf(stream), context: undefined });
    if (isUnitCommand(command)) {
      return unitDecider.decide(command, { state: events.filter(isUnitEvent).reduce(unitDecider.evolve, unitDecider.initialState()), context: { cycle } });
    }
    if (isProposalCommand(command)) {
      const unit = unitOf(route.context.unit);
      return proposalDecider.decide(command, { state: proposalOf(stream) ?? proposalDecider.initialState(), context: { cycle, ...(unit === undefined ? {} : { unit }) } });
    }
    if (isAppealCommand(command)) {
      const state = events.filter(isAppealEvent).reduce(appealDecider.evolve, appealDecider.initialState());
      const proposalStream =
        route.context.proposal ?? appealContextProposal({ cycleId: command.data.cycleId, against: state.status === 'none' ? undefined : state.against });
      const proposal = proposalOf(proposalStream);
      return appealDecider.decide(command, { state, context: { cycle, ...(proposal === undefined ? {} : { proposal }) } });
    }
    if (isResultsCommand(command)) {
      const openAppeals = [...foldCycleView(log).appeals.values()].flatMap((appeal) => (appeal.status === 'filed' ? [appeal.appealId] : []));
      return resultsDecider.decide(command, {
        state: events.filter(isResultsEvent).reduce(resultsDecider.evolve, resultsDecider.initialState()),
        context: { cycle, openAppeals },
      });
    }
    if (isRectificationCommand(command)) {
      const unit = unitOf(route.context.unit);
      return rectificationDecider.decide(command, {
        state: events.filter(isRectificationEvent).reduce(rectificationDecider.evolve, rectificationDecider.initialState()),
        context: { cycle, ...(unit === undefined ? {} : { unit }) },
      });
    }
    return [];
  };

  return {
    /** Decides and appends; returns the new (or, for a repeated command id, the original) events. */
    run: (command: EvaluationCommand): readonly Recorded<EvaluationEvent>[] => {
      const { stream } = commandRoute(command);
      const fresh = decide(command, stream);
      if (fresh.length === 0) return eventsOfCommand(read(stream), command.meta.commandId);
      const appended = fresh.map(
        (domainEvent): Recorded<EvaluationEvent> => ({
          ...domainEvent,
          id: `evt-${log.length + 1 + fresh.indexOf(domainEvent)}`,
          metadata: metadataOf(command.meta, command.meta.now),
          streamId: stream,
          position: String(log.length + 1 + fresh.indexOf(domainEvent)),
        }),
      );
      streams.set(stream, [...read(stream), ...appended]);
      log.push(...appended);
      return appended;
    },
    /** Every event in log order. */
    log: (): readonly Recorded<EvaluationEvent>[] => log,
    stream: read,
    view: (): CycleView => foldCycleView(log),
  };
};
