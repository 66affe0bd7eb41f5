import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, DatePicker, Descriptions, Form, Input, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, idempotencyHeader, ok } from '../api/client';
import type { GetAnswer } from '../api/types';
import { currentSession } from '../auth/session';
import { useCycle } from '../common/cycle';
import { useUnitNames, useUnits } from '../common/cycles-query';
import { useApiErrors } from '../common/forms';
import { commonMessages } from '../common/messages';
import { QueryState } from '../common/QueryState';
import { ReasonButton } from '../common/ReasonButton';
import { formatDate, formatDateTime, useMessages } from '../i18n/i18n';
import { textFor } from '../office/messages';
import { EvidenceList } from '../trace/EventCard';
import { rectificationMessages } from './messages';

export type Order = GetAnswer<'/cycles/{cycleId}/rectification-orders'>['items'][number];
export const STATUS_COLOR: Readonly<Record<string, string>> = { ordered: 'blue', planned: 'gold', reported: 'purple', accepted: 'green' };
const PAGE = 50;

/** An order's status, with the overdue flag beside it. */
export function OrderStatus({ order }: Readonly<{ order: Order }>) {
  const m = useMessages(rectificationMessages);
  return (
    <Space size={4}>
      <Tag color={STATUS_COLOR[order.status]}>{textFor(m, `status.${order.status}`, order.status)}</Tag>
      {order.overdue && <Tag color="red">{m.overdue}</Tag>}
    </Space>
  );
}

/** The plan and the completion report of an order, as the unit submitted them. */
export function OrderSteps({ order }: Readonly<{ order: Order }>) {
  const m = useMessages(rectificationMessages);
  const step = (s: Order['plan']) =>
    s === null ? (
      <Typography.Text type="secondary">{m.nothingYet}</Typography.Text>
    ) : (
      <>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>{s.text}</Typography.Paragraph>
        {s.documents.length > 0 && <EvidenceList evidence={s.documents} />}
      </>
    );
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label={m.reason}>{order.reason}</Descriptions.Item>
      <Descriptions.Item label={m.plan}>{step(order.plan)}</Descriptions.Item>
      <Descriptions.Item label={m.report}>{step(order.report)}</Descriptions.Item>
    </Descriptions>
  );
}

type NewOrder = { unitId: string; dueAt: Dayjs; reason: string };

function OrderForm({ cycleId }: Readonly<{ cycleId: string }>) {
  const m = useMessages(rectificationMessages);
  const units = useUnits(cycleId);
  const [form] = Form.useForm<NewOrder>();
  const errors = useApiErrors(form);
  const client = useQueryClient();
  const { message } = App.useApp();
  const order = useMutation({
    mutationFn: (values: NewOrder) =>
      ok(
        api.POST('/cycles/{cycleId}/rectification-orders', {
          params: { path: { cycleId }, header: idempotencyHeader() },
          body: {
            orderId: `rect-${values.unitId}-${crypto.randomUUID().slice(0, 6)}`,
            unitId: values.unitId,
            // The end of the chosen day, in the offices' time zone.
            dueAt: `${values.dueAt.format('YYYY-MM-DD')}T23:59:59+08:00`,
            reason: values.reason,
          },
        }),
      ),
    onSuccess: async () => {
      errors.clear();
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['rectification-orders'] });
      void message.success(m.ordered);
    },
    onError: errors.show,
  });
  return (
    <Card size="small" title={m.order}>
      {errors.alert}
      <Form form={form} layout="vertical" onFinish={(values) => order.mutate(values)} data-testid="order-rectification">
        <Space wrap align="start">
          <Form.Item name="unitId" label={m.unit} rules={[{ required: true }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} style={{ width: 200 }} data-testid="order-unit" options={(units.data ?? []).map((u) => ({ value: u.unitId, label: u.name }))} />
          </Form.Item>
          <Form.Item name="dueAt" label={m.dueAt} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
        </Space>
        <Form.Item name="reason" label={m.reason} rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={order.isPending}>
          {m.order}
        </Button>
      </Form>
    </Card>
  );
}

/** Orders, their due dates, plans, reports and acceptance: the office's board. */
export default function RectificationPage() {
  const m = useMessages(rectificationMessages);
  const c = useMessages(commonMessages);
  const { cycleId } = useCycle();
  const nameOf = useUnitNames(cycleId);
  const units = useUnits(cycleId);
  const isOffice = currentSession()?.role === 'office';
  const [filter, setFilter] = useState<{ status?: string; unitId?: string; overdue: boolean; page: number }>({ overdue: false, page: 1 });
  const orders = useQuery({
    queryKey: ['rectification-orders', cycleId, filter],
    enabled: cycleId !== undefined,
    queryFn: () =>
      ok(
        api.GET('/cycles/{cycleId}/rectification-orders', {
          params: {
            path: { cycleId: cycleId ?? '' },
            query: {
              limit: PAGE,
              offset: (filter.page - 1) * PAGE,
              ...(filter.status === undefined ? {} : { status: filter.status as 'ordered' }),
              ...(filter.unitId === undefined ? {} : { unitId: filter.unitId }),
              ...(filter.overdue ? { overdue: 'true' as const } : {}),
            },
          },
        }),
      ),
  });
  const count = (query: Record<string, string>) => ({
    queryKey: ['rectification-orders', cycleId, 'count', query],
    enabled: cycleId !== undefined,
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/rectification-orders', { params: { path: { cycleId: cycleId ?? '' }, query: { limit: 1, ...query } } }))).total,
  });
  const total = useQuery(count({}));
  const overdue = useQuery(count({ overdue: 'true' }));
  const reported = useQuery(count({ status: 'reported' }));
  if (cycleId === undefined) return <Typography.Paragraph>{c.noCycle}</Typography.Paragraph>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{m.title}</Typography.Title>
      <Space size="large" data-testid="rectification-counts">
        <Statistic title={m.total} value={total.data ?? '—'} />
        <Statistic title={m.overdue} value={overdue.data ?? '—'} valueStyle={{ color: (overdue.data ?? 0) > 0 ? '#cf1322' : undefined }} />
        <Statistic title={m.awaitingAcceptance} value={reported.data ?? '—'} />
      </Space>
      {isOffice && <OrderForm cycleId={cycleId} />}
      <Space wrap>
        <Select
          allowClear
          placeholder={m.allStatuses}
          style={{ width: 160 }}
          value={filter.status}
          onChange={(status?: string) => setFilter((f) => ({ ...f, status, page: 1 }))}
          options={['ordered', 'planned', 'reported', 'accepted'].map((s) => ({ value: s, label: textFor(m, `status.${s}`, s) }))}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={m.allUnits}
          style={{ width: 200 }}
          value={filter.unitId}
          onChange={(unitId?: string) => setFilter((f) => ({ ...f, unitId, page: 1 }))}
          options={(units.data ?? []).map((u) => ({ value: u.unitId, label: u.name }))}
        />
        <Checkbox checked={filter.overdue} onChange={(e) => setFilter((f) => ({ ...f, overdue: e.target.checked, page: 1 }))}>
          {m.onlyOverdue}
        </Checkbox>
      </Space>
      <QueryState query={orders} isEmpty={(d) => d.total === 0} emptyText={m.none}>
        {(d) => (
          <Table
            size="small"
            rowKey="orderId"
            data-testid="rectification-orders"
            dataSource={d.items}
            expandable={{ expandedRowRender: (order) => <OrderSteps order={order} /> }}
            pagination={{ current: filter.page, pageSize: PAGE, total: d.total, showSizeChanger: false, showTotal: m.count, onChange: (page) => setFilter((f) => ({ ...f, page })) }}
            columns={[
              { title: m.orderId, dataIndex: 'orderId' },
              { title: m.unit, dataIndex: 'unitId', render: (unitId: string) => nameOf(unitId) },
              { title: m.reason, dataIndex: 'reason', ellipsis: true },
              { title: m.dueAt, dataIndex: 'dueAt', render: (v: string) => formatDate(v), sorter: (a, b) => a.dueAt.localeCompare(b.dueAt) },
              { title: m.status, key: 'status', render: (_, order) => <OrderStatus order={order} /> },
              { title: m.orderedAt, key: 'at', render: (_, order) => formatDateTime((order.ordered as Readonly<{ at?: string }>).at) },
              {
                title: c.actions,
                key: 'actions',
                render: (_, order) =>
                  isOffice && order.status === 'reported' ? (
                    <ReasonButton
                      label={m.accept}
                      title={m.acceptTitle(order.orderId)}
                      testId={`accept-${order.orderId}`}
                      reasonRequired={false}
                      run={(v) =>
                        ok(
                          api.POST('/cycles/{cycleId}/rectification-orders/{orderId}/acceptance', {
                            params: { path: { cycleId, orderId: order.orderId }, header: idempotencyHeader() },
                            body: v.reason === undefined || v.reason === '' ? {} : { reason: v.reason },
                          }),
                        )
                      }
                    />
                  ) : null,
              },
            ]}
          />
        )}
      </QueryState>
    </Space>
  );
}
