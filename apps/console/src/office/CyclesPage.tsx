import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, InputNumber, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, ApiFailure, idempotencyHeader, ok } from '../api/client';
import { currentSession } from '../auth/session';
import { useCycle } from '../common/cycle';
import { useCycleList } from '../common/cycles-query';
import { useApiErrors } from '../common/forms';
import { QueryState } from '../common/QueryState';
import { formatDateTime, useMessages } from '../i18n/i18n';
import { officeMessages, textFor } from './messages';

type NewCycle = { cycleId: string; year: number; name: string };

function CreateCycle() {
  const m = useMessages(officeMessages);
  const [form] = Form.useForm<NewCycle>();
  const errors = useApiErrors(form);
  const client = useQueryClient();
  const { setCycleId } = useCycle();
  const { message } = App.useApp();
  const create = useMutation({
    mutationFn: (values: NewCycle) => ok(api.POST('/cycles', { params: { header: idempotencyHeader() }, body: values })),
    onSuccess: async (_, values) => {
      errors.clear();
      form.resetFields();
      setCycleId(values.cycleId);
      await client.invalidateQueries({ queryKey: ['cycles'] });
      void message.success(m.created);
    },
    onError: errors.show,
  });
  return (
    <Card title={m.newCycle} size="small">
      {errors.alert}
      <Form form={form} layout="inline" onFinish={(values) => create.mutate(values)} initialValues={{ year: new Date().getFullYear() }}>
        <Form.Item name="cycleId" label={m.cycleId} tooltip={m.cycleIdHelp} rules={[{ required: true }]}>
          <Input style={{ width: 180 }} />
        </Form.Item>
        <Form.Item name="year" label={m.year} rules={[{ required: true }]}>
          <InputNumber style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="name" label={m.name} rules={[{ required: true }]}>
          <Input style={{ width: 260 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {m.newCycle}
        </Button>
      </Form>
    </Card>
  );
}

/** Upload a scheme file: published, or every problem listed at its path. */
function SchemeUpload({ cycleId, amend }: Readonly<{ cycleId: string; amend: boolean }>) {
  const m = useMessages(officeMessages);
  const client = useQueryClient();
  const { message } = App.useApp();
  const [problems, setProblems] = useState<ApiFailure | null>(null);
  const [reason, setReason] = useState('');
  const publish = useMutation({
    mutationFn: async (file: File) => {
      const schemeYaml = await file.text();
      const header = idempotencyHeader();
      return amend
        ? ok(api.POST('/cycles/{cycleId}/scheme/amendments', { params: { path: { cycleId }, header }, body: { schemeYaml, reason } }))
        : ok(api.POST('/cycles/{cycleId}/scheme', { params: { path: { cycleId }, header }, body: { schemeYaml } }));
    },
    onSuccess: async () => {
      setProblems(null);
      await client.invalidateQueries();
      void message.success(m.schemePublished);
    },
    onError: (error) => setProblems(error instanceof ApiFailure ? error : new ApiFailure(0, { statusCode: 0, code: 'network', message: String(error) })),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {amend && <Input placeholder={m.decisionReason} value={reason} onChange={(e) => setReason(e.target.value)} aria-label="reason" />}
      <Upload
        accept=".yaml,.yml"
        showUploadList={false}
        beforeUpload={(file) => {
          publish.mutate(file);
          return false;
        }}
      >
        <Button loading={publish.isPending} data-testid={`scheme-upload-${cycleId}`}>
          {amend ? m.amendScheme : m.uploadScheme}
        </Button>
      </Upload>
      {problems !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={problems.fieldDetails.length > 0 ? m.schemeProblems(problems.fieldDetails.length) : problems.message}
          description={
            problems.fieldDetails.length > 0 ? (
              <Table
                size="small"
                pagination={false}
                rowKey={(d) => `${d.path}|${d.rule}|${d.message}`}
                dataSource={problems.fieldDetails}
                columns={[
                  { title: m.problemPath, dataIndex: 'path', render: (path: string) => <Typography.Text code>{path}</Typography.Text> },
                  { title: m.problem, dataIndex: 'message' },
                ]}
              />
            ) : undefined
          }
        />
      )}
    </Space>
  );
}

export default function CyclesPage() {
  const m = useMessages(officeMessages);
  const cycles = useCycleList();
  const { cycleId, setCycleId } = useCycle();
  const isOffice = currentSession()?.role === 'office';
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{m.cyclesTitle}</Typography.Title>
      {isOffice && <CreateCycle />}
      <QueryState query={cycles} isEmpty={(list) => list.length === 0}>
        {(list) => (
          <Table
            rowKey="cycleId"
            dataSource={list}
            pagination={false}
            rowClassName={(row) => (row.cycleId === cycleId ? 'ant-table-row-selected' : '')}
            onRow={(row) => ({ onClick: () => setCycleId(row.cycleId) })}
            expandable={
              isOffice
                ? { expandedRowRender: (row) => <SchemeUpload cycleId={row.cycleId} amend={row.schemeVersion !== null} />, rowExpandable: () => true }
                : undefined
            }
            columns={[
              { title: m.year, dataIndex: 'year', width: 80 },
              { title: m.name, dataIndex: 'name' },
              { title: m.cycleId, dataIndex: 'cycleId' },
              { title: m.scheme, dataIndex: 'schemeVersion', render: (v: number | null) => (v === null ? <Tag>{m.noScheme}</Tag> : <Tag color="green">{m.schemeVersion(v)}</Tag>) },
              {
                title: m.openPhases,
                dataIndex: 'openPhases',
                render: (phases: readonly string[]) => phases.map((p) => <Tag key={p} color="blue">{textFor(m, `phase.${p}`, p)}</Tag>),
              },
              { title: m.created, dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
            ]}
          />
        )}
      </QueryState>
    </Space>
  );
}
