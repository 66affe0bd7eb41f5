import { useQuery } from '@tanstack/react-query';
import { Space, Table, Tag, Typography } from 'antd';
import { api, idempotencyHeader, ok } from '../api/client';
import { useCycle } from '../common/cycle';
import { useScheme, useUnits } from '../common/cycles-query';
import { commonMessages } from '../common/messages';
import { QueryState } from '../common/QueryState';
import { proposalTermsText } from '../common/outline';
import { ReasonButton } from '../common/ReasonButton';
import { DownloadButton } from '../spreadsheets/DownloadButton';
import { EvidenceList } from '../trace/EventCard';
import { formatDateTime, useLang, useMessages } from '../i18n/i18n';
import { officeMessages, textFor } from './messages';

type Kind = 'deduction' | 'bonus' | 'veto';
const KIND_COLOR: Readonly<Record<string, string>> = { deduction: 'red', bonus: 'green', veto: 'magenta' };

/** Approve (confirm a veto) or reject one proposal, each with its reason. */
const decide = (cycleId: string, proposalId: string, kind: Kind, approve: boolean, reason: string) => {
  const params = { path: { cycleId, proposalId }, header: idempotencyHeader() };
  if (kind === 'deduction') return approve ? ok(api.POST('/cycles/{cycleId}/proposals/{proposalId}/deduction/approve', { params, body: { reason } })) : ok(api.POST('/cycles/{cycleId}/proposals/{proposalId}/deduction/reject', { params, body: { reason } }));
  if (kind === 'bonus') return approve ? ok(api.POST('/cycles/{cycleId}/proposals/{proposalId}/bonus/approve', { params, body: { reason } })) : ok(api.POST('/cycles/{cycleId}/proposals/{proposalId}/bonus/reject', { params, body: { reason } }));
  return approve ? ok(api.POST('/cycles/{cycleId}/proposals/{proposalId}/veto/confirm', { params, body: { reason } })) : ok(api.POST('/cycles/{cycleId}/proposals/{proposalId}/veto/reject', { params, body: { reason } }));
};

export default function ReviewPage() {
  const m = useMessages(officeMessages);
  const c = useMessages(commonMessages);
  const { cycleId } = useCycle();
  const { lang } = useLang();
  const units = useUnits(cycleId);
  const outline = useScheme(cycleId).data?.outline ?? undefined;
  const unitOf = (unitId: string) => units.data?.find((u) => u.unitId === unitId);
  const queue = useQuery({
    queryKey: ['review-queue', cycleId],
    enabled: cycleId !== undefined,
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/proposals', { params: { path: { cycleId: cycleId ?? '' }, query: { status: 'pending', limit: 500 } } }))).items,
  });
  if (cycleId === undefined) return <Typography.Paragraph>{c.noCycle}</Typography.Paragraph>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3}>{m.reviewTitle}</Typography.Title>
        <DownloadButton
          testId="export-review-queue"
          fileName={`review-queue-${cycleId}.xlsx`}
          fetchFile={() => api.GET('/cycles/{cycleId}/exports/review-queue', { params: { path: { cycleId }, query: { status: 'pending', format: 'xlsx' } }, parseAs: 'blob' })}
        >
          {m.exportQueue}
        </DownloadButton>
      </Space>
      <QueryState query={queue} isEmpty={(list) => list.length === 0}>
        {(list) => (
          <Table
            size="small"
            rowKey="proposalId"
            dataSource={list}
            pagination={{ pageSize: 20 }}
            columns={[
              { title: m.kind, dataIndex: 'kind', render: (k: string) => <Tag color={KIND_COLOR[k]}>{textFor(m, `kind.${k}`, k)}</Tag> },
              { title: c.unit, dataIndex: 'unitId', render: (unitId: string) => unitOf(unitId)?.name ?? unitId },
              { title: m.what, dataIndex: 'what' },
              // What the committee approves: the rule by the scheme's name, its points, how many; and the evidence to open.
              {
                title: c.terms,
                key: 'terms',
                render: (_, row) => proposalTermsText({ outline, categoryId: unitOf(row.unitId)?.categoryId, kind: row.kind, terms: row.terms }, lang, c.times),
              },
              { title: m.evidence, key: 'evidence', render: (_, row) => (row.evidence.length === 0 ? '—' : <EvidenceList evidence={row.evidence} />) },
              { title: m.recordedBy, key: 'by', render: (_, row) => `${row.recorded.actorId}` },
              { title: m.since, key: 'since', render: (_, row) => formatDateTime(row.recorded.at), sorter: (a, b) => a.recorded.at.localeCompare(b.recorded.at) },
              {
                title: c.actions,
                key: 'actions',
                render: (_, row) => (
                  <Space>
                    <ReasonButton label={m.approve} title={`${m.approve}: ${row.what}`} testId={`approve-${row.proposalId}`} run={(v) => decide(cycleId, row.proposalId, row.kind, true, v.reason)} />
                    <ReasonButton label={m.reject} danger title={`${m.reject}: ${row.what}`} testId={`reject-${row.proposalId}`} run={(v) => decide(cycleId, row.proposalId, row.kind, false, v.reason)} />
                  </Space>
                ),
              },
            ]}
          />
        )}
      </QueryState>
    </Space>
  );
}
