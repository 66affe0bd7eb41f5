import { useQuery } from '@tanstack/react-query';
import { Checkbox, Form, Radio, Space, Table, Tag, Typography } from 'antd';
import { api, commandId, ok } from '../api/client';
import { useCycle } from '../common/cycle';
import { useUnitNames } from '../common/cycles-query';
import { commonMessages } from '../common/messages';
import { QueryState } from '../common/QueryState';
import { ReasonButton } from '../common/ReasonButton';
import { formatDateTime, useMessages } from '../i18n/i18n';
import { officeMessages, textFor } from './messages';

type Decision = { reason: string; outcome: 'upheld' | 'partly-upheld' | 'dismissed'; revoke?: boolean };

const againstText = (against: unknown): string => {
  if (typeof against !== 'object' || against === null) return '—';
  const a = against as Readonly<Record<string, unknown>>;
  return [a['kind'], a['proposalId'] ?? a['factId'] ?? a['categoryId']].filter((x) => typeof x === 'string').join(' ');
};

export default function AppealsPage() {
  const m = useMessages(officeMessages);
  const c = useMessages(commonMessages);
  const { cycleId } = useCycle();
  const nameOf = useUnitNames(cycleId);
  const appeals = useQuery({
    queryKey: ['appeals', cycleId],
    enabled: cycleId !== undefined,
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/appeals', { params: { path: { cycleId: cycleId ?? '' }, query: { limit: 200 } } }))).items,
  });
  if (cycleId === undefined) return <Typography.Paragraph>{c.noCycle}</Typography.Paragraph>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{m.appealsTitle}</Typography.Title>
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
              { title: m.against, dataIndex: 'against', render: againstText },
              { title: m.grounds, dataIndex: 'grounds' },
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
                  if (row.decided !== null) return null;
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
                        </>
                      }
                      run={(v) =>
                        ok(
                          api.POST('/cycles/{cycleId}/appeals/{appealId}/decision', {
                            params: { path: { cycleId, appealId: row.appealId }, header: { 'Idempotency-Key': commandId() } },
                            body: {
                              outcome: v.outcome,
                              reason: v.reason,
                              ...(v.revoke === true && proposalId !== undefined ? { revokes: [{ proposalId, kind: 'deduction' as const }] } : {}),
                            },
                          }),
                        )
                      }
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
