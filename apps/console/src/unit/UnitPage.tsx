import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, Input, Row, Select, Space, Table, Tabs, Tag, Typography, type UploadFile } from 'antd';
import { api, idempotencyHeader, ok } from '../api/client';
import { currentSession } from '../auth/session';
import { useCycle } from '../common/cycle';
import { useScheme, useUnits } from '../common/cycles-query';
import { EvidenceFiles, evidenceOfPicked } from '../common/EvidenceFiles';
import { EvidenceList } from '../trace/EventCard';
import { useApiErrors } from '../common/forms';
import { labelText } from '../common/label';
import { deadlineName, nodeName, proposalTermsText, ruleLabel } from '../common/outline';
import { commonMessages } from '../common/messages';
import { QueryState } from '../common/QueryState';
import { ReasonButton } from '../common/ReasonButton';
import { formatDate, formatDateTime, useLang, useMessages } from '../i18n/i18n';
import { ExplanationTree } from '../office/ExplanationDrawer';
import { officeMessages, textFor } from '../office/messages';
import { UnitPlanForm } from '../plan/EvaluationPlan';
import { planMessages } from '../plan/messages';
import { UnitRectification } from '../rectification/UnitRectification';
import { unitMessages } from './messages';

const STATUS_COLOR: Readonly<Record<string, string>> = { submitted: 'green', pending: 'blue', overdue: 'red', missing: 'orange' };

function SelfAssessmentForm({ cycleId, unitId }: Readonly<{ cycleId: string; unitId: string }>) {
  const m = useMessages(unitMessages);
  const { lang } = useLang();
  const scheme = useScheme(cycleId);
  const [form] = Form.useForm<{ period?: string; selfScore?: string; narrative: string }>();
  const errors = useApiErrors(form);
  const { message } = App.useApp();
  const submit = useMutation({
    mutationFn: (body: { period?: string; selfScore?: string; narrative: string }) =>
      ok(api.POST('/cycles/{cycleId}/units/{unitId}/self-assessments', { params: { path: { cycleId, unitId }, header: idempotencyHeader() }, body })),
    onSuccess: () => {
      errors.clear();
      form.resetFields();
      void message.success(m.submitted);
    },
    onError: errors.show,
  });
  return (
    <>
      {errors.alert}
      <Form form={form} layout="vertical" onFinish={(v) => submit.mutate(v)}>
        <Form.Item name="period" label={m.period}>
          <Select allowClear options={(scheme.data?.outline?.periods ?? []).map((p) => ({ value: p.id, label: labelText(p.label, lang, p.id) }))} />
        </Form.Item>
        <Form.Item name="selfScore" label={m.selfScore}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="narrative" label={m.narrative} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {m.submit}
        </Button>
      </Form>
    </>
  );
}

function BonusClaimForm({ cycleId, unitId, categoryId }: Readonly<{ cycleId: string; unitId: string; categoryId: string | undefined }>) {
  const m = useMessages(unitMessages);
  const { lang } = useLang();
  const scheme = useScheme(cycleId);
  const rules = scheme.data?.outline?.categories.find((c) => c.id === categoryId)?.bonusRules ?? [];
  type Claim = { ruleId: string; what: string; document: string; count?: string; amount?: string; files?: UploadFile[] };
  const [form] = Form.useForm<Claim>();
  // A rule that fixes no points (an award whose points the office sets per case) asks for the amount claimed.
  const ruleId = Form.useWatch('ruleId', form);
  const chosen = rules.find((r) => r.id === ruleId);
  const amountAsked = chosen !== undefined && chosen.points === null;
  const errors = useApiErrors(form);
  const client = useQueryClient();
  const { message } = App.useApp();
  const submit = useMutation({
    // The award document's scan or photo, if attached, goes up first and travels as the claim's evidence.
    mutationFn: async ({ files, ...claim }: Claim) => {
      const evidence = await evidenceOfPicked(files);
      return ok(
        api.POST('/cycles/{cycleId}/bonus-claims', {
          params: { path: { cycleId }, header: idempotencyHeader() },
          body: { ...claim, unitId, proposalId: `b-${crypto.randomUUID().slice(0, 8)}`, ...evidence },
        }),
      );
    },
    onSuccess: async () => {
      errors.clear();
      form.resetFields();
      await client.invalidateQueries();
      void message.success(m.submitted);
    },
    onError: errors.show,
  });
  return (
    <>
      {errors.alert}
      <Form form={form} layout="vertical" onFinish={(v) => submit.mutate(v)}>
        <Form.Item name="ruleId" label={m.bonusRule} rules={[{ required: true }]}>
          <Select options={rules.map((r) => ({ value: r.id, label: ruleLabel(r, lang, '+') }))} />
        </Form.Item>
        {amountAsked && (
          <Form.Item name="amount" label={m.bonusAmount} extra={m.bonusAmountHint} rules={[{ required: true, message: m.bonusAmountHint }]}>
            <Input inputMode="decimal" placeholder="1.5" data-testid="bonus-amount" />
          </Form.Item>
        )}
        <Form.Item name="count" label={m.bonusCount} extra={m.bonusCountHint}>
          <Input inputMode="numeric" placeholder="1" />
        </Form.Item>
        <Form.Item name="what" label={m.what} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="document" label={m.document} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <EvidenceFiles name="files" label={m.documentFiles} addLabel={m.addDocumentFile} accept="image/*,application/pdf" testId="bonus-files" />
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {m.submit}
        </Button>
      </Form>
    </>
  );
}

/** The unit reporter's page: my score now and why, what is due, my deductions (appeal one), self-assessment, bonus claim. */
export default function UnitPage() {
  const m = useMessages(unitMessages);
  const pm = useMessages(planMessages);
  const o = useMessages(officeMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLang();
  const { cycleId } = useCycle();
  const unitId = currentSession()?.scope.unitId ?? '';
  const units = useUnits(cycleId);
  const unit = units.data?.find((u) => u.unitId === unitId);
  const outline = useScheme(cycleId).data?.outline ?? undefined;
  const explained = useQuery({
    queryKey: ['explained-score', cycleId, unitId],
    enabled: cycleId !== undefined,
    queryFn: () => ok(api.GET('/cycles/{cycleId}/units/{unitId}/explained-score', { params: { path: { cycleId: cycleId ?? '', unitId } } })),
  });
  const due = useQuery({
    queryKey: ['submission-status', cycleId, unitId],
    enabled: cycleId !== undefined,
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/submission-status', { params: { path: { cycleId: cycleId ?? '' }, query: { unitId } } }))).items.filter((i) => i.status !== 'submitted'),
  });
  const deductions = useQuery({
    queryKey: ['review-queue', cycleId, unitId, 'approved'],
    enabled: cycleId !== undefined,
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/proposals', { params: { path: { cycleId: cycleId ?? '' }, query: { status: 'approved', kind: 'deduction', unitId, limit: 500 } } }))).items,
  });
  if (cycleId === undefined) return <p>{c.noCycle}</p>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>
        {m.title}：{unit?.name ?? unitId}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={m.scoreNow}>
            <ExplanationTree query={explained} lang={lang} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Card size="small" title={m.due}>
              <QueryState query={due} isEmpty={(list) => list.length === 0} emptyText={m.nothingDue}>
                {(list) => (
                  <Table
                    size="small"
                    rowKey={(r) => `${r.deadlineId}/${r.indicatorId ?? ''}/${r.period}`}
                    dataSource={list}
                    pagination={{ pageSize: 10 }}
                    columns={[
                      {
                        title: m.deadline,
                        key: 'd',
                        render: (_, r) => (
                          <span title={r.deadlineId}>
                            {deadlineName(r, outline, lang)}
                            {r.indicatorId === null ? '' : ` · ${nodeName(outline, r.indicatorId, lang)}`}
                          </span>
                        ),
                      },
                      { title: m.dueAt, dataIndex: 'dueAt', render: (v: string) => formatDate(v) },
                      { title: m.status, dataIndex: 'status', render: (s: string) => <Tag color={STATUS_COLOR[s]}>{textFor(o, `itemStatus.${s}`, s)}</Tag> },
                    ]}
                  />
                )}
              </QueryState>
            </Card>
            <Card size="small" title={m.deductions}>
              <QueryState query={deductions} isEmpty={(list) => list.length === 0} emptyText={m.noDeductions}>
                {(list) => (
                  <Table
                    data-testid="unit-deductions"
                    size="small"
                    rowKey="proposalId"
                    dataSource={list}
                    pagination={false}
                    columns={[
                      { title: m.what, dataIndex: 'what' },
                      { title: m.rule, key: 'rule', render: (_, p) => proposalTermsText({ outline, categoryId: unit?.categoryId, kind: p.kind, terms: p.terms }, lang, c.times) },
                      { title: o.when, key: 'at', render: (_, p) => formatDateTime(p.recorded.at) },
                      { title: o.evidence, key: 'evidence', render: (_, p) => (p.evidence.length === 0 ? '—' : <EvidenceList evidence={p.evidence} />) },
                      {
                        title: '',
                        key: 'appeal',
                        render: (_, p) => (
                          <ReasonButton<{ reason: string; files?: UploadFile[] }>
                            label={m.appeal}
                            title={m.appealTitle(p.what)}
                            testId={`appeal-${p.proposalId}`}
                            // The unit's statement and documents go up first and travel as the appeal's evidence.
                            extra={<EvidenceFiles name="files" label={m.appealFiles} addLabel={m.addDocumentFile} accept="image/*,application/pdf" testId={`appeal-files-${p.proposalId}`} />}
                            run={async (v) => {
                              const evidence = await evidenceOfPicked(v.files);
                              return ok(
                                api.POST('/cycles/{cycleId}/appeals', {
                                  params: { path: { cycleId }, header: idempotencyHeader() },
                                  body: {
                                    appealId: `a-${p.proposalId}`,
                                    unitId,
                                    against: { kind: 'proposal', proposalId: p.proposalId },
                                    grounds: v.reason,
                                    ...evidence,
                                  },
                                }),
                              );
                            }}
                          />
                        ),
                      },
                    ]}
                  />
                )}
              </QueryState>
            </Card>
          </Space>
        </Col>
      </Row>
      <Card size="small">
        <Tabs
          items={[
            { key: 'plan', label: pm.title, children: <UnitPlanForm cycleId={cycleId} unitId={unitId} status={unit?.planStatus ?? 'none'} /> },
            { key: 'self', label: m.selfAssessment, children: <SelfAssessmentForm cycleId={cycleId} unitId={unitId} /> },
            { key: 'bonus', label: m.bonusClaim, children: <BonusClaimForm cycleId={cycleId} unitId={unitId} categoryId={unit?.categoryId ?? undefined} /> },
            { key: 'rectification', label: m.rectification, children: <UnitRectification cycleId={cycleId} unitId={unitId} /> },
          ]}
        />
      </Card>
    </Space>
  );
}
