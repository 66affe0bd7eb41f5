import { resultsDecider } from './results.decider';
import { deciderSpec } from '../testing/decider.spec-helpers';
import { actors, command, event, meta, recorded } from '../testing/lifecycle.factories';
import { cycleWith } from '../testing/context.factories';

const spec = deciderSpec(resultsDecider);
const office = actors.office();
const member = actors.committee('member-1');
const units = [
  { unitId: 'town-a', total: '93.65', grade: 'advanced', rank: 1 },
  { unitId: 'town-b', total: '88.35', grade: 'pass', rank: 2 },
];
const computed = { categoryId: 'townships', asOfPosition: '120', asOf: '2027-02-20T18:00:00+08:00', schemeVersion: 1, units };
const review = { cycle: cycleWith({ open: ['review'] }) };
const publication = { cycle: cycleWith({ open: ['publication'] }), openAppeals: [] };
const computedEvent = recorded(event('ResultsComputed', computed), { id: 'computed-1' });
const publishedEvent = recorded(event('ResultsPublished', { categoryId: 'townships', computed: 'computed-1', noticeEndsAt: '2027-02-28T18:00:00+08:00' }), { id: 'published-1' });
const later = { now: '2027-03-01T09:00:00+08:00' };

describe('results: computing and publishing', () => {
  it('records provisional results scored up to a log position', () =>
    spec.given([]).when(command('ComputeResults', computed, meta(office)), review).then([event('ResultsComputed', computed)]));

  it('refuses results scored with an old scheme version', () =>
    spec.given([]).when(command('ComputeResults', { ...computed, schemeVersion: 0 }, meta(office)), review).thenThrows({ kind: 'conflict', code: 'stale-scheme' }));

  it('refuses lines that are not results', () =>
    spec
      .given([])
      .when(command('ComputeResults', { ...computed, units: [{ unitId: 'town-a', total: '93,65', grade: 'advanced', rank: 1 }] }, meta(office)), review)
      .thenThrows({ kind: 'invalid-input', code: 'not-a-decimal' }, (error) => expect(error.details[0]?.path).toBe('units[0].total')));

  it('publishes the computed results for a notice period', () =>
    spec
      .given([computedEvent])
      .when(command('PublishResults', { categoryId: 'townships', noticeEndsAt: '2027-02-28T18:00:00+08:00' }, meta(office, { now: '2027-02-21T09:00:00+08:00' })), publication)
      .then([event('ResultsPublished', { categoryId: 'townships', computed: 'computed-1', noticeEndsAt: '2027-02-28T18:00:00+08:00' })]));

  it('publishes nothing before results are computed, and the same results once', () => {
    spec
      .given([])
      .when(command('PublishResults', { categoryId: 'townships', noticeEndsAt: '2027-02-28T18:00:00+08:00' }, meta(office, { now: '2027-02-21T09:00:00+08:00' })), publication)
      .thenThrows({ kind: 'rule-violated', code: 'nothing-computed' });
    spec
      .given([computedEvent, publishedEvent])
      .when(command('PublishResults', { categoryId: 'townships', noticeEndsAt: '2027-03-05T18:00:00+08:00' }, meta(office, { now: '2027-02-22T09:00:00+08:00' })), publication)
      .thenThrows({ kind: 'conflict', code: 'already-published' });
  });
});

describe('results: published results change only through an appeal decision or a new publication', () => {
  it('refuses recomputed results without the deciding appeal', () =>
    spec
      .given([computedEvent, publishedEvent])
      .when(command('ComputeResults', computed, meta(office)), publication)
      .thenThrows({ kind: 'rule-violated', code: 'results-published' }));

  it('takes results recomputed for an appeal, which count once published again', () => {
    const recomputed = recorded(event('ResultsComputed', { ...computed, appealId: 'a1' }), { id: 'computed-2' });
    spec.given([computedEvent, publishedEvent]).when(command('ComputeResults', { ...computed, appealId: 'a1' }, meta(office)), publication).thenMatches([{ type: 'ResultsComputed', data: { appealId: 'a1' } }]);
    spec
      .given([computedEvent, publishedEvent, recomputed])
      .when(command('FinaliseResults', { categoryId: 'townships' }, meta(member, later)), publication)
      .thenThrows({ kind: 'rule-violated', code: 'republication-pending' });
    spec
      .given([computedEvent, publishedEvent, recomputed])
      .when(command('PublishResults', { categoryId: 'townships', noticeEndsAt: '2027-03-03T18:00:00+08:00' }, meta(office, { now: '2027-02-26T09:00:00+08:00' })), publication)
      .then([event('ResultsPublished', { categoryId: 'townships', computed: 'computed-2', noticeEndsAt: '2027-03-03T18:00:00+08:00' })]);
  });
});

describe('results: finalising', () => {
  it('finalises after the notice period with every appeal decided', () =>
    spec
      .given([computedEvent, publishedEvent])
      .when(command('FinaliseResults', { categoryId: 'townships' }, meta(member, later)), publication)
      .then([event('ResultsFinalised', { categoryId: 'townships', published: 'published-1', computed: 'computed-1' })]));

  it('waits for the notice period to end', () =>
    spec
      .given([computedEvent, publishedEvent])
      .when(command('FinaliseResults', { categoryId: 'townships' }, meta(member, { now: '2027-02-25T09:00:00+08:00' })), publication)
      .thenThrows({ kind: 'rule-violated', code: 'notice-period-running' }));

  it('waits for open appeals, and insists on knowing them', () => {
    spec
      .given([computedEvent, publishedEvent])
      .when(command('FinaliseResults', { categoryId: 'townships' }, meta(member, later)), { ...publication, openAppeals: [{ appealId: 'a1', unitId: 'town-b', against: { kind: 'proposal', proposalId: 'p1' } }] })
      .thenThrows({ kind: 'rule-violated', code: 'appeals-pending' });
    spec
      .given([computedEvent, publishedEvent])
      .when(command('FinaliseResults', { categoryId: 'townships' }, meta(member, later)), { cycle: publication.cycle })
      .thenThrows({ kind: 'rule-violated', code: 'open-appeals-unknown' });
  });

  it('is the committee’s to finalise', () =>
    spec
      .given([computedEvent, publishedEvent])
      .when(command('FinaliseResults', { categoryId: 'townships' }, meta(office, later)), publication)
      .thenThrows({ kind: 'forbidden', code: 'role-not-allowed' }));

  it('changes final results no more', () => {
    const finalised = recorded(event('ResultsFinalised', { categoryId: 'townships', published: 'published-1', computed: 'computed-1' }));
    spec
      .given([computedEvent, publishedEvent, finalised])
      .when(command('ComputeResults', { ...computed, appealId: 'a9' }, meta(office)), publication)
      .thenThrows({ kind: 'rule-violated', code: 'results-final' });
  });
});

describe('results: snapshots', () => {
  const snapshot = { categoryId: 'townships', phase: 'mid-year' as const, asOfPosition: '80', asOf: '2026-08-01T00:00:00+08:00', schemeVersion: 1, units };

  it('freezes a phase’s scores once', () => {
    spec.given([]).when(command('TakeSnapshot', snapshot, meta(actors.system())), { cycle: cycleWith({ open: ['year-end'] }) }).then([event('SnapshotTaken', snapshot)]);
    spec
      .given([recorded(event('SnapshotTaken', snapshot))])
      .when(command('TakeSnapshot', snapshot, meta(actors.system())), { cycle: cycleWith({ open: ['year-end'] }) })
      .thenNothing();
  });
});
