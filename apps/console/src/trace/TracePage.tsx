import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Descriptions, Empty, Popover, Select, Slider, Space, Table, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { api, ok } from '../api/client';
import type { GetAnswer } from '../api/types';
import { CategoryPicker } from '../common/CategoryPicker';
import { useCycle } from '../common/cycle';
import { useUnits } from '../common/cycles-query';
import { labelText } from '../common/label';
import { commonMessages, inputStatusText } from '../common/messages';
import { QueryState } from '../common/QueryState';
import { formatDateTime, useLang, useMessages, type Lang } from '../i18n/i18n';
import { DownloadButton } from '../spreadsheets/DownloadButton';
import { EventCard } from './EventCard';
import { PublicationVerifyCard } from './PublicationVerifyCard';
import { traceMessages } from './messages';

type UnitAsOf = GetAnswer<'/audit/cycles/{cycleId}/categories/{categoryId}/units/{unitId}/score'>;
type ExplainedNode = UnitAsOf['explanation'];
type Trail = GetAnswer<'/cycles/{cycleId}/audit-trail/units/{unitId}'>;
type Messages = (typeof traceMessages)['zh-CN'];

/** The explanation as of the moment, each number opening the events behind it (who, role, when, why, evidence, approvals). */
const treeOf = (node: ExplainedNode, lang: Lang): DataNode => ({
  key: `${node.id}/${node.period ?? ''}/${node.kind}`,
  title: (
    <Space wrap size={4}>
      <Typography.Text strong>{labelText(node.label, lang, node.id)}</Typography.Text>
      {node.events.length > 0 ? (
        <Popover
          title={labelText(node.rule, lang)}
          content={
            <Space orientation="vertical" style={{ maxHeight: 480, overflow: 'auto' }}>
              {node.events.map((fact) => (
                <EventCard key={fact.factId} event={fact.event} trail={fact.trail} />
              ))}
            </Space>
          }
        >
          <a data-testid={`trace-number-${node.id}`}>{node.shown}</a>
        </Popover>
      ) : (
        <span>{node.shown}</span>
      )}
      {node.max !== undefined && <Typography.Text type="secondary">/ {node.max}</Typography.Text>}
      {node.status !== undefined && node.status !== 'scored' && <Tag color="orange">{inputStatusText(node.status, lang)}</Tag>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {labelText(node.rule, lang)}
      </Typography.Text>
    </Space>
  ),
  children: node.children.map((child) => treeOf(child, lang)),
});

/** Marks of the slider: every event of the unit, at its log position; about eight of them labelled with their date. */
const marksOf = (entries: Trail['entries']): Record<number, { label: string }> => {
  const marks: Record<number, { label: string }> = {};
  const step = Math.max(1, Math.ceil(entries.length / 8));
  entries.forEach((entry, index) => {
    const labelled = index % step === 0 || index === entries.length - 1;
    marks[Number(entry.position)] = { label: labelled ? formatDateTime(entry.recordedAt).slice(0, 10) : '' };
  });
  return marks;
};

function ScoreAt({ data, lang, m }: Readonly<{ data: UnitAsOf; lang: Lang; m: Messages }>) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="trace-score">
      <Typography.Text type="secondary">
        {m.momentLine(data.moment.position, formatDateTime(data.moment.at))} · {m.schemeVersion(data.schemeVersion)}
      </Typography.Text>
      <Descriptions size="small" column={5} bordered>
        <Descriptions.Item label={m.total}>
          <Typography.Text strong data-testid="trace-total">
            {data.unit.total}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={m.rank}>{data.unit.rank}</Descriptions.Item>
        <Descriptions.Item label={m.grade}>{data.unit.gradeLabel}</Descriptions.Item>
        <Descriptions.Item label={m.bonus}>{data.unit.bonus}</Descriptions.Item>
        <Descriptions.Item label={m.deduction}>{data.unit.deduction}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{m.explanation}</Typography.Title>
      <Tree defaultExpandAll selectable={false} treeData={[treeOf(data.explanation, lang)]} />
      {data.stopped.length > 0 && (
        <>
          <Typography.Title level={5}>{m.stopped}</Typography.Title>
          <Table
            size="small"
            rowKey={(row) => row.event.eventId}
            pagination={false}
            dataSource={data.stopped}
            columns={[
              { title: m.event, render: (_, row) => <EventCard event={row.event} /> },
              { title: m.kind, render: (_, row) => <Tag color="red">{m.stoppedHow(row.how)}</Tag> },
              { title: m.trail, render: (_, row) => <EventCard event={row.stoppedBy} /> },
            ]}
          />
        </>
      )}
    </Space>
  );
}

function DiffCard({ cycleId, categoryId, unitId, to, entries, m }: Readonly<{ cycleId: string; categoryId: string; unitId: string; to: string; entries: Trail['entries']; m: Messages }>) {
  // From the unit's first record by default ('published' needs published results).
  const [chosen, setFrom] = useState<string>();
  const from = chosen ?? entries[0]?.position ?? 'published';
  const diff = useMutation({
    mutationFn: () => ok(api.GET('/audit/cycles/{cycleId}/categories/{categoryId}/diff', { params: { path: { cycleId, categoryId }, query: { from, to, unitId } } })),
  });
  const data = diff.data;
  return (
    <Card title={m.diffTitle} size="small" data-testid="trace-diff">
      <Space wrap>
        <span>{m.diffFrom}</span>
        <Select
          style={{ width: 360 }}
          value={from}
          onChange={setFrom}
          options={[
            { value: 'published', label: m.published },
            ...entries.map((entry) => ({ value: entry.position, label: `${m.atPosition(entry.position)} · ${formatDateTime(entry.recordedAt)} · ${entry.type}` })),
          ]}
        />
        <span>
          {m.diffTo} {to === 'now' ? m.now : m.atPosition(to)}
        </span>
        <Button type="primary" onClick={() => diff.mutate()} loading={diff.isPending} data-testid="trace-diff-run">
          {m.diffRun}
        </Button>
      </Space>
      {diff.error !== null && <Alert type="error" showIcon style={{ marginTop: 12 }} title={diff.error.message} />}
      {data !== undefined && (
        <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
          <Typography.Text type="secondary">
            {m.momentLine(data.from.position, formatDateTime(data.from.at))} → {m.momentLine(data.to.position, formatDateTime(data.to.at))}
          </Typography.Text>
          {data.facts.length === 0 && data.changes.length === 0 ? (
            <Empty description={m.noChange} />
          ) : (
            <>
              <Typography.Title level={5}>{m.numbers}</Typography.Title>
              <Table
                size="small"
                pagination={false}
                rowKey={(row) => `${row.unitId}/${row.field}`}
                dataSource={data.changes}
                columns={[
                  { title: m.field, dataIndex: 'field' },
                  { title: m.before, dataIndex: 'from', render: (value: string | null) => value ?? '—' },
                  { title: m.after, dataIndex: 'to', render: (value: string | null) => value ?? '—' },
                ]}
              />
              <Typography.Title level={5}>{m.facts}</Typography.Title>
              <Table
                size="small"
                pagination={{ pageSize: 20 }}
                rowKey={(row) => row.event.eventId}
                dataSource={data.facts}
                columns={[
                  { title: m.kind, dataIndex: 'kind', render: (kind: string) => <Tag>{kind}</Tag> },
                  { title: m.event, render: (_, row) => <EventCard event={row.event} /> },
                  { title: m.trail, render: (_, row) => (row.changes === undefined ? '—' : <EventCard event={row.changes} />) },
                ]}
              />
            </>
          )}
        </Space>
      )}
    </Card>
  );
}

function VerifyCard({ cycleId, m }: Readonly<{ cycleId: string; m: Messages }>) {
  const verify = useMutation({ mutationFn: () => ok(api.GET('/audit/verify', { params: { query: { cycleId } } })) });
  const report = verify.data;
  return (
    <Card title={m.verifyTitle} size="small" data-testid="trace-verify">
      <Button onClick={() => verify.mutate()} loading={verify.isPending} data-testid="trace-verify-run">
        {m.verifyRun}
      </Button>
      {verify.error !== null && <Alert type="error" showIcon style={{ marginTop: 12 }} title={verify.error.message} />}
      {report !== undefined &&
        (report.ok ? (
          <Alert type="success" showIcon style={{ marginTop: 12 }} title={m.verifyOk(report.streamsChecked, report.eventsChecked)} data-testid="trace-verify-ok" />
        ) : (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 12 }}
            title={m.verifyBroken(report.brokenLinks)}
            description={
              report.firstBroken === undefined ? undefined : (
                <Descriptions size="small" column={1} title={m.firstBroken}>
                  <Descriptions.Item label="stream">{report.firstBroken.streamId}</Descriptions.Item>
                  <Descriptions.Item label="revision">{report.firstBroken.revision}</Descriptions.Item>
                  <Descriptions.Item label="event">{report.firstBroken.eventId}</Descriptions.Item>
                  <Descriptions.Item label="problem">{report.firstBroken.problem}</Descriptions.Item>
                </Descriptions>
              )
            }
          />
        ))}
    </Card>
  );
}

/**
 * 追溯: a unit's score as of any moment (a slider over the unit's log positions with their dates,
 * or a date and time), each number opening the events behind it; the diff between two moments;
 * and the hash-chain check of the cycle's log.
 */
export default function TracePage() {
  const m = useMessages(traceMessages);
  const common = useMessages(commonMessages);
  const { lang } = useLang();
  const { cycleId } = useCycle();
  const [categoryId, setCategoryId] = useState<string>();
  const [unitId, setUnitId] = useState<string>();
  const [moment, setMoment] = useState<string>('now');
  const units = useUnits(cycleId, categoryId);
  const trail = useQuery({
    queryKey: ['trace-trail', cycleId, unitId],
    enabled: cycleId !== undefined && unitId !== undefined,
    queryFn: () => ok(api.GET('/cycles/{cycleId}/audit-trail/units/{unitId}', { params: { path: { cycleId: cycleId ?? '', unitId: unitId ?? '' } } })),
  });
  const score = useQuery({
    queryKey: ['trace-score', cycleId, categoryId, unitId, moment],
    enabled: cycleId !== undefined && categoryId !== undefined && unitId !== undefined,
    queryFn: () =>
      ok(
        api.GET('/audit/cycles/{cycleId}/categories/{categoryId}/units/{unitId}/score', {
          params: { path: { cycleId: cycleId ?? '', categoryId: categoryId ?? '', unitId: unitId ?? '' }, query: { at: moment } },
        }),
      ),
  });
  const entries = useMemo(() => trail.data?.entries ?? [], [trail.data]);
  const positions = entries.map((entry) => Number(entry.position));
  const first = positions[0];
  const last = positions.at(-1);
  const sliderValue = /^\d+$/.test(moment) ? Number(moment) : last;
  const atEvent = entries.find((entry) => entry.position === moment);

  if (cycleId === undefined) return <Alert type="info" showIcon title={common.noCycle} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle" data-testid="trace-page">
      <Typography.Title level={3}>{m.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      <Space wrap>
        <span>{m.category}</span>
        <CategoryPicker
          cycleId={cycleId}
          value={categoryId}
          onChange={(next) => {
            setCategoryId(next);
            setUnitId(undefined);
            setMoment('now');
          }}
        />
        <span>{m.unit}</span>
        <Select
          data-testid="trace-unit"
          style={{ minWidth: 240 }}
          placeholder={m.pickUnit}
          loading={units.isPending}
          value={unitId}
          onChange={(next: string) => {
            setUnitId(next);
            setMoment('now');
          }}
          showSearch={{ optionFilterProp: 'label' }}
          options={(units.data ?? []).map((unit) => ({ value: unit.unitId, label: `${unit.name}（${unit.unitId}）` }))}
        />
      </Space>
      {unitId === undefined || categoryId === undefined ? (
        <Empty description={m.noUnit} />
      ) : (
        <>
          <Card
            title={m.moment}
            size="small"
            data-testid="trace-moment"
            extra={
              <Space wrap>
                <DownloadButton
                  testId="export-trail"
                  fileName={`audit-trail-${unitId}.xlsx`}
                  fetchFile={() => api.GET('/cycles/{cycleId}/exports/audit-trail/units/{unitId}', { params: { path: { cycleId, unitId }, query: { format: 'xlsx' } }, parseAs: 'blob' })}
                >
                  {m.exportTrail}
                </DownloadButton>
                <DownloadButton
                  testId="export-explanation"
                  fileName={`explanation-${unitId}.xlsx`}
                  fetchFile={() =>
                    api.GET('/cycles/{cycleId}/exports/categories/{categoryId}/units/{unitId}/explanation', {
                      params: { path: { cycleId, categoryId, unitId }, query: { at: moment, format: 'xlsx' } },
                      parseAs: 'blob',
                    })
                  }
                >
                  {m.exportExplanation}
                </DownloadButton>
              </Space>
            }
          >
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Button type={moment === 'now' ? 'primary' : 'default'} onClick={() => setMoment('now')}>
                  {m.now}
                </Button>
                <Button type={moment === 'published' ? 'primary' : 'default'} onClick={() => setMoment('published')}>
                  {m.published}
                </Button>
                <span>{m.atTime}</span>
                <DatePicker showTime onChange={(value) => value !== null && setMoment(value.toISOString())} data-testid="trace-date" />
              </Space>
              {trail.error !== null && <Alert type="error" showIcon title={trail.error.message} data-testid="trace-trail-error" />}
              {first !== undefined && last !== undefined && first < last ? (
                <div style={{ padding: '0 16px' }} data-testid="trace-slider">
                  <Typography.Text type="secondary">{m.slider}</Typography.Text>
                  <Slider
                    min={first}
                    max={last}
                    value={sliderValue}
                    marks={marksOf(entries)}
                    step={null}
                    tooltip={{ formatter: (value) => (value === undefined ? '' : m.atPosition(String(value))) }}
                    onChange={(value: number) => setMoment(String(value))}
                  />
                  {atEvent !== undefined && (
                    <Typography.Text>
                      {m.atPosition(atEvent.position)} · <Typography.Text code>{atEvent.type}</Typography.Text> · {atEvent.actorId} · {formatDateTime(atEvent.recordedAt)}
                      {atEvent.reason !== null && ` · ${atEvent.reason}`}
                    </Typography.Text>
                  )}
                </div>
              ) : (
                trail.isSuccess && entries.length === 0 && <Typography.Text type="secondary">{m.noTrail}</Typography.Text>
              )}
            </Space>
          </Card>
          <Card title={m.scoreAt} size="small">
            <QueryState query={score}>{(data) => <ScoreAt data={data} lang={lang} m={m} />}</QueryState>
          </Card>
          <DiffCard key={unitId} cycleId={cycleId} categoryId={categoryId} unitId={unitId} to={moment} entries={entries} m={m} />
        </>
      )}
      <VerifyCard cycleId={cycleId} m={m} />
      <PublicationVerifyCard cycleId={cycleId} />
    </Space>
  );
}
