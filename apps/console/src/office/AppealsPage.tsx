import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Checkbox, Form, Radio, Space, Table, Tag, Typography, type UploadFile } from 'antd';
import { api, idempotencyHeader, ok } from '../api/client';
import { useCycle } from '../common/cycle';
import { useScheme, useUnitNames, useUnits } from '../common/cycles-query';
import { EvidenceFiles, evidenceOfPicked } from '../common/EvidenceFiles';
import { labelText } from '../common/label';
import { proposalTermsText } from '../common/outline';
import { commonMessages } from '../common/messages';
import { QueryState } from '../common/QueryState';
import { ReasonButton } from '../common/ReasonButton';
import { currentSession } from '../auth/session';
import { formatDateTime, useLang, useMessages } from '../i18n/i18n';
import { EvidenceList } from '../trace/EventCard';
import { revocationsOf } from './appeal-target';
import { officeMessages, textFor } from './messages';

type Revocation = ReturnType<typeof revocationsOf>[number];

/** Revokes one approval an upheld appeal names (the committee carries out the decision), citing the appeal. */
const revoke = (cycleId: string, appealId: string, r: Revocation, reason: string) => {
  const params = { path: { cycleId, proposalId: r.proposalId }, header: idempotencyHeader() };
  const body = { reason, appealId };
  if (r.kind === 'deduction') return ok(api.POST('/cycles/{cycleId}/proposals/{proposalId}/deduction/revoke', { params, body }));
  if (r.kind === 'bonus') return ok(api.POST('/cycles/{cycleId}/proposals/{proposalId}/bonus/revoke', { params, body }));
  return ok(api.POST('/cycles/{cycleId}/proposals/{proposalId}/veto/revoke', { params, body }));
};

type Decision = { reason: string; outcome: 'upheld' | 'partly-upheld' | 'dismissed'; revoke?: boolean; files?: UploadFile[] };

/**
 * What an appeal is against, in words: a proposal as its kind, what was recorded and its rule by the
 * scheme's name (read by its id: an appeal names one), a result by its category's name, a fact by
 * its id.
 */
function AgainstCell({ cycleId, against }: Readonly<{ cycleId: string; against: unknown }>) {
  const m = useMessages(officeMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLang();
  const outline = useScheme(cycleId).data?.outline ?? undefined;
  const units = useUnits(cycleId);
  const target = typeof against === 'object' && against !== null ? (against as Readonly<Record<string, unknown>>) : {};
  const text = (key: string): string | undefined => (typeof target[key] === 'string' ? target[key] : undefined);
  const proposalId = target['kind'] === 'proposal' ? text('proposalId') : undefined;
  const proposal = useQuery({
    queryKey: ['proposal', cycleId, proposalId],
    enabled: proposalId !== undefined,
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/proposals/{proposalId}', { params: { path: { cycleId, proposalId: proposalId ?? '' } } }))).proposal,
  });
  if (proposalId !== undefined) {
    const p = proposal.data;
    if (p === undefined) return <span>{proposalId}</span>;
    const categoryId = units.data?.find((u) => u.unitId === p.unitId)?.categoryId;
    return (
      <span>
        <Tag color={p.kind === 'bonus' ? 'green' : 'red'}>{textFor(m, `kind.${p.kind}`, p.kind)}</Tag>
        {p.what} · {proposalTermsText({ outline, categoryId, kind: p.kind, terms: p.terms }, lang, c.times)}
      </span>
    );
  }
  const categoryId = target['kind'] === 'results' ? text('categoryId') : undefined;
  if (categoryId !== undefined) return <span>{m.againstResults(labelText(outline?.categories.find((cat) => cat.id === categoryId)?.label, lang, categoryId))}</span>;
  const factId = text('factId');
  return <span>{factId === undefined ? '—' : m.againstFact(factId)}</span>;
}

type Shown = 'filed' | 'decided' | 'all';

export default function AppealsPage() {
  const m = useMessages(officeMessages);
  const c = useMessages(commonMessages);
  const { cycleId } = useCycle();
  const nameOf = useUnitNames(cycleId);
  // Every appeal by default (a decided one may still have revocations to carry out); narrowed on demand.
  const [shown, setShown] = useState<Shown>('all');
  const appeals = useQuery({
    queryKey: ['appeals', cycleId, shown],
    enabled: cycleId !== undefined,
    queryFn: async () =>
      (await ok(api.GET('/cycles/{cycleId}/appeals', { params: { path: { cycleId: cycleId ?? '' }, query: { limit: 200, ...(shown === 'all' ? {} : { status: shown }) } } }))).items,
  });
  // Which approvals are revoked already (by the committee, or by the appeal workflow when the schedule runs).
  const revoked = useQuery({
    queryKey: ['review-queue', cycleId, 'revoked'],
    enabled: cycleId !== undefined,
    queryFn: async () => new Set((await ok(api.GET('/cycles/{cycleId}/proposals', { params: { path: { cycleId: cycleId ?? '' }, query: { status: 'revoked', limit: 500 } } }))).items.map((p) => p.proposalId)),
  });
  const mayRevoke = currentSession()?.role === 'committee';
  if (cycleId === undefined) return <Typography.Paragraph>{c.noCycle}</Typography.Paragraph>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{m.appealsTitle}</Typography.Title>
      <Radio.Group value={shown} onChange={(e) => setShown(e.target.value as Shown)} optionType="button" data-testid="appeals-shown">
        <Radio.Button value="all">{m.appealsAll}</Radio.Button>
        <Radio.Button value="filed">{m['appeal.filed']}</Radio.Button>
        <Radio.Button value="decided">{m.appealsDecided}</Radio.Button>
      </Radio.Group>
      <QueryState query={appeals} isEmpty={(list) => list.length === 0}>
        {(list) => (
          <Table
            size="small"
            rowKey="appealId"
            dataSource={list}
            pagination={{ pageSize: 20 }}
            columns={[
              { title: m.appealId, dataIndex: 'appealId' },
              { title: c.unit, dataIndex: 'unitId', render: (unitId: string) => nameOf(unitId) },
              { title: m.against, dataIndex: 'against', render: (against: unknown) => <AgainstCell cycleId={cycleId} against={against} /> },
              { title: m.grounds, dataIndex: 'grounds' },
              {
                // What the unit attached to its appeal; once decided, what the review put on file too.
                title: m.appealFiles,
                key: 'evidence',
                render: (_, row) =>
                  row.filed.evidence.length === 0 && (row.decided?.evidence.length ?? 0) === 0 ? (
                    '—'
                  ) : (
                    <Space orientation="vertical" size={0} data-testid={`appeal-evidence-${row.appealId}`}>
                      {row.filed.evidence.length > 0 && <EvidenceList evidence={row.filed.evidence} />}
                      {row.decided !== null && row.decided.evidence.length > 0 && (
                        <span>
                          {m.decisionEvidence}
                          <EvidenceList evidence={row.decided.evidence} />
                        </span>
                      )}
                    </Space>
                  ),
              },
              { title: m.since, key: 'filed', render: (_, row) => formatDateTime(row.filed.at) },
              {
                title: c.status,
                key: 'status',
                render: (_, row) => (row.decided === null ? <Tag color="gold">{m['appeal.filed']}</Tag> : <Tag color="green">{textFor(m, `outcome.${row.decided.outcome}`, row.decided.outcome)}</Tag>),
              },
              {
                title: c.actions,
                key: 'actions',
                render: (_, row) => {
                  if (row.decided !== null) {
                    return (
                      <Space wrap>
                        {revocationsOf(row.decided.revokes).map((r) =>
                          revoked.data?.has(r.proposalId) === true ? (
                            <Tag key={r.proposalId} color="default">
                              {m.revoked}: {r.proposalId}
                            </Tag>
                          ) : mayRevoke && row.decided?.outcome !== 'dismissed' ? (
                            <ReasonButton
                              key={r.proposalId}
                              label={m.carryOut(r.proposalId)}
                              title={m.carryOutTitle(r.proposalId, row.appealId)}
                              danger
                              testId={`revoke-${r.proposalId}`}
                              run={(v) => revoke(cycleId, row.appealId, r, v.reason)}
                            />
                          ) : null,
                        )}
                      </Space>
                    );
                  }
                  const target = typeof row.against === 'object' && row.against !== null ? (row.against as Readonly<Record<string, unknown>>) : {};
                  const proposalId = typeof target['proposalId'] === 'string' ? target['proposalId'] : undefined;
                  return (
                    <ReasonButton<Decision>
                      label={m.decide}
                      title={`${m.decide}: ${row.appealId}`}
                      testId={`decide-${row.appealId}`}
                      extra={
                        <>
                          <Form.Item name="outcome" label={m.outcome} rules={[{ required: true }]}>
                            <Radio.Group options={(['upheld', 'partly-upheld', 'dismissed'] as const).map((o) => ({ value: o, label: textFor(m, `outcome.${o}`, o) }))} />
                          </Form.Item>
                          {proposalId !== undefined && (
                            <Form.Item name="revoke" valuePropName="checked" label={m.revokeWhat}>
                              <Checkbox>{proposalId}</Checkbox>
                            </Form.Item>
                          )}
                          <EvidenceFiles name="files" label={m.decisionFiles} addLabel={m.addFile} accept="image/*,application/pdf" testId={`decision-files-${row.appealId}`} />
                        </>
                      }
                      run={async (v) => {
                        const evidence = await evidenceOfPicked(v.files);
                        return ok(
                          api.POST('/cycles/{cycleId}/appeals/{appealId}/decision', {
                            params: { path: { cycleId, appealId: row.appealId }, header: idempotencyHeader() },
                            body: {
                              outcome: v.outcome,
                              reason: v.reason,
                              ...(v.revoke === true && proposalId !== undefined ? { revokes: [{ proposalId, kind: 'deduction' as const }] } : {}),
                              ...evidence,
                            },
                          }),
                        );
                      }}
                    />
                  );
                },
              },
            ]}
          />
        )}
      </QueryState>
    </Space>
  );
}
