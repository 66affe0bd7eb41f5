import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Space, Typography, type UploadFile } from 'antd';
import { api, idempotencyHeader, ok } from '../api/client';
import { EvidenceFiles, documentsOf } from '../common/EvidenceFiles';
import { useApiErrors } from '../common/forms';
import { QueryState } from '../common/QueryState';
import { formatDate, useMessages } from '../i18n/i18n';
import { rectificationMessages } from './messages';
import { OrderStatus, OrderSteps, type Order } from './RectificationPage';

type Step = { text: string; documents?: string[]; files?: UploadFile[] };

/** The plan (when ordered) or the completion report (when planned) of one order, as the unit writes it. */
function StepForm({ cycleId, order }: Readonly<{ cycleId: string; order: Order }>) {
  const m = useMessages(rectificationMessages);
  const planning = order.status === 'ordered';
  const field = planning ? 'plan' : 'report';
  const [form] = Form.useForm<Readonly<Record<string, string | string[] | UploadFile[] | undefined>>>();
  const errors = useApiErrors(form);
  const client = useQueryClient();
  const { message } = App.useApp();
  const submit = useMutation({
    // Scans and photos go up first; the step names them after any document numbers typed.
    mutationFn: async (values: Step) => {
      const params = { path: { cycleId, orderId: order.orderId }, header: idempotencyHeader() };
      const documents = await documentsOf(values.documents, values.files);
      return planning
        ? ok(api.POST('/cycles/{cycleId}/rectification-orders/{orderId}/plan', { params, body: { plan: values.text, documents } }))
        : ok(api.POST('/cycles/{cycleId}/rectification-orders/{orderId}/completion', { params, body: { report: values.text, documents } }));
    },
    onSuccess: async () => {
      errors.clear();
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['rectification-orders'] });
      void message.success(planning ? m.planSubmitted : m.reportSubmitted);
    },
    onError: errors.show,
  });
  return (
    <>
      {errors.alert}
      <Form
        form={form}
        layout="vertical"
        name={`step-${order.orderId}`}
        data-testid={`${field}-form-${order.orderId}`}
        onFinish={(values) =>
          submit.mutate({
            text: String(values[field] ?? ''),
            documents: Array.isArray(values['documents']) ? values['documents'].filter((d): d is string => typeof d === 'string') : [],
            files: Array.isArray(values['files']) ? values['files'].filter((f): f is UploadFile => typeof f === 'object') : [],
          })
        }
      >
        <Form.Item name={field} label={planning ? m.plan : m.report} rules={[{ required: true }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <Form.Item name="documents" label={m.documents} extra={m.documentsHelp}>
          <Select mode="tags" open={false} suffixIcon={null} />
        </Form.Item>
        <EvidenceFiles name="files" label={m.files} addLabel={m.addFile} accept="image/*,application/pdf" testId={`${field}-files-${order.orderId}`} />
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {planning ? m.submitPlan : m.submitReport}
        </Button>
      </Form>
    </>
  );
}

/** 本单位 → 整改: the unit's orders, due dates, and the plan or completion report each one now asks for. */
export function UnitRectification({ cycleId, unitId }: Readonly<{ cycleId: string; unitId: string }>) {
  const m = useMessages(rectificationMessages);
  const orders = useQuery({
    queryKey: ['rectification-orders', cycleId, 'unit', unitId],
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/rectification-orders', { params: { path: { cycleId }, query: { unitId, limit: 200 } } }))).items,
  });
  return (
    <QueryState query={orders} isEmpty={(list) => list.length === 0} emptyText={m.none}>
      {(list) => (
        <Space orientation="vertical" style={{ width: '100%' }}>
          {list.map((order) => (
            <Card
              key={order.orderId}
              size="small"
              data-testid={`order-${order.orderId}`}
              title={
                <Space wrap>
                  <span>{order.orderId}</span>
                  <OrderStatus order={order} />
                  <Typography.Text type={order.overdue ? 'danger' : 'secondary'}>{m.dueOn(formatDate(order.dueAt))}</Typography.Text>
                </Space>
              }
            >
              <Space orientation="vertical" style={{ width: '100%' }}>
                <OrderSteps order={order} />
                {order.status === 'ordered' || order.status === 'planned' ? <StepForm cycleId={cycleId} order={order} /> : null}
                {order.status === 'accepted' && <Typography.Text type="success">{m.acceptedNote}</Typography.Text>}
              </Space>
            </Card>
          ))}
        </Space>
      )}
    </QueryState>
  );
}
