import type { ActiveCycle } from '../cycle/cycle.state';
import { guarded, requiresActiveCycle } from '../deciding/guards';
import type { CycleState } from '../cycle/cycle.state';
import { Conflict, NotFound, RuleViolated, invalidField } from '../shared/domain-error';
import { deciderOf, type Decider, type Recorded } from '../shared/envelope.types';
import type { Draft } from '../shared/fold.util';
import { instantOf, requireIsoInstant, requireText } from '../shared/validation.util';
import { requireRegistered } from '../units/unit.rules';
import type { UnitState } from '../units/unit.state';
import type {
  MarkRectificationOverdue,
  OrderRectification,
  RectificationCommand,
  ReportRectificationCompleted,
  SubmitRectificationPlan,
} from './rectification.commands';
import type { RectificationEvent } from './rectification.events';
import type { RectificationState } from './rectification.state';

/** A rectification is decided against the cycle and, for OrderRectification, the unit's stream. */
export type RectificationContext = Readonly<{ cycle: CycleState; unit?: UnitState }>;

/** The rectification stream before its first event. */
export const initialRectificationState = (): RectificationState => ({ status: 'none' });

type Ordered = Exclude<RectificationState, { status: 'none' }>;

// ── decide ──────────────────────────────────────────────────────────────────────────────────────

const orderRectification = (command: OrderRectification, input: Readonly<{ state: RectificationState; unit: UnitState | undefined }>): RectificationEvent[] => {
  if (input.state.status !== 'none') throw new Conflict({ code: 'order-exists', message: `order ${command.data.orderId} exists already` });
  const unit = requireRegistered(input.unit);
  const { cycleId, orderId, reason, dueAt } = command.data;
  requireIsoInstant({ path: 'dueAt', value: dueAt });
  if (instantOf(dueAt) <= instantOf(command.meta.now)) {
    throw invalidField({ path: 'dueAt', rule: 'due-in-past', message: 'the deadline must be after now' });
  }
  return [
    {
      type: 'RectificationOrdered',
      data: { cycleId, orderId: requireText({ path: 'orderId', value: orderId }), unitId: unit.unit.unitId, reason: requireText({ path: 'reason', value: reason }), dueAt },
    },
  ];
};

const orderOf = (state: RectificationState): Ordered => {
  if (state.status === 'none') throw new NotFound({ code: 'order-not-found', message: 'no rectification order under this id' });
  return state;
};

const ref = (order: Ordered, cycleId: string) => ({ cycleId, orderId: order.orderId, unitId: order.unitId });

const submitPlan = (command: SubmitRectificationPlan, order: Ordered): RectificationEvent[] => {
  if (order.status !== 'ordered') throw new Conflict({ code: 'plan-already-submitted', message: `the order is ${order.status}` });
  return [
    {
      type: 'RectificationPlanSubmitted',
      data: { ...ref(order, command.data.cycleId), plan: requireText({ path: 'plan', value: command.data.plan }), documents: command.data.documents },
    },
  ];
};

const reportCompleted = (command: ReportRectificationCompleted, order: Ordered): RectificationEvent[] => {
  if (order.status === 'ordered') throw new RuleViolated({ code: 'plan-first', message: 'submit the rectification plan first' });
  if (order.status !== 'planned') throw new Conflict({ code: 'already-reported', message: `the order is ${order.status}` });
  return [
    {
      type: 'RectificationCompleted',
      data: { ...ref(order, command.data.cycleId), report: requireText({ path: 'report', value: command.data.report }), documents: command.data.documents },
    },
  ];
};

const accept = (order: Ordered, cycleId: string): RectificationEvent[] => {
  if (order.status !== 'reported') throw new RuleViolated({ code: 'not-reported', message: `the order is ${order.status}: nothing reported to accept` });
  return [{ type: 'RectificationAccepted', data: ref(order, cycleId) }];
};

// Overdue is flagged once; the scheduler asking again adds nothing.
const markOverdue = (command: MarkRectificationOverdue, order: Ordered): RectificationEvent[] => {
  if (order.status === 'reported' || order.status === 'accepted' || order.overdue) return [];
  if (instantOf(command.meta.now) <= instantOf(order.dueAt)) {
    throw new RuleViolated({ code: 'not-yet-due', message: `the order is due at ${order.dueAt}` });
  }
  return [{ type: 'RectificationOverdue', data: { ...ref(order, command.data.cycleId), dueAt: order.dueAt } }];
};

/** Decides a rectification command: [] for a command id already seen; throws a DomainError when refused. */
export const decideRectification = guarded<RectificationCommand, RectificationEvent, RectificationState, RectificationContext, ActiveCycle>(
  {
    cycleOf: ({ context }) => context.cycle,
    activeCycle: requiresActiveCycle,
    scope: (command, { state, cycle }) => (command.type === 'OrderRectification' ? { cycle } : { cycle, rectification: orderOf(state) }),
  },
  (command, { state, context }) => {
  if (command.type === 'OrderRectification') return orderRectification(command, { state, unit: context.unit });
  const order = orderOf(state);
  switch (command.type) {
    case 'SubmitRectificationPlan':
      return submitPlan(command, order);
    case 'ReportRectificationCompleted':
      return reportCompleted(command, order);
    case 'AcceptRectification':
      return accept(order, command.data.cycleId);
    case 'MarkRectificationOverdue':
      return markOverdue(command, order);
    default: {
      const unhandled: never = command;
      return unhandled;
    }
  }
  },
);

// ── evolve ──────────────────────────────────────────────────────────────────────────────────────

const evolveStatus = (state: RectificationState, event: Recorded<RectificationEvent>): RectificationState => {
  if (event.type === 'RectificationOrdered') {
    if (state.status !== 'none') return state;
    const { orderId, unitId, reason, dueAt } = event.data;
    return { status: 'ordered', orderId, unitId, reason, dueAt, orderedBy: event.metadata.actorId, overdue: false };
  }
  if (state.status === 'none') return state;
  const order = {
    orderId: state.orderId,
    unitId: state.unitId,
    reason: state.reason,
    dueAt: state.dueAt,
    orderedBy: state.orderedBy,
    overdue: state.overdue,
  };
  switch (event.type) {
    case 'RectificationPlanSubmitted':
      return { ...order, status: 'planned', planEventId: event.id };
    case 'RectificationCompleted':
      return { ...order, status: 'reported', reportEventId: event.id };
    case 'RectificationAccepted':
      return { ...order, status: 'accepted' };
    case 'RectificationOverdue':
      return { ...state, overdue: true };
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
};

/** Folds one rectification event, changing in place only what the fold's draft owns; never throws. */
export const evolveRectificationIn = (_draft: Draft, state: RectificationState, event: Recorded<RectificationEvent>): RectificationState => evolveStatus(state, event);

/** The decider of `rectification-<cycleId>-<orderId>`. */
export const rectificationDecider: Decider<RectificationCommand, RectificationEvent, RectificationState, RectificationContext> = deciderOf({
  initialState: initialRectificationState,
  evolve: evolveRectificationIn,
  decide: decideRectification,
});

/** Folds one rectification event into a state a caller holds (copying what it changes); never throws. */
export const evolveRectification = rectificationDecider.evolve;
