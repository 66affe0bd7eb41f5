import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { api, ok } from '../api/client';
import type { GetAnswer } from '../api/types';
import { CategoryPicker } from '../common/CategoryPicker';
import { useApiErrors } from '../common/forms';
import { useUnitNames } from '../common/cycles-query';
import { useMessages } from '../i18n/i18n';
import { textFor } from '../office/messages';
import { traceMessages } from './messages';

type Verification = GetAnswer<'/audit/cycles/{cycleId}/categories/{categoryId}/publication/verify'>;
type Line = Verification['mismatches'][number]['published'];

const STATUS_COLOR: Readonly<Record<string, string>> = { passed: 'green', failed: 'red', 'not-yet': 'gold' };

/** The seal a 公示 PDF carries in its Subject ("seal <hash>"), read from the file's bytes. */
const sealOfPdf = async (file: File): Promise<string | undefined> => /seal ([0-9a-f]{64})/.exec(new TextDecoder('latin1').decode(await file.arrayBuffer()))?.[1];

const lineText = (line: Line): string => (line === null ? '—' : `${line.total} · ${line.grade} · ${line.rank}`);

/**
 * 核验公示: a category's published results checked against the log (`GET …/publication/verify`):
 * the seal printed on the notice (typed, or read from the PDF), the chains, the signed checkpoint,
 * the table recomputed at its position; each check with what it found, and the lines that differ.
 */
export function PublicationVerifyCard({ cycleId }: Readonly<{ cycleId: string }>) {
  const m = useMessages(traceMessages);
  const nameOf = useUnitNames(cycleId);
  const [categoryId, setCategoryId] = useState<string>();
  const [form] = Form.useForm<{ publishedHash?: string }>();
  const errors = useApiErrors(form);
  const [noSeal, setNoSeal] = useState(false);
  const verify = useMutation({
    mutationFn: (values: { publishedHash?: string }) => {
      const publishedHash = values.publishedHash?.trim();
      return ok(
        api.GET('/audit/cycles/{cycleId}/categories/{categoryId}/publication/verify', {
          params: { path: { cycleId, categoryId: categoryId ?? '' }, query: publishedHash === undefined || publishedHash === '' ? {} : { publishedHash } },
        }),
      );
    },
    onSuccess: () => errors.clear(),
    onError: errors.show,
  });
  const report = verify.data;
  return (
    <Card title={m.publicationTitle} size="small" data-testid="trace-publication">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{m.publicationIntro}</Typography.Text>
        {errors.alert}
        <Form form={form} layout="vertical" onFinish={(values) => verify.mutate(values)}>
          <Form.Item label={m.category}>
            <CategoryPicker cycleId={cycleId} value={categoryId} onChange={setCategoryId} testId="publication-category" />
          </Form.Item>
          <Form.Item name="publishedHash" label={m.printedHash} {...(noSeal ? { validateStatus: 'warning' as const, help: m.noSealInPdf } : {})}>
            <Input data-testid="publication-hash" allowClear style={{ fontFamily: 'monospace' }} />
          </Form.Item>
          <Space wrap>
            <Upload
              accept="application/pdf"
              showUploadList={false}
              beforeUpload={async (file) => {
                const seal = await sealOfPdf(file);
                setNoSeal(seal === undefined);
                if (seal !== undefined) form.setFieldsValue({ publishedHash: seal });
                return false;
              }}
            >
              <Button data-testid="publication-pdf">{m.fromPdf}</Button>
            </Upload>
            <Button type="primary" htmlType="submit" loading={verify.isPending} disabled={categoryId === undefined} data-testid="publication-verify">
              {m.verifyPublication}
            </Button>
          </Space>
        </Form>
        {report !== undefined && (
          <Space orientation="vertical" style={{ width: '100%' }} data-testid="publication-report">
            <Alert type={report.ok ? 'success' : 'error'} showIcon title={report.ok ? m.publicationOk : m.publicationFailed} data-testid={report.ok ? 'publication-ok' : 'publication-failed'} />
            <Table
              size="small"
              rowKey="check"
              showHeader={false}
              pagination={false}
              dataSource={report.checks}
              data-testid="publication-checks"
              columns={[
                { title: '', dataIndex: 'check', render: (check: string) => textFor(m, `check.${check}`, check) },
                { title: '', dataIndex: 'status', render: (status: string) => <Tag color={STATUS_COLOR[status]}>{textFor(m, `status.${status}`, status)}</Tag> },
                { title: '', dataIndex: 'detail' },
              ]}
            />
            <Descriptions size="small" column={1} bordered title={m.sealAsLogged}>
              <Descriptions.Item label={m.asOfPosition}>{report.seal.asOfPosition}</Descriptions.Item>
              <Descriptions.Item label={m.computedEvent}>
                {report.seal.computedEventId} · {m.hash} <Typography.Text code>{report.seal.computedHash}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={m.publishedEvent}>
                {report.seal.publishedEventId} · {m.atPosition(report.seal.publishedPosition)} · {m.hash} <Typography.Text code>{report.seal.publishedHash}</Typography.Text>
              </Descriptions.Item>
            </Descriptions>
            {report.mismatches.length > 0 && (
              <Table
                size="small"
                title={() => m.mismatches}
                rowKey="unitId"
                pagination={false}
                dataSource={report.mismatches}
                data-testid="publication-mismatches"
                columns={[
                  { title: m.unit, dataIndex: 'unitId', render: (unitId: string) => nameOf(unitId) },
                  { title: m.publishedLine, dataIndex: 'published', render: (line: Line) => lineText(line) },
                  { title: m.recomputedLine, dataIndex: 'recomputed', render: (line: Line) => lineText(line) },
                ]}
              />
            )}
          </Space>
        )}
      </Space>
    </Card>
  );
}
