import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Form, Input, Select, Space, Tag, Timeline, Typography, type UploadFile } from 'antd';
import { api, idempotencyHeader, ok } from '../api/client';
import { EvidenceFiles, documentsOf } from '../common/EvidenceFiles';
import { ReasonButton } from '../common/ReasonButton';
import { useApiErrors } from '../common/forms';
import { useCycleSummary } from '../common/cycles-query';
import { formatDateTime, useMessages } from '../i18n/i18n';
import { textFor } from '../office/messages';
import { shellMessages } from '../shell/messages';
import { EvidenceList } from '../trace/EventCard';
import { planMessages } from './messages';

const PLAN_EVENTS = ['EvaluationPlanSubmitted', 'EvaluationPlanApproved', 'EvaluationPlanReturned'];
const STATUS_COLOR: Readonly<Record<string, string>> = { none: 'default', submitted: 'blue', approved: 'green', returned: 'orange' };

/** One step of a unit's plan: who submitted, approved or returned it, when, why, with what. */
type PlanStep = Readonly<{ eventId: string; type: string; summary: string | null; documents: readonly string[]; reason: string | null; actorId: string; role: string; recordedAt: string }>;

const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const textsOf = (value: unknown): readonly string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The plan's steps, from the unit's audit trail (the log is where the plan's text lives). */
const usePlanSteps = (cycleId: string, unitId: string) =>
  useQuery({
    queryKey: ['plan-steps', cycleId, unitId],
    queryFn: async (): Promise<readonly PlanStep[]> =>
      (await ok(api.GET('/cycles/{cycleId}/audit-trail/units/{unitId}', { params: { path: { cycleId, unitId } } }))).entries
        .filter((entry) => PLAN_EVENTS.includes(entry.type))
        .map((entry) => ({
          eventId: entry.eventId,
          type: entry.type,
          summary: textOf(entry.data['summary']),
          documents: textsOf(entry.data['documents']),
          reason: entry.reason,
          actorId: entry.actorId,
          role: entry.role,
          recordedAt: entry.recordedAt,
        })),
  });

/** Whether planning is open (plans are submitted and reviewed only then). */
const usePlanningOpen = (cycleId: string): boolean => (useCycleSummary(cycleId).data?.openPhases ?? []).includes('planning');

/** The plan's steps in order; the texts of the submissions too, unless they are shown beside (the office's review shows the latest). */
function PlanSteps({ steps, withTexts = true }: Readonly<{ steps: readonly PlanStep[]; withTexts?: boolean }>) {
  const m = useMessages(planMessages);
  const shell = useMessages(shellMessages);
  if (steps.length === 0) return <Typography.Text type="secondary">{m.noHistory}</Typography.Text>;
  return (
    <Timeline
      data-testid="plan-history"
      items={steps.map((step) => ({
        key: step.eventId,
        color: step.type === 'EvaluationPlanApproved' ? 'green' : step.type === 'EvaluationPlanReturned' ? 'orange' : 'blue',
        children: (
          <Space orientation="vertical" size={2}>
            <span>
              <strong>{textFor(m, `event.${step.type}`, step.type)}</strong> · {m.by(step.actorId, textFor(shell, `role.${step.role}`, step.role))} · {formatDateTime(step.recordedAt)}
            </span>
            {withTexts && step.summary !== null && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{step.summary}</Typography.Paragraph>}
            {step.reason !== null && (
              <Typography.Text type={step.type === 'EvaluationPlanReturned' ? 'warning' : 'secondary'}>
                {m.reason}：{step.reason}
              </Typography.Text>
            )}
            {step.documents.length > 0 && <EvidenceList evidence={step.documents} />}
          </Space>
        ),
      }))}
    />
  );
}

export function PlanStatus({ status }: Readonly<{ status: string }>) {
  const m = useMessages(planMessages);
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="plan-status">
      {textFor(m, `status.${status}`, status)}
    </Tag>
  );
}

type PlanValues = { summary: string; documents?: string[]; files?: UploadFile[] };

/** The unit reporter's evaluation plan (考评方案/工作计划): submit it in planning, read what the office said, submit again when returned. */
export function UnitPlanForm({ cycleId, unitId, status }: Readonly<{ cycleId: string; unitId: string; status: string }>) {
  const m = useMessages(planMessages);
  const steps = usePlanSteps(cycleId, unitId);
  const open = usePlanningOpen(cycleId);
  const [form] = Form.useForm<PlanValues>();
  const errors = useApiErrors(form);
  const client = useQueryClient();
  const { message } = App.useApp();
  const submit = useMutation({
    // The plan's scans go up first; the plan names them, after any document numbers typed.
    mutationFn: async (values: PlanValues) => {
      const documents = await documentsOf(values.documents, values.files);
      return ok(api.POST('/cycles/{cycleId}/units/{unitId}/plan', { params: { path: { cycleId, unitId }, header: idempotencyHeader() }, body: { summary: values.summary, documents } }));
    },
    onSuccess: async () => {
      errors.clear();
      form.resetFields();
      await client.invalidateQueries();
      void message.success(m.submitted);
    },
    onError: errors.show,
  });
  const mayWrite = status === 'none' || status === 'returned';
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="unit-plan">
      <Typography.Text type="secondary">{m.hint}</Typography.Text>
      <span>
        {m.status}：<PlanStatus status={status} />
      </span>
      {!open && <Alert type="info" showIcon title={m.closedNow} />}
      {mayWrite && open && (
        <>
          {errors.alert}
          <Form form={form} layout="vertical" onFinish={(values) => submit.mutate(values)} name="evaluation-plan">
            <Form.Item name="summary" label={m.summary} extra={m.summaryHelp} rules={[{ required: true }]}>
              <Input.TextArea rows={5} />
            </Form.Item>
            <Form.Item name="documents" label={m.documents}>
              <Select mode="tags" open={false} suffixIcon={null} />
            </Form.Item>
            <EvidenceFiles name="files" label={m.files} addLabel={m.addFile} accept="image/*,application/pdf" testId="plan-files" />
            <Button type="primary" htmlType="submit" loading={submit.isPending}>
              {m.submit}
            </Button>
          </Form>
        </>
      )}
      <Typography.Title level={5}>{m.history}</Typography.Title>
      {steps.data !== undefined && <PlanSteps steps={steps.data} />}
    </Space>
  );
}

/** The office's review of a unit's evaluation plan: read it, approve it, or return it with a reason. */
export function PlanReview({ cycleId, unitId, unitName, status, mayReview }: Readonly<{ cycleId: string; unitId: string; unitName: string; status: string; mayReview: boolean }>) {
  const m = useMessages(planMessages);
  const steps = usePlanSteps(cycleId, unitId);
  const open = usePlanningOpen(cycleId);
  const latest = [...(steps.data ?? [])].reverse().find((step) => step.type === 'EvaluationPlanSubmitted');
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="plan-review">
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={m.status}>
          <PlanStatus status={status} />
        </Descriptions.Item>
        {latest !== undefined && (
          <Descriptions.Item label={m.latest}>
            <Typography.Paragraph data-testid="plan-latest" style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{latest.summary}</Typography.Paragraph>
            {latest.documents.length > 0 && <EvidenceList evidence={latest.documents} />}
          </Descriptions.Item>
        )}
      </Descriptions>
      {mayReview && status === 'submitted' && open && (
        <Space>
          <ReasonButton
            label={m.approve}
            title={m.approveTitle(unitName)}
            testId="approve-plan"
            reasonRequired={false}
            run={(v) => ok(api.POST('/cycles/{cycleId}/units/{unitId}/plan/approve', { params: { path: { cycleId, unitId }, header: idempotencyHeader() }, body: v.reason === undefined || v.reason === '' ? {} : { reason: v.reason } }))}
          />
          <ReasonButton
            label={m.returnPlan}
            title={m.returnTitle(unitName)}
            danger
            testId="return-plan"
            run={(v) => ok(api.POST('/cycles/{cycleId}/units/{unitId}/plan/return', { params: { path: { cycleId, unitId }, header: idempotencyHeader() }, body: { reason: v.reason } }))}
          />
        </Space>
      )}
      {steps.data !== undefined && steps.data.length > 0 && <PlanSteps steps={steps.data} withTexts={false} />}
    </Space>
  );
}
