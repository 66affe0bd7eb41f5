import { useQuery } from '@tanstack/react-query';
import { Badge, Card, Drawer, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, ok } from '../api/client';
import { currentSession } from '../auth/session';
import { useCycle } from '../common/cycle';
import { useCycleSummary } from '../common/cycles-query';
import { commonMessages } from '../common/messages';
import { QueryState } from '../common/QueryState';
import { formatDate, useMessages } from '../i18n/i18n';
import { DownloadButton } from '../spreadsheets/DownloadButton';
import { officeMessages, textFor } from './messages';
import { PhaseAction } from './PhaseAction';

const STATUS_COLOR: Readonly<Record<string, string>> = { submitted: 'green', pending: 'blue', overdue: 'red', missing: 'orange' };

/** The units behind one number of the board: each unit's items of that deadline with their status. */
function DeadlineUnits({ cycleId, deadlineId, onClose }: Readonly<{ cycleId: string; deadlineId: string | null; onClose: () => void }>) {
  const m = useMessages(officeMessages);
  const c = useMessages(commonMessages);
  const items = useQuery({
    queryKey: ['submission-status', cycleId, deadlineId],
    enabled: deadlineId !== null,
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/submission-status', { params: { path: { cycleId }, query: { deadlineId: deadlineId ?? '' } } }))).items,
  });
  return (
    <Drawer open={deadlineId !== null} onClose={onClose} size={640} title={`${m.deadline}: ${deadlineId ?? ''}`}>
      <QueryState query={items} isEmpty={(list) => list.length === 0}>
        {(list) => (
          <Table
            size="small"
            rowKey={(row) => `${row.unitId}/${row.indicatorId ?? ''}/${row.period}`}
            dataSource={list}
            pagination={{ pageSize: 50 }}
            columns={[
              { title: c.unit, dataIndex: 'unitId', sorter: (a, b) => a.unitId.localeCompare(b.unitId) },
              { title: c.indicator, dataIndex: 'indicatorId', render: (v: string | null) => v ?? '—' },
              { title: m.dueAt, dataIndex: 'dueAt', render: (v: string) => formatDate(v) },
              {
                title: c.status,
                dataIndex: 'status',
                filters: ['submitted', 'pending', 'overdue', 'missing'].map((s) => ({ text: textFor(m, `itemStatus.${s}`, s), value: s })),
                onFilter: (value, row) => row.status === value,
                render: (s: string) => <Tag color={STATUS_COLOR[s]}>{textFor(m, `itemStatus.${s}`, s)}</Tag>,
              },
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
  const [drill, setDrill] = useState<string | null>(null);
  const isOffice = currentSession()?.role === 'office';
  if (cycleId === undefined) return <Typography.Paragraph>{c.noCycle}</Typography.Paragraph>;
  const count = (deadlineId: string, value: number, color: string) =>
    value === 0 ? (
      <span style={{ color: '#999' }}>0</span>
    ) : (
      <a onClick={() => setDrill(deadlineId)}>
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
                { title: m.deadline, dataIndex: 'deadlineId' },
                { title: m.phase, dataIndex: 'phase', render: (p: string) => textFor(m, `phase.${p}`, p) },
                { title: m.dueAt, dataIndex: 'dueAt', render: (v: string) => formatDate(v), sorter: (a, b) => a.dueAt.localeCompare(b.dueAt) },
                { title: m.units, dataIndex: 'units' },
                { title: m.submitted, dataIndex: 'submitted', render: (v: number, row) => count(row.deadlineId, v, 'green') },
                { title: m.pending, dataIndex: 'pending', render: (v: number, row) => count(row.deadlineId, v, 'blue') },
                { title: m.overdue, dataIndex: 'overdue', render: (v: number, row) => count(row.deadlineId, v, 'red') },
                { title: m.missing, dataIndex: 'missing', render: (v: number, row) => count(row.deadlineId, v, 'orange') },
              ]}
            />
          )}
        </QueryState>
      </Card>
      <DeadlineUnits cycleId={cycleId} deadlineId={drill} onClose={() => setDrill(null)} />
    </Space>
  );
}
