import { rectificationDecider } from './rectification.decider';
import { deciderSpec } from '../testing/decider.spec-helpers';
import { actors, command, event, meta, recorded } from '../testing/lifecycle.factories';
import { cycleWith, townshipRegistered, unitWith } from '../testing/context.factories';

const spec = deciderSpec(rectificationDecider);
const office = actors.office();
const reporter = actors.reporter('town-a');
const results = { cycle: cycleWith({ open: ['results'] }) };
const now = { now: '2027-03-05T09:00:00+08:00' };
const ordered = recorded(event('RectificationOrdered', { orderId: 'r1', unitId: 'town-a', reason: '考评不合格', dueAt: '2027-05-31T18:00:00+08:00' }), { actor: office });
const planned = recorded(event('RectificationPlanSubmitted', { orderId: 'r1', unitId: 'town-a', plan: '整改方案', documents: ['plan.pdf'] }), { id: 'plan-1', actor: reporter });
const reported = recorded(event('RectificationCompleted', { orderId: 'r1', unitId: 'town-a', report: '已整改', documents: [] }), { actor: reporter });

describe('rectification', () => {
  it('orders a registered unit to rectify by a later date', () => {
    spec
      .given([])
      .when(command('OrderRectification', { orderId: 'r1', unitId: 'town-a', reason: '考评不合格', dueAt: '2027-05-31T18:00:00+08:00' }, meta(office, now)), {
        ...results,
        unit: unitWith([townshipRegistered('town-a')]),
      })
      .then([event('RectificationOrdered', { orderId: 'r1', unitId: 'town-a', reason: '考评不合格', dueAt: '2027-05-31T18:00:00+08:00' })]);
    spec
      .given([])
      .when(command('OrderRectification', { orderId: 'r1', unitId: 'town-a', reason: '考评不合格', dueAt: '2027-03-01' }, meta(office, now)), {
        ...results,
        unit: unitWith([townshipRegistered('town-a')]),
      })
      .thenThrows({ kind: 'invalid-input', code: 'due-in-past' });
  });

  it('orders only from results on', () =>
    spec
      .given([])
      .when(command('OrderRectification', { orderId: 'r1', unitId: 'town-a', reason: 'x', dueAt: '2027-05-31' }, meta(office, now)), { cycle: cycleWith({ open: ['publication'] }) })
      .thenThrows({ kind: 'rule-violated', code: 'phase-not-open' }));

  it('takes the plan, then the completion report, from the unit itself', () => {
    spec
      .given([ordered])
      .when(command('SubmitRectificationPlan', { orderId: 'r1', plan: '整改方案', documents: ['plan.pdf'] }, meta(reporter, now)), results)
      .then([event('RectificationPlanSubmitted', { orderId: 'r1', unitId: 'town-a', plan: '整改方案', documents: ['plan.pdf'] })]);
    spec
      .given([ordered])
      .when(command('SubmitRectificationPlan', { orderId: 'r1', plan: '方案', documents: [] }, meta(actors.reporter('town-b'), now)), results)
      .thenThrows({ kind: 'forbidden', code: 'not-own-unit' });
    spec
      .given([ordered])
      .when(command('ReportRectificationCompleted', { orderId: 'r1', report: '已整改', documents: [] }, meta(reporter, now)), results)
      .thenThrows({ kind: 'rule-violated', code: 'plan-first' });
    spec
      .given([ordered, planned])
      .when(command('ReportRectificationCompleted', { orderId: 'r1', report: '已整改', documents: [] }, meta(reporter, now)), results)
      .then([event('RectificationCompleted', { orderId: 'r1', unitId: 'town-a', report: '已整改', documents: [] })]);
  });

  it('lets the office accept a reported completion only', () => {
    spec.given([ordered, planned]).when(command('AcceptRectification', { orderId: 'r1' }, meta(office, now)), results).thenThrows({ kind: 'rule-violated', code: 'not-reported' });
    spec.given([ordered, planned, reported]).when(command('AcceptRectification', { orderId: 'r1' }, meta(office, now)), results).then([event('RectificationAccepted', { orderId: 'r1', unitId: 'town-a' })]);
  });

  it('flags an order overdue once its deadline passed unreported, once', () => {
    const system = actors.system();
    spec.given([ordered, planned]).when(command('MarkRectificationOverdue', { orderId: 'r1' }, meta(system, now)), results).thenThrows({ kind: 'rule-violated', code: 'not-yet-due' });
    const afterDue = { now: '2027-06-01T00:00:00+08:00' };
    spec
      .given([ordered, planned])
      .when(command('MarkRectificationOverdue', { orderId: 'r1' }, meta(system, afterDue)), results)
      .then([event('RectificationOverdue', { orderId: 'r1', unitId: 'town-a', dueAt: '2027-05-31T18:00:00+08:00' })]);
    const overdue = recorded(event('RectificationOverdue', { orderId: 'r1', unitId: 'town-a', dueAt: '2027-05-31T18:00:00+08:00' }), { actor: system });
    spec.given([ordered, planned, overdue]).when(command('MarkRectificationOverdue', { orderId: 'r1' }, meta(system, afterDue)), results).thenNothing();
    spec.given([ordered, planned, reported]).when(command('MarkRectificationOverdue', { orderId: 'r1' }, meta(system, afterDue)), results).thenNothing();
  });

  it('refuses commands on an order that does not exist', () =>
    spec.given([]).when(command('AcceptRectification', { orderId: 'r1' }, meta(office, now)), results).thenThrows({ kind: 'not-found', code: 'order-not-found' }));
});
