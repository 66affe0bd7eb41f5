import type { AppealCommand } from '../appeals/appeal.commands';
import { appealDecider, type AppealContext } from '../appeals/appeal.decider';
import type { AppealEvent } from '../appeals/appeal.events';
import type { AppealState } from '../appeals/appeal.state';
import type { CycleCommand } from '../cycle/cycle.commands';
import { cycleDecider, type CycleContext } from '../cycle/cycle.decider';
import type { CycleEvent } from '../cycle/cycle.events';
import type { CycleState } from '../cycle/cycle.state';
import type { ProposalCommand } from '../proposals/proposal.commands';
import { proposalDecider, type ProposalContext } from '../proposals/proposal.decider';
import type { ProposalEvent } from '../proposals/proposal.events';
import type { ProposalState } from '../proposals/proposal.state';
import type { RectificationCommand } from '../rectification/rectification.commands';
import { rectificationDecider, type RectificationContext } from '../rectification/rectification.decider';
import type { RectificationEvent } from '../rectification/rectification.events';
import type { RectificationState } from '../rectification/rectification.state';
import type { ResultsCommand } from '../results/results.commands';
import type { OpenAppeal } from '../results/appeals-concerning';
import { resultsDecider, type ResultsContext } from '../results/results.decider';
import type { ResultsEvent } from '../results/results.events';
import type { ResultsState } from '../results/results.state';
import type { Decider, DomainCommand, DomainEvent, Recorded } from '../shared/envelope.types';
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
import type { UnitCommand } from '../units/unit.commands';
import { unitDecider, type UnitContext } from '../units/unit.decider';
import type { UnitEvent } from '../units/unit.events';
import type { UnitState } from '../units/unit.state';

/**
 * The other streams a command's decider needs folded, by stream id; `appealsOf` asks for the
 * appeals of a cycle (all its appeal streams), which FinaliseResults needs.
 */
export type ContextNeeds = Readonly<{ cycle?: string; unit?: string; proposal?: string; appealsOf?: string }>;

/** The events of the streams {@link ContextNeeds} named, as read from the log (in log order). */
export type ContextStreams = Readonly<{
  cycle?: readonly Recorded<EvaluationEvent>[];
  /** The cycle stream already folded (a cache checked against the stream's revision), instead of its events. */
  cycleState?: CycleState;
  unit?: readonly Recorded<EvaluationEvent>[];
  proposal?: readonly Recorded<EvaluationEvent>[];
  /** Events of the cycle's appeal streams (others are ignored). */
  appeals?: readonly Recorded<EvaluationEvent>[];
}>;

/** Everything any decider's context may hold; each kind takes its part. */
export type DecisionContext = Readonly<{ cycle: CycleState; unit?: UnitState; proposal?: ProposalState; openAppeals?: readonly OpenAppeal[] }>;

type Guard<E extends DomainEvent> = (event: Recorded<EvaluationEvent>) => event is Recorded<EvaluationEvent> & Recorded<E>;

/** One row of the stream-kind table: the decider, which events it folds, and the context it needs. */
type StreamKind<C extends DomainCommand, E extends DomainEvent, S, X> = Readonly<{
  decider: Decider<C, E, S, X>;
  isEvent: Guard<E>;
  /** The context streams beyond the route's (which depend on the folded stream: an appeal's proposal). */
  needs: (command: C, state: S) => ContextNeeds;
  context: (loaded: DecisionContext) => X;
}>;

const fold = <E extends DomainEvent, S>(
  events: readonly Recorded<EvaluationEvent>[] | undefined,
  kind: Readonly<{ isEvent: Guard<E>; decider: Readonly<{ fold: (events: Iterable<Recorded<E>>) => S }> }>,
): S => kind.decider.fold((events ?? []).filter(kind.isEvent));

const routed = (command: EvaluationCommand): ContextNeeds => commandRoute(command).context;

const cycleKind: StreamKind<CycleCommand, CycleEvent, CycleState, CycleContext> = {
  decider: cycleDecider,
  isEvent: isCycleEvent,
  needs: routed,
  // CreateCycle naming a predecessor: the route names the predecessor's cycle stream.
  context: ({ cycle }) => ({ predecessor: cycle }),
};
const unitKind: StreamKind<UnitCommand, UnitEvent, UnitState, UnitContext> = {
  decider: unitDecider,
  isEvent: isUnitEvent,
  needs: routed,
  // RegisterUnit under a parent: the route names the parent's stream as the unit to read.
  context: ({ cycle, unit }) => ({ cycle, ...(unit === undefined ? {} : { parent: unit }) }),
};
const proposalKind: StreamKind<ProposalCommand, ProposalEvent, ProposalState, ProposalContext> = {
  decider: proposalDecider,
  isEvent: isProposalEvent,
  needs: routed,
  context: ({ cycle, unit }) => ({ cycle, ...(unit === undefined ? {} : { unit }) }),
};
const appealKind: StreamKind<AppealCommand, AppealEvent, AppealState, AppealContext> = {
  decider: appealDecider,
  isEvent: isAppealEvent,
  // A decision needs the appealed proposal, which only the folded appeal names.
  needs: (command, state) => {
    const route = routed(command);
    const proposal = route.proposal ?? appealContextProposal({ cycleId: command.data.cycleId, against: state.status === 'none' ? undefined : state.against });
    return { ...route, ...(proposal === undefined ? {} : { proposal }) };
  },
  context: ({ cycle, proposal }) => ({ cycle, ...(proposal === undefined ? {} : { proposal }) }),
};
const resultsKind: StreamKind<ResultsCommand, ResultsEvent, ResultsState, ResultsContext> = {
  decider: resultsDecider,
  isEvent: isResultsEvent,
  // Results are final only when every appeal of their category is decided (the decider picks them from the cycle's).
  needs: (command) => ({ ...routed(command), ...(command.type === 'FinaliseResults' ? { appealsOf: command.data.cycleId } : {}) }),
  context: ({ cycle, openAppeals }) => ({ cycle, ...(openAppeals === undefined ? {} : { openAppeals }) }),
};
const rectificationKind: StreamKind<RectificationCommand, RectificationEvent, RectificationState, RectificationContext> = {
  decider: rectificationDecider,
  isEvent: isRectificationEvent,
  needs: routed,
  context: ({ cycle, unit }) => ({ cycle, ...(unit === undefined ? {} : { unit }) }),
};

/** The kinds of stream a command is decided on. */
export type StreamKindName = 'cycle' | 'unit' | 'proposal' | 'appeal' | 'results' | 'rectification';

/** A command's stream folded: what else it needs read, and how to decide once that is read. */
export type FoldedStream = Readonly<{
  needs: ContextNeeds;
  /** Decides against the context streams read for `needs` (pure; throws a DomainError when refused). */
  decide: (streams: ContextStreams) => readonly EvaluationEvent[];
}>;

/** A stream's folded state, kept between commands by a caller (opaque: read only by its own kind's decisions). */
export type KeptFold = Readonly<{ kind: StreamKindName; state: unknown }>;

/** A command bound to its stream: where it is decided, and how the stream's events fold. */
export type CommandDecision = Readonly<{
  stream: string;
  kind: StreamKindName;
  /** Whether a recorded event is one this stream's decider folds. */
  folds: (event: Recorded<EvaluationEvent>) => boolean;
  fold: (events: readonly Recorded<EvaluationEvent>[]) => FoldedStream;
  /** `from` (the stream's earlier events folded; undefined: none) with `events` folded on, to keep (`from` is not changed). */
  resume: (from: KeptFold | undefined, events: readonly Recorded<EvaluationEvent>[]) => KeptFold;
  /** The command on a kept fold of its stream: what `fold` gives on the same events. */
  on: (folded: KeptFold) => FoldedStream;
}>;

/** The appeals of a cycle filed and not yet decided, from the events of its appeal streams. */
export const openAppealsOf = (input: Readonly<{ cycleId: string; events: readonly Recorded<EvaluationEvent>[] }>): readonly OpenAppeal[] => {
  const appeals = new Map<string, AppealState>();
  for (const event of input.events) {
    // Only this cycle's appeals count, whatever else the caller read.
    if (!isAppealEvent(event) || event.data.cycleId !== input.cycleId) continue;
    appeals.set(event.data.appealId, appealDecider.evolve(appeals.get(event.data.appealId) ?? appealDecider.initialState(), event));
  }
  return [...appeals.values()].flatMap((appeal) =>
    appeal.status === 'filed' ? [{ appealId: appeal.appealId, unitId: appeal.unitId, against: appeal.against }] : [],
  );
};

/** The context folded from the streams read for it. */
export const decisionContextOf = (needs: ContextNeeds, streams: ContextStreams): DecisionContext => ({
  cycle: streams.cycleState ?? fold(streams.cycle, cycleKind),
  ...(needs.unit === undefined ? {} : { unit: fold(streams.unit, unitKind) }),
  ...(needs.proposal === undefined ? {} : { proposal: fold(streams.proposal, proposalKind) }),
  ...(needs.appealsOf === undefined ? {} : { openAppeals: openAppealsOf({ cycleId: needs.appealsOf, events: streams.appeals ?? [] }) }),
});

const bind = <C extends EvaluationCommand, E extends EvaluationEvent, S, X>(
  command: C,
  name: StreamKindName,
  kind: StreamKind<C, E, S, X>,
): CommandDecision => {
  const on = (state: S): FoldedStream => {
    const needs = kind.needs(command, state);
    return { needs, decide: (streams) => kind.decider.decide(command, { state, context: kind.context(decisionContextOf(needs, streams)) }) };
  };
  const own = (folded: KeptFold): S => {
    if (folded.kind !== name) throw new Error(`a ${folded.kind} stream's fold given to a ${name} command`);
    // Made by `resume` of this kind, the only maker of a KeptFold.
    return folded.state as S;
  };
  return {
    stream: commandRoute(command).stream,
    kind: name,
    folds: kind.isEvent,
    fold: (events) => on(fold(events, kind)),
    resume: (from, events) => ({ kind: name, state: kind.decider.fold(events.filter(kind.isEvent), from === undefined ? undefined : own(from)) }),
    on: (folded) => on(own(folded)),
  };
};

/**
 * The one entry point from a command to its events, for the command handler and the test harness
 * alike: `decisionOf(command)` names the stream; `.fold(events)` folds it and says which other
 * streams to read; `.decide(streams)` runs the guards once (idempotency, role table, phase table,
 * published scheme, scoped rules) and the kind's rules. Reading is the caller's; this is pure.
 */
export const decisionOf = (command: EvaluationCommand): CommandDecision => {
  if (isCycleCommand(command)) return bind(command, 'cycle', cycleKind);
  if (isUnitCommand(command)) return bind(command, 'unit', unitKind);
  if (isProposalCommand(command)) return bind(command, 'proposal', proposalKind);
  if (isAppealCommand(command)) return bind(command, 'appeal', appealKind);
  if (isResultsCommand(command)) return bind(command, 'results', resultsKind);
  if (isRectificationCommand(command)) return bind(command, 'rectification', rectificationKind);
  const unhandled: never = command;
  return unhandled;
};

/** Decides a command against its stream's events and its context streams, in one call (pure). */
export const decide = (
  command: EvaluationCommand,
  read: Readonly<{ stream: readonly Recorded<EvaluationEvent>[]; context: (needs: ContextNeeds) => ContextStreams }>,
): readonly EvaluationEvent[] => {
  const folded = decisionOf(command).fold(read.stream);
  return folded.decide(read.context(folded.needs));
};
