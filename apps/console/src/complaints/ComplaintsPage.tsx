import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Radio, Select, Space, Table, Tag, Typography, type UploadFile } from 'antd';
import { useState } from 'react';
import { api, idempotencyHeader, ok } from '../api/client';
import type { GetAnswer } from '../api/types';
import { currentSession } from '../auth/session';
import { useCycle } from '../common/cycle';
import { useScheme, useUnitNames, useUnits } from '../common/cycles-query';
import { EvidenceFiles, evidenceOfPicked } from '../common/EvidenceFiles';
import { useApiErrors } from '../common/forms';
import { labelText } from '../common/label';
import { commonMessages } from '../common/messages';
import { QueryState } from '../common/QueryState';
import { formatDateTime, useLang, useMessages } from '../i18n/i18n';
import { textFor } from '../office/messages';
import { EvidenceList } from '../trace/EventCard';
import { complaintMessages } from './messages';

type Proposal = GetAnswer<'/cycles/{cycleId}/proposals'>['items'][number];
const STATUS_COLOR: Readonly<Record<string, string>> = { 'under-investigation': 'blue', pending: 'gold', approved: 'red', rejected: 'default', revoked: 'default', 'not-upheld': 'green' };
const COUNT = /^[1-9]\d{0,5}$/;
const DECIMAL = /^-?\d{1,12}(\.\d{1,6})?$/;

type NewComplaint = { unitId: string; summary: string; channel?: string; files?: UploadFile[] };

function RegisterComplaint({ cycleId }: Readonly<{ cycleId: string }>) {
  const m = useMessages(complaintMessages);
  const units = useUnits(cycleId);
  const [form] = Form.useForm<NewComplaint>();
  const errors = useApiErrors(form);
  const client = useQueryClient();
  const { message } = App.useApp();
  const register = useMutation({
    // The letter or screenshot goes up first and travels as the complaint's evidence.
    mutationFn: async (values: NewComplaint) => {
      const evidence = await evidenceOfPicked(values.files);
      return ok(
        api.POST('/cycles/{cycleId}/complaints', {
          params: { path: { cycleId }, header: idempotencyHeader() },
          body: {
            proposalId: `c-${crypto.randomUUID().slice(0, 8)}`,
            unitId: values.unitId,
            summary: values.summary,
            ...(values.channel === undefined || values.channel === '' ? {} : { channel: values.channel }),
            ...evidence,
          },
        }),
      );
    },
    onSuccess: async () => {
      errors.clear();
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['complaints'] });
      void message.success(m.registered);
    },
    onError: errors.show,
  });
  return (
    <Card size="small" title={m.register}>
      {errors.alert}
      <Form form={form} layout="vertical" onFinish={(values) => register.mutate(values)} data-testid="register-complaint">
        <Space wrap align="start">
          <Form.Item name="unitId" label={m.unit} rules={[{ required: true }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} style={{ width: 200 }} data-testid="complaint-unit" options={(units.data ?? []).map((u) => ({ value: u.unitId, label: u.name }))} />
          </Form.Item>
          <Form.Item name="channel" label={m.channel} tooltip={m.channelHelp}>
            <Input style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Form.Item name="summary" label={m.summary} rules={[{ required: true }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <EvidenceFiles name="files" label={m.complaintFiles} addLabel={m.addFile} accept="image/*,application/pdf" testId="complaint-files" />
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          {m.register}
        </Button>
      </Form>
    </Card>
  );
}

type Finding = { upheld: boolean; findings: string; deduction?: { ruleId?: string; count?: string; persons?: string; amount?: string; source?: string }; files?: UploadFile[] };

/** The investigation's outcome: upheld with the deduction it proposes, or not upheld. */
function FindingDialog({ cycleId, complaint, onClose }: Readonly<{ cycleId: string; complaint: Proposal | null; onClose: () => void }>) {
  const m = useMessages(complaintMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLang();
  const scheme = useScheme(cycleId);
  const units = useUnits(cycleId);
  const [form] = Form.useForm<Finding>();
  const errors = useApiErrors(form);
  const client = useQueryClient();
  const { message } = App.useApp();
  const upheld = Form.useWatch('upheld', form);
  const categoryId = units.data?.find((u) => u.unitId === complaint?.unitId)?.categoryId;
  const rules = scheme.data?.outline?.categories.find((cat) => cat.id === categoryId)?.deductionRules ?? [];
  const record = useMutation({
    // The investigation's record goes with the finding: the committee reviews the deduction on it.
    mutationFn: async (values: Finding) => {
      const d = values.deduction ?? {};
      const deduction = Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined && v !== ''));
      const evidence = await evidenceOfPicked(values.files);
      return ok(
        api.POST('/cycles/{cycleId}/complaints/{proposalId}/finding', {
          params: { path: { cycleId, proposalId: complaint?.proposalId ?? '' }, header: idempotencyHeader() },
          body: { unitId: complaint?.unitId ?? '', upheld: values.upheld, findings: values.findings, ...(values.upheld ? { deduction } : {}), ...evidence },
        }),
      );
    },
    onSuccess: async () => {
      errors.clear();
      form.resetFields();
      onClose();
      await client.invalidateQueries({ queryKey: ['complaints'] });
      void message.success(m.findingRecorded);
    },
    onError: errors.show,
  });
  return (
    <Modal
      open={complaint !== null}
      title={m.findingTitle(complaint?.what ?? '')}
      okText={c.submit}
      cancelText={c.cancel}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      {errors.alert}
      <Form form={form} layout="vertical" onFinish={(values) => record.mutate(values)} initialValues={{ upheld: true, deduction: { source: currentSession()?.scope.providerId } }}>
        <Form.Item name="upheld" label={m.upheld} rules={[{ required: true }]}>
          <Radio.Group options={[{ value: true, label: m.upheldYes }, { value: false, label: m.upheldNo }]} />
        </Form.Item>
        <Form.Item name="findings" label={m.findings} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <EvidenceFiles name="files" label={m.findingFiles} addLabel={m.addFile} accept="image/*,application/pdf" testId="finding-files" />
        {upheld !== false && (
          <>
            <Form.Item name={['deduction', 'ruleId']} label={m.rule} rules={[{ required: true }]}>
              <Select
                data-testid="finding-rule"
                options={rules.map((r) => ({ value: r.id, label: `${labelText(r.label, lang, r.id)}${r.points === null ? '' : `（${r.points}${r.per === 'person' ? ' / 人' : ''}）`}` }))}
              />
            </Form.Item>
            <Space wrap>
              <Form.Item name={['deduction', 'count']} label={m.count} rules={[{ pattern: COUNT, message: m.notWhole }]}>
                <Input inputMode="numeric" style={{ width: 100 }} />
              </Form.Item>
              <Form.Item name={['deduction', 'persons']} label={m.persons} rules={[{ pattern: COUNT, message: m.notWhole }]}>
                <Input inputMode="numeric" style={{ width: 100 }} />
              </Form.Item>
              <Form.Item name={['deduction', 'amount']} label={m.amount} tooltip={m.amountHelp} rules={[{ pattern: DECIMAL, message: m.notDecimal }]}>
                <Input inputMode="decimal" style={{ width: 100 }} />
              </Form.Item>
            </Space>
            <Form.Item name={['deduction', 'source']} label={m.source}>
              <Select allowClear data-testid="finding-source" options={(scheme.data?.outline?.sources ?? []).map((s) => ({ value: s.id, label: labelText(s.label, lang, s.id) }))} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

/** The complaint handler's 投诉: register complaints, record each investigation's outcome, follow what became of it. */
export default function ComplaintsPage() {
  const m = useMessages(complaintMessages);
  const c = useMessages(commonMessages);
  const { cycleId } = useCycle();
  const nameOf = useUnitNames(cycleId);
  const [finding, setFinding] = useState<Proposal | null>(null);
  const mine = useQuery({
    queryKey: ['complaints', cycleId],
    enabled: cycleId !== undefined,
    // A complaint handler reads the proposals it recorded (the API scopes it).
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/proposals', { params: { path: { cycleId: cycleId ?? '' }, query: { kind: 'deduction', limit: 500 } } }))).items,
  });
  if (cycleId === undefined) return <Typography.Paragraph>{c.noCycle}</Typography.Paragraph>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{m.title}</Typography.Title>
      <RegisterComplaint cycleId={cycleId} />
      <Card size="small" title={m.mine}>
        <QueryState query={mine} isEmpty={(list) => list.length === 0} emptyText={m.none}>
          {(list) => (
            <Table
              size="small"
              rowKey="proposalId"
              data-testid="my-complaints"
              dataSource={list}
              pagination={{ pageSize: 20 }}
              columns={[
                { title: m.unit, dataIndex: 'unitId', render: (unitId: string) => nameOf(unitId) },
                { title: m.summary, dataIndex: 'what' },
                { title: m.since, key: 'since', render: (_, p) => formatDateTime(p.recorded.at) },
                { title: m.evidence, key: 'evidence', render: (_, p) => (p.evidence.length === 0 ? '—' : <EvidenceList evidence={p.evidence} />) },
                { title: m.status, dataIndex: 'status', render: (s: string) => <Tag color={STATUS_COLOR[s]}>{textFor(m, `status.${s}`, s)}</Tag> },
                {
                  title: c.actions,
                  key: 'actions',
                  render: (_, p) =>
                    p.status === 'under-investigation' ? (
                      <Button size="small" onClick={() => setFinding(p)} data-testid={`finding-${p.proposalId}`}>
                        {m.recordFinding}
                      </Button>
                    ) : null,
                },
              ]}
            />
          )}
        </QueryState>
      </Card>
      <FindingDialog cycleId={cycleId} complaint={finding} onClose={() => setFinding(null)} />
    </Space>
  );
}
