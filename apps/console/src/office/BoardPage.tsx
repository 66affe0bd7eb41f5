import { useQuery } from '@tanstack/react-query';
import { Badge, Card, Drawer, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, idempotencyHeader, ok } from '../api/client';
import { currentSession } from '../auth/session';
import { useCycle } from '../common/cycle';
import { useCycleSummary, useScheme, useUnits } from '../common/cycles-query';
import { commonMessages } from '../common/messages';
import { QueryState } from '../common/QueryState';
import { ReasonButton } from '../common/ReasonButton';
import { deadlineName, nodeName } from '../common/outline';
import { formatDate, useLang, useMessages } from '../i18n/i18n';
import { DownloadButton } from '../spreadsheets/DownloadButton';
import { officeMessages, textFor } from './messages';
import { PhaseAction } from './PhaseAction';

/** The deadline a board number was opened for: its id (to ask for its items) and its name (to show). */
type Drill = Readonly<{ id: string; name: string }>;

const STATUS_COLOR: Readonly<Record<string, string>> = { submitted: 'green', pending: 'blue', overdue: 'red', missing: 'orange' };

/**
 * Chases (催报) units that still owe a deadline's items: those named, or every one owing. Whoever
 * owes their items is notified, with the office's note if it wrote one (not a reason asked for).
 */
function ChaseButton({ cycleId, deadlineId, unitIds, label, title, testId }: Readonly<{ cycleId: string; deadlineId: string; unitIds?: readonly string[]; label: string; title: string; testId: string }>) {
  const m = useMessages(officeMessages);
  return (
    <ReasonButton
      label={label}
      title={title}
      testId={testId}
      reasonRequired={false}
      extra={<Typography.Paragraph type="secondary">{m.chaseNote}</Typography.Paragraph>}
      run={(v) =>
        ok(
          api.POST('/cycles/{cycleId}/deadlines/{deadlineId}/chase', {
            params: { path: { cycleId, deadlineId }, header: idempotencyHeader() },
            body: { ...(unitIds === undefined ? {} : { unitIds: [...unitIds] }), ...(v.reason === undefined || v.reason.trim() === '' ? {} : { reason: v.reason }) },
          }),
        )
      }
    />
  );
}

/** The units behind one number of the board: each unit's items of that deadline with their status; the office chases those owing. */
function DeadlineUnits({ cycleId, deadline, onClose }: Readonly<{ cycleId: string; deadline: Drill | null; onClose: () => void }>) {
  const m = useMessages(officeMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLang();
  const outline = useScheme(cycleId).data?.outline ?? undefined;
  const units = useUnits(cycleId);
  const unitName = (unitId: string) => units.data?.find((u) => u.unitId === unitId)?.name ?? unitId;
  const deadlineId = deadline?.id ?? null;
  const items = useQuery({
    queryKey: ['submission-status', cycleId, deadlineId],
    enabled: deadlineId !== null,
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/submission-status', { params: { path: { cycleId }, query: { deadlineId: deadlineId ?? '' } } }))).items,
  });
  const mayChase = currentSession()?.role === 'office';
  const owing = [...new Set((items.data ?? []).filter((row) => row.status !== 'submitted').map((row) => row.unitId))];
  return (
    <Drawer
      open={deadline !== null}
      onClose={onClose}
      size={640}
      title={`${m.deadline}: ${deadline?.name ?? ''}`}
      extra={
        mayChase && deadline !== null && owing.length > 0 ? (
          <ChaseButton cycleId={cycleId} deadlineId={deadline.id} unitIds={owing} label={m.chaseAll(owing.length)} title={m.chaseAllTitle(deadline.name)} testId="chase-all" />
        ) : null
      }
    >
      <QueryState query={items} isEmpty={(list) => list.length === 0}>
        {(list) => (
          <Table
            size="small"
            rowKey={(row) => `${row.unitId}/${row.indicatorId ?? ''}/${row.period}`}
            dataSource={list}
            pagination={{ pageSize: 50 }}
            columns={[
              {
                title: c.unit,
                dataIndex: 'unitId',
                sorter: (a, b) => a.unitId.localeCompare(b.unitId),
                // The unit's page on 单位与指标 (its indicators, providers, plan, raters).
                render: (id: string) => (
                  <Link to={`/office/units?unit=${encodeURIComponent(id)}`} title={id} data-testid={`board-unit-${id}`}>
                    {unitName(id)}
                  </Link>
                ),
              },
              { title: c.indicator, dataIndex: 'indicatorId', render: (id: string | null) => (id === null ? '—' : <span title={id}>{nodeName(outline, id, lang)}</span>) },
              { title: m.dueAt, dataIndex: 'dueAt', render: (v: string) => formatDate(v) },
              {
                title: c.status,
                dataIndex: 'status',
                filters: ['submitted', 'pending', 'overdue', 'missing'].map((s) => ({ text: textFor(m, `itemStatus.${s}`, s), value: s })),
                onFilter: (value, row) => row.status === value,
                render: (s: string) => <Tag color={STATUS_COLOR[s]}>{textFor(m, `itemStatus.${s}`, s)}</Tag>,
              },
              ...(mayChase && deadline !== null
                ? [
                    {
                      title: '',
                      key: 'chase',
                      render: (_: unknown, row: Readonly<{ unitId: string; status: string }>) =>
                        row.status === 'submitted' ? null : (
                          <ChaseButton
                            cycleId={cycleId}
                            deadlineId={deadline.id}
                            unitIds={[row.unitId]}
                            label={m.chaseOne}
                            title={m.chaseOneTitle(unitName(row.unitId), deadline.name)}
                            testId={`chase-${row.unitId}`}
                          />
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryState>
    </Drawer>
  );
}

export default function BoardPage() {
  const m = useMessages(officeMessages);
  const c = useMessages(commonMessages);
  const { cycleId } = useCycle();
  const cycle = useCycleSummary(cycleId);
  const board = useQuery({
    queryKey: ['phase-board', cycleId],
    enabled: cycleId !== undefined,
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/phase-board', { params: { path: { cycleId: cycleId ?? '' } } }))).deadlines,
  });
  const { lang } = useLang();
  const outline = useScheme(cycleId).data?.outline ?? undefined;
  const nameOf = (row: Readonly<{ kind: string; period: string }>) => deadlineName(row, outline, lang);
  const [drill, setDrill] = useState<Drill | null>(null);
  const isOffice = currentSession()?.role === 'office';
  if (cycleId === undefined) return <Typography.Paragraph>{c.noCycle}</Typography.Paragraph>;
  const count = (row: Readonly<{ deadlineId: string; kind: string; period: string }>, value: number, color: string) =>
    value === 0 ? (
      <span style={{ color: '#999' }}>0</span>
    ) : (
      <a onClick={() => setDrill({ id: row.deadlineId, name: nameOf(row) })}>
        <Badge color={color} text={String(value)} />
      </a>
    );
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{m.boardTitle}</Typography.Title>
      <Card size="small" title={m.phase}>
        <QueryState query={cycle}>
          {(summary) => (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={summary.phases}
              columns={[
                { title: m.phase, dataIndex: 'id', render: (id: string) => <strong>{textFor(m, `phase.${id}`, id)}</strong> },
                {
                  title: m.phaseStatus,
                  dataIndex: 'status',
                  render: (s: string) => <Tag color={s === 'open' ? 'green' : s === 'closed' ? 'default' : 'blue'}>{textFor(m, `phaseStatus.${s}`, s)}</Tag>,
                },
                { title: m.start, dataIndex: 'start', render: (v?: string) => formatDate(v) },
                { title: m.end, dataIndex: 'end', render: (v?: string) => formatDate(v) },
                ...(isOffice
                  ? [
                      {
                        title: c.actions,
                        key: 'actions',
                        render: (_: unknown, row: { id: string; status: string }) =>
                          row.status === 'open' ? <PhaseAction cycleId={cycleId} phase={row.id} action="close" /> : row.status !== 'closed' ? <PhaseAction cycleId={cycleId} phase={row.id} action="open" /> : null,
                      },
                    ]
                  : []),
              ]}
            />
          )}
        </QueryState>
      </Card>
      <Card
        size="small"
        title={m.deadline}
        extra={
          <DownloadButton
            testId="export-submission-status"
            fileName={`submission-status-${cycleId}.xlsx`}
            fetchFile={() => api.GET('/cycles/{cycleId}/exports/submission-status', { params: { path: { cycleId }, query: { format: 'xlsx' } }, parseAs: 'blob' })}
          >
            {m.exportStatus}
          </DownloadButton>
        }
      >
        <QueryState query={board} isEmpty={(rows) => rows.length === 0}>
          {(rows) => (
            <Table
              size="small"
              rowKey="deadlineId"
              dataSource={rows}
              pagination={{ pageSize: 50 }}
              columns={[
                { title: m.deadline, dataIndex: 'deadlineId', render: (id: string, row) => <span title={id}>{nameOf(row)}</span> },
                { title: m.phase, dataIndex: 'phase', render: (p: string) => textFor(m, `phase.${p}`, p) },
                { title: m.dueAt, dataIndex: 'dueAt', render: (v: string) => formatDate(v), sorter: (a, b) => a.dueAt.localeCompare(b.dueAt) },
                { title: m.units, dataIndex: 'units' },
                { title: m.submitted, dataIndex: 'submitted', render: (v: number, row) => count(row, v, 'green') },
                { title: m.pending, dataIndex: 'pending', render: (v: number, row) => count(row, v, 'blue') },
                { title: m.overdue, dataIndex: 'overdue', render: (v: number, row) => count(row, v, 'red') },
                { title: m.missing, dataIndex: 'missing', render: (v: number, row) => count(row, v, 'orange') },
              ]}
            />
          )}
        </QueryState>
      </Card>
      <DeadlineUnits cycleId={cycleId} deadline={drill} onClose={() => setDrill(null)} />
    </Space>
  );
}
