import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Form, Input, Row, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, idempotencyHeader, ok } from '../api/client';
import { useCycle } from '../common/cycle';
import { useCycleSummary, useScheme, useUnits } from '../common/cycles-query';
import { useApiErrors } from '../common/forms';
import { labelText } from '../common/label';
import { commonMessages, deadlineKindText } from '../common/messages';
import { leafPeriods, leavesOf, nodeName, periodName } from '../common/outline';
import { formatDate, formatDateTime, useLang, useMessages } from '../i18n/i18n';
import { officeMessages, textFor } from '../office/messages';
import { ImportPanel } from '../spreadsheets/ImportPanel';
import { surveyMessages } from './messages';

const DECIMAL = /^\d{1,3}(\.\d{1,6})?$/;
const WHOLE = /^\d{1,9}$/;

type Values = { unitId: string; indicatorId: string; period?: string; rate?: string; sampleSize?: string; counts?: Record<string, string | undefined> };
type Mode = 'counts' | 'rate';
type Owed = Readonly<{ unitId: string; indicatorId: string | null; status: string }>;
const STATUS_COLOR: Readonly<Record<string, string>> = { pending: 'blue', overdue: 'red', missing: 'red' };
/** A result recorded in this session, with its names as they read when it was recorded (the cycle may have changed since). */
type Recorded = Readonly<{ unitId: string; unit: string; indicator: string; period: string; result: string; sampleSize: string; at: string }>;

/** The counts given, level by level (empty cells left out). */
const givenCounts = (counts: Values['counts']): Record<string, string> =>
  Object.fromEntries(Object.entries(counts ?? {}).flatMap(([level, count]) => (count === undefined || count.trim() === '' ? [] : [[level, count.trim()]])));

/** The respondents a set of counts adds up to (whole numbers as strings; BigInt keeps them exact). */
const respondents = (counts: Readonly<Record<string, string>>): string => String(Object.values(counts).reduce((sum, count) => sum + (WHOLE.test(count) ? BigInt(count) : 0n), 0n));

/**
 * The survey office's 满意度调查: per survey indicator and period, the answers counted per satisfaction
 * level of the scheme's scale (满意 / 基本满意 / 不满意 …) or, where the scheme has no levels, the
 * satisfaction rate; with the sample size; and the survey deadlines.
 */
export default function SurveysPage() {
  const m = useMessages(surveyMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLang();
  const { cycleId } = useCycle();
  const scheme = useScheme(cycleId);
  const cycle = useCycleSummary(cycleId);
  const units = useUnits(cycleId);
  const outline = scheme.data?.outline ?? undefined;
  const [form] = Form.useForm<Values>();
  const errors = useApiErrors(form);
  const { message } = App.useApp();
  const [recorded, setRecorded] = useState<readonly Recorded[]>([]);
  const o = useMessages(officeMessages);
  const client = useQueryClient();
  // Who still owes each survey deadline (the API gives the survey office these rows only).
  const owing = useQuery({
    queryKey: ['submission-status', cycleId, 'survey'],
    enabled: cycleId !== undefined,
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/submission-status', { params: { path: { cycleId: cycleId ?? '' }, query: { kind: 'survey' } } }))).items,
  });
  const itemsOf = (deadlineId: string) => (owing.data ?? []).filter((item) => item.deadlineId === deadlineId);
  const unitId = Form.useWatch('unitId', form);
  const indicatorId = Form.useWatch('indicatorId', form);
  // Only units of a category with a survey indicator are surveyed.
  const surveyed = (categoryId: string | null) => categoryId !== null && leavesOf(outline, categoryId, 'survey').length > 0;
  const categoryId = units.data?.find((u) => u.unitId === unitId)?.categoryId ?? undefined;
  const leaves = categoryId === undefined ? [] : leavesOf(outline, categoryId, 'survey');
  const periods = leafPeriods(outline, categoryId, indicatorId);
  // The scale's levels of the chosen indicator: counts are recorded per level.
  const levels = leaves.find((l) => l.id === indicatorId)?.levels ?? [];
  const [chosenMode, setMode] = useState<Mode>('counts');
  const mode: Mode = levels.length === 0 ? 'rate' : chosenMode;
  const counts = givenCounts(Form.useWatch('counts', form));
  const levelName = (id: string) => labelText(levels.find((l) => l.id === id)?.label, lang, id);
  const unitName = (id: string) => units.data?.find((u) => u.unitId === id)?.name ?? id;
  const periodText = (id: string | undefined) => (id === undefined ? '—' : periodName(outline, id, lang));
  const record = useMutation({
    mutationFn: (values: Values) => {
      const given = givenCounts(values.counts);
      const result = mode === 'counts' ? { counts: given, sampleSize: respondents(given) } : { rate: values.rate ?? '', sampleSize: values.sampleSize ?? '' };
      return ok(
        api.POST('/cycles/{cycleId}/units/{unitId}/surveys', {
          params: { path: { cycleId: cycleId ?? '', unitId: values.unitId }, header: idempotencyHeader() },
          body: { indicatorId: values.indicatorId, ...result, ...(values.period === undefined ? {} : { period: values.period }) },
        }),
      );
    },
    onSuccess: async (_, values) => {
      errors.clear();
      await client.invalidateQueries({ queryKey: ['submission-status', cycleId] });
      const given = givenCounts(values.counts);
      const result =
        mode === 'counts' ? { result: Object.entries(given).map(([level, count]) => `${levelName(level)} ${count}`).join('，'), sampleSize: respondents(given) } : { result: `${values.rate ?? ''}%`, sampleSize: values.sampleSize ?? '' };
      // An indicator surveyed for one period only (the year) is recorded for it without choosing it: say which.
      const period = values.period ?? (periods.length === 1 ? periods[0] : undefined);
      const named = { unitId: values.unitId, unit: unitName(values.unitId), indicator: nodeName(outline, values.indicatorId, lang), period: periodText(period) };
      setRecorded((list) => [{ ...named, ...result, at: new Date().toISOString() }, ...list]);
      form.resetFields(['rate', 'sampleSize', 'counts']);
      void message.success(m.recorded);
    },
    onError: errors.show,
  });
  if (cycleId === undefined) return <Typography.Paragraph>{c.noCycle}</Typography.Paragraph>;
  const deadlines = (cycle.data?.deadlines ?? []).filter((d) => d.kind === 'survey');
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{m.title}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card size="small" title={m.record}>
            {errors.alert}
            <Form form={form} layout="vertical" onFinish={(values) => record.mutate(values)} data-testid="record-survey">
              <Form.Item name="unitId" label={m.unit} rules={[{ required: true }]}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  data-testid="survey-unit"
                  options={(units.data ?? []).filter((u) => surveyed(u.categoryId)).map((u) => ({ value: u.unitId, label: u.name }))}
                  onChange={() => form.setFieldsValue({ indicatorId: undefined, period: undefined })}
                />
              </Form.Item>
              <Form.Item name="indicatorId" label={m.indicator} rules={[{ required: true }]}>
                <Select data-testid="survey-indicator" options={leaves.map((l) => ({ value: l.id, label: labelText(l.label, lang, l.id) }))} onChange={() => form.setFieldsValue({ period: undefined })} />
              </Form.Item>
              <Form.Item name="period" label={m.period} rules={[{ required: periods.length > 1 }]}>
                <Select data-testid="survey-period" options={periods.map((p) => ({ value: p, label: periodText(p) }))} placeholder={periods.length === 1 ? periodText(periods[0]) : undefined} />
              </Form.Item>
              {levels.length > 0 && (
                <Form.Item label={m.how}>
                  <Segmented<Mode> value={mode} onChange={setMode} options={[{ value: 'counts', label: m.byCounts }, { value: 'rate', label: m.byRate }]} data-testid="survey-mode" />
                </Form.Item>
              )}
              {mode === 'counts' ? (
                <>
                  <Space wrap align="start" data-testid="survey-counts">
                    {levels.map((level) => (
                      <Form.Item key={level.id} name={['counts', level.id]} label={m.countOf(labelText(level.label, lang, level.id))} rules={[{ pattern: WHOLE, message: m.notWhole }]}>
                        <Input inputMode="numeric" style={{ width: 120 }} />
                      </Form.Item>
                    ))}
                  </Space>
                  <Typography.Paragraph data-testid="survey-respondents">{m.respondents(respondents(counts))}</Typography.Paragraph>
                </>
              ) : (
                <Space wrap align="start">
                  <Form.Item name="rate" label={m.rate} tooltip={m.rateHelp} rules={[{ required: true }, { pattern: DECIMAL, message: m.notDecimal }]}>
                    <Input inputMode="decimal" style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name="sampleSize" label={m.sampleSize} rules={[{ required: true }, { pattern: WHOLE, message: m.notWhole }]}>
                    <Input inputMode="numeric" style={{ width: 140 }} />
                  </Form.Item>
                </Space>
              )}
              <Button type="primary" htmlType="submit" loading={record.isPending}>
                {m.record}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={m.due}>
            <Table
              size="small"
              data-testid="survey-due"
              rowKey="id"
              dataSource={deadlines}
              pagination={false}
              locale={{ emptyText: m.noSurveys }}
              // Each deadline opens to the units that still owe it; 录入 puts one in the form.
              expandable={{
                rowExpandable: (d) => itemsOf(d.id).length > 0,
                expandedRowRender: (d) => {
                  const owed: readonly Owed[] = itemsOf(d.id).filter((item) => item.status !== 'submitted');
                  return owed.length === 0 ? (
                    <Typography.Text type="secondary">{m.allDone}</Typography.Text>
                  ) : (
                    <Table
                      size="small"
                      rowKey={(item) => `${item.unitId}/${item.indicatorId ?? ''}`}
                      data-testid={`survey-owed-${d.id}`}
                      dataSource={[...owed]}
                      pagination={owed.length > 10 ? { pageSize: 10 } : false}
                      columns={[
                        { title: m.owed, dataIndex: 'unitId', render: (id: string) => unitName(id) },
                        { title: m.indicator, dataIndex: 'indicatorId', render: (id: string | null) => (id === null ? '—' : nodeName(outline, id, lang)) },
                        { title: '', dataIndex: 'status', render: (s: string) => <Tag color={STATUS_COLOR[s]}>{textFor(o, `itemStatus.${s}`, s)}</Tag> },
                        {
                          title: '',
                          key: 'fill',
                          render: (_, item) => (
                            <Button
                              size="small"
                              data-testid={`survey-fill-${d.id}-${item.unitId}`}
                              onClick={() => form.setFieldsValue({ unitId: item.unitId, indicatorId: item.indicatorId ?? undefined, period: d.period ?? undefined })}
                            >
                              {m.fill}
                            </Button>
                          ),
                        },
                      ]}
                    />
                  );
                },
              }}
              columns={[
                // What the deadline asks for; its period has the next column (not said twice).
                { title: m.deadline, dataIndex: 'id', render: (id: string, d) => <span title={id}>{deadlineKindText(d.kind, lang)}</span> },
                { title: m.period, dataIndex: 'period', render: (p: string | null) => periodText(p ?? undefined) },
                { title: m.dueAt, dataIndex: 'dueAt', render: (d: string) => formatDate(d) },
                {
                  title: m.progress,
                  key: 'progress',
                  render: (_, d) => {
                    const items = itemsOf(d.id);
                    return <span data-testid={`survey-progress-${d.id}`}>{`${items.filter((item) => item.status === 'submitted').length} / ${items.length}`}</span>;
                  },
                },
                { title: '', dataIndex: 'passed', render: (passed: boolean) => (passed ? <Tag color="red">{m.passed}</Tag> : <Tag>{m.open}</Tag>) },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Card size="small" title={m.thisSession}>
        <Table
          size="small"
          rowKey={(r) => `${r.at}/${r.unitId}`}
          data-testid="surveys-recorded"
          dataSource={recorded}
          pagination={false}
          locale={{ emptyText: m.noneYet }}
          columns={[
            { title: m.unit, dataIndex: 'unit' },
            { title: m.indicator, dataIndex: 'indicator' },
            { title: m.period, dataIndex: 'period' },
            { title: m.result, dataIndex: 'result' },
            { title: m.sampleSize, dataIndex: 'sampleSize' },
            { title: '', dataIndex: 'at', render: formatDateTime },
          ]}
        />
      </Card>
      <ImportPanel cycleId={cycleId} kind="surveys" />
    </Space>
  );
}
