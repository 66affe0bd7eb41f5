import type { EventStore } from '@kaoping/eventstore';
import {
  appealContextProposal,
  appealDecider,
  appealStreamId,
  assertRoleMaySend,
  commandRoute,
  cycleDecider,
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
  proposalDecider,
  rectificationDecider,
  resultsDecider,
  unitDecider,
  type AppealEvent,
  type CycleState,
  type Decider,
  type DomainCommand,
  type DomainEvent,
  type EvaluationCommand,
  type EvaluationEvent,
  type ProposalState,
  type Recorded,
  type UnitState,
} from '@kaoping/evaluation';
import { executeCommand, type CommandOutcome } from '../command-handling/execute-command';
import { requestFingerprint } from '../command-handling/json.util';
import { recordedEvaluationEvent } from './recorded-evaluation-event';

type Guard<E extends DomainEvent> = (event: Recorded<EvaluationEvent>) => event is Recorded<EvaluationEvent> & Recorded<E>;

export type HandleEvaluationCommand = Readonly<{
  store: EventStore;
  command: EvaluationCommand;
  /** The request or workflow the command belongs to (default: its command id). */
  correlationId?: string;
  /** The message that caused it, e.g. the event a workflow reacted to (default: its command id). */
  causationId?: string;
  /** The revision of the target stream the client based its request on (HTTP If-Match). */
  expectedRevision?: number | 'no_stream';
  /**
   * What the request asked, when the command holds more (results computed from the log at the
   * time): a retry with the same key is compared by this, not by the computed command.
   */
  request?: unknown;
}>;

const fold = async <C extends DomainCommand, E extends DomainEvent, S, X>(
  store: EventStore,
  streamId: string,
  guard: Guard<E>,
  decider: Decider<C, E, S, X>,
): Promise<S> => {
  const events = await store.readStream(streamId);
  return events.reduce((state, stored) => {
    const event = recordedEvaluationEvent(stored);
    return event !== null && guard(event) ? decider.evolve(state, event) : state;
  }, decider.initialState());
};

const foldOptional = async <C extends DomainCommand, E extends DomainEvent, S, X>(
  store: EventStore,
  streamId: string | undefined,
  guard: Guard<E>,
  decider: Decider<C, E, S, X>,
): Promise<S | undefined> => (streamId === undefined ? undefined : fold(store, streamId, guard, decider));

/** The appeals of a cycle filed and not yet decided (read from the appeal streams). */
const openAppealsOf = async (store: EventStore, cycleId: string): Promise<readonly string[]> => {
  const byStream = new Map<string, Recorded<AppealEvent>[]>();
  for (const stored of await store.readAll({ filter: { streamPrefixes: [appealStreamId(cycleId, '')] } })) {
    const event = recordedEvaluationEvent(stored);
    // Stream ids join ids with '-': keep only this cycle's appeals, by their data.
    if (event === null || !isAppealEvent(event) || event.data.cycleId !== cycleId) continue;
    byStream.set(stored.streamId, [...(byStream.get(stored.streamId) ?? []), event]);
  }
  return [...byStream.values()]
    .map((events) => events.reduce(appealDecider.evolve, appealDecider.initialState()))
    .flatMap((appeal) => (appeal.status === 'filed' ? [appeal.appealId] : []));
};

/**
 * Handles one lifecycle command: the role table first (nothing is read for a role that may not
 * send it), then its route — the context streams folded (cycle, unit, proposal), the target
 * stream folded, `decide` (which authorizes the actor's scope), and the append with the revision
 * read. Idempotent by command id; a moved stream is a {@link ConcurrencyConflict}.
 *
 * Context streams are read, not locked: a command decided against a cycle that changes in the
 * same instant (a phase closing) is appended all the same.
 */
export const handleEvaluationCommand = async (input: HandleEvaluationCommand): Promise<CommandOutcome> => {
  const { store, command } = input;
  assertRoleMaySend(command);
  const route = commandRoute(command);
  const { meta } = command;
  const run = <C extends DomainCommand, E extends DomainEvent, S>(
    guard: Guard<E>,
    decider: Readonly<{ initialState: () => S; evolve: (state: S, event: Recorded<E>) => S }>,
    decide: (state: S) => readonly E[] | Promise<readonly E[]>,
  ): Promise<CommandOutcome> =>
    executeCommand({
      store,
      streamId: route.stream,
      trace: {
        commandId: meta.commandId,
        actorId: meta.actor.userId,
        role: meta.actor.role,
        ...(input.correlationId === undefined ? {} : { correlationId: input.correlationId }),
        ...(input.causationId === undefined ? {} : { causationId: input.causationId }),
        ...(meta.reason === undefined ? {} : { reason: meta.reason }),
        ...(meta.evidence === undefined ? {} : { evidence: meta.evidence }),
        ...(meta.effectiveDate === undefined ? {} : { effectiveDate: meta.effectiveDate }),
        extra: {
          ...(meta.actor.unitId === undefined ? {} : { unitId: meta.actor.unitId }),
          ...(meta.actor.providerId === undefined ? {} : { providerId: meta.actor.providerId }),
        },
      },
      fingerprint: requestFingerprint({
        type: command.type,
        data: input.request ?? command.data,
        actor: meta.actor,
        reason: meta.reason ?? null,
        evidence: meta.evidence ?? null,
        effectiveDate: meta.effectiveDate ?? null,
      }),
      ...(input.expectedRevision === undefined ? {} : { expectedRevision: input.expectedRevision }),
      decider: {
        initialState: decider.initialState,
        readEvent: recordedEvaluationEvent,
        evolve: (state, event) => (event !== null && guard(event) ? decider.evolve(state, event) : state),
        decide,
      },
    });

  const cycle: CycleState = (await foldOptional(store, route.context.cycle, isCycleEvent, cycleDecider)) ?? cycleDecider.initialState();
  const unit: UnitState | undefined = await foldOptional(store, route.context.unit, isUnitEvent, unitDecider);
  const proposal: ProposalState | undefined = await foldOptional(store, route.context.proposal, isProposalEvent, proposalDecider);

  if (isCycleCommand(command)) {
    return run(isCycleEvent, cycleDecider, (state) => cycleDecider.decide(command, { state, context: undefined }));
  }
  if (isUnitCommand(command)) {
    return run(isUnitEvent, unitDecider, (state) => unitDecider.decide(command, { state, context: { cycle } }));
  }
  if (isProposalCommand(command)) {
    return run(isProposalEvent, proposalDecider, (state) =>
      proposalDecider.decide(command, { state, context: { cycle, ...(unit === undefined ? {} : { unit }) } }),
    );
  }
  if (isAppealCommand(command)) {
    return run(isAppealEvent, appealDecider, async (state) => {
      // A decision needs the appealed proposal, which only the folded appeal names.
      const appealed =
        proposal ??
        (await foldOptional(
          store,
          appealContextProposal({ cycleId: command.data.cycleId, against: state.status === 'none' ? undefined : state.against }),
          isProposalEvent,
          proposalDecider,
        ));
      return appealDecider.decide(command, { state, context: { cycle, ...(appealed === undefined ? {} : { proposal: appealed }) } });
    });
  }
  if (isResultsCommand(command)) {
    const openAppeals = command.type === 'FinaliseResults' ? await openAppealsOf(store, command.data.cycleId) : undefined;
    return run(isResultsEvent, resultsDecider, (state) =>
      resultsDecider.decide(command, { state, context: { cycle, ...(openAppeals === undefined ? {} : { openAppeals }) } }),
    );
  }
  if (isRectificationCommand(command)) {
    return run(isRectificationEvent, rectificationDecider, (state) =>
      rectificationDecider.decide(command, { state, context: { cycle, ...(unit === undefined ? {} : { unit }) } }),
    );
  }
  const unhandled: never = command;
  return unhandled;
};
