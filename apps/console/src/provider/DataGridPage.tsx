import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState, type ClipboardEvent } from 'react';
import { api, ApiFailure, idempotencyHeader, ok } from '../api/client';
import { useCycle } from '../common/cycle';
import { useScheme, useUnits } from '../common/cycles-query';
import { commonMessages } from '../common/messages';
import { nodeName, periodName } from '../common/outline';
import { QueryState } from '../common/QueryState';
import { useLang, useMessages } from '../i18n/i18n';
import { ImportPanel } from '../spreadsheets/ImportPanel';
import { providerMessages } from './messages';

const cellKey = (unitId: string, indicatorId: string) => `${unitId}\u0000${indicatorId}`;
/** A value as the API takes it: a decimal written out (the server says the same, this says it before sending). */
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Text copied from a spreadsheet: rows by line, cells by tab. */
export const parseSheet = (text: string): string[][] =>
  text
    .replace(/\r/g, '')
    .split('\n')
    .filter((line, index, all) => line !== '' || index < all.length - 1)
    .map((line) => line.split('\t').map((cell) => cell.trim()));

/** The data provider's grid: its indicators × units for one period; paste from Excel; corrections with a reason. */
export default function DataGridPage() {
  const m = useMessages(providerMessages);
  const c = useMessages(commonMessages);
  const { cycleId } = useCycle();
  const units = useUnits(cycleId);
  const outline = useScheme(cycleId).data?.outline ?? undefined;
  const { lang } = useLang();
  const client = useQueryClient();
  const { message } = App.useApp();
  const items = useQuery({
    queryKey: ['submission-status', cycleId, 'provider'],
    enabled: cycleId !== undefined,
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/submission-status', { params: { path: { cycleId: cycleId ?? '' } } }))).items.filter((i) => i.kind === 'data' && i.indicatorId !== null),
  });
  const periods = useMemo(() => [...new Set((items.data ?? []).map((i) => i.period))], [items.data]);
  const [chosen, setPeriod] = useState<string | undefined>();
  const period = chosen ?? periods[0];
  const rows = useMemo(() => (items.data ?? []).filter((i) => i.period === period), [items.data, period]);
  const indicators = useMemo(() => [...new Set(rows.map((r) => r.indicatorId ?? ''))].sort(), [rows]);
  const unitIds = useMemo(() => [...new Set(rows.map((r) => r.unitId))].sort(), [rows]);
  const owed = useMemo(() => new Map(rows.map((r) => [cellKey(r.unitId, r.indicatorId ?? ''), r])), [rows]);
  const [values, setValues] = useState<Readonly<Record<string, string>>>({});
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<readonly string[]>([]);
  // What went wrong with each cell, shown at the cell until it is edited.
  const [cellErrors, setCellErrors] = useState<Readonly<Record<string, string>>>({});
  const [busy, setBusy] = useState(false);
  const nameOf = (unitId: string) => units.data?.find((u) => u.unitId === unitId)?.name ?? unitId;

  const paste = (unitIndex: number, indicatorIndex: number) => (event: ClipboardEvent<HTMLInputElement>) => {
    const sheet = parseSheet(event.clipboardData.getData('text/plain'));
    if (sheet.length <= 1 && (sheet[0]?.length ?? 0) <= 1) return;
    event.preventDefault();
    const next: Record<string, string> = { ...values };
    sheet.forEach((line, r) =>
      line.forEach((cell, col) => {
        const unitId = unitIds[unitIndex + r];
        const indicatorId = indicators[indicatorIndex + col];
        if (unitId !== undefined && indicatorId !== undefined && owed.has(cellKey(unitId, indicatorId))) next[cellKey(unitId, indicatorId)] = cell;
      }),
    );
    setValues(next);
    setCellErrors({});
  };

  const filled = Object.entries(values).filter(([, v]) => v !== '');
  const submit = async () => {
    if (cycleId === undefined || period === undefined) return;
    const corrections = filled.filter(([key]) => owed.get(key)?.submittedEventId != null);
    if (corrections.length > 0 && reason.trim() === '') {
      setProblems([m.reasonNeeded]);
      return;
    }
    setBusy(true);
    const failed: string[] = [];
    const kept: Record<string, string> = {};
    const errorsAt: Record<string, string> = {};
    for (const [key, value] of filled) {
      const [unitId = '', indicatorId = ''] = key.split('\u0000');
      // Not a number: kept and marked at its cell, not sent.
      if (!DECIMAL.test(value)) {
        kept[key] = value;
        errorsAt[key] = m.notDecimal;
        failed.push(m.failedCell(nameOf(unitId), nodeName(outline, indicatorId, lang), m.notDecimal));
        continue;
      }
      const submitted = owed.get(key)?.submittedEventId ?? null;
      const header = idempotencyHeader();
      try {
        if (submitted === null) {
          await ok(api.POST('/cycles/{cycleId}/units/{unitId}/data', { params: { path: { cycleId, unitId }, header }, body: { indicatorId, period, value } }));
        } else {
          await ok(api.POST('/cycles/{cycleId}/units/{unitId}/data/{submissionId}/corrections', { params: { path: { cycleId, unitId, submissionId: submitted }, header }, body: { value, reason } }));
        }
      } catch (error) {
        kept[key] = value;
        const detail = error instanceof ApiFailure ? [error.message, ...error.fieldDetails.map((d) => d.message)].filter((x, i, a) => a.indexOf(x) === i).join('；') : String(error);
        errorsAt[key] = detail;
        failed.push(m.failedCell(nameOf(unitId), nodeName(outline, indicatorId, lang), detail));
      }
    }
    setValues(kept);
    setCellErrors(errorsAt);
    setProblems(failed);
    setBusy(false);
    await client.invalidateQueries();
    if (filled.length > failed.length) void message.success(m.sent(filled.length - failed.length));
  };

  if (cycleId === undefined) return <p>{c.noCycle}</p>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{m.title}</Typography.Title>
      <QueryState query={items} isEmpty={(list) => list.length === 0} emptyText={m.nothing}>
        {() => (
          <Card size="small">
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <span>{m.period}</span>
                <Select style={{ minWidth: 180 }} value={period} onChange={setPeriod} options={periods.map((p) => ({ value: p, label: periodName(outline, p, lang) }))} data-testid="grid-period" />
              </Space>
              <Typography.Text type="secondary">{m.pasteHint}</Typography.Text>
              {problems.length > 0 && <Alert type="error" showIcon role="alert" title={problems[0]} description={problems.length > 1 ? <ul>{problems.slice(1).map((p) => <li key={p}>{p}</li>)}</ul> : undefined} />}
              <Table
                size="small"
                rowKey={(unitId) => unitId}
                dataSource={unitIds}
                pagination={false}
                scroll={{ x: true }}
                data-testid="data-grid"
                columns={[
                  { title: c.unit, key: 'unit', fixed: 'left', render: (_, unitId) => nameOf(unitId) },
                  ...indicators.map((indicatorId, col) => ({
                    title: (
                      <span title={indicatorId}>{nodeName(outline, indicatorId, lang)}</span>
                    ),
                    key: indicatorId,
                    render: (_: unknown, unitId: string, row: number) => {
                      const item = owed.get(cellKey(unitId, indicatorId));
                      if (item === undefined) return <span style={{ color: '#ccc' }}>—</span>;
                      // What the cell holds now: the value delivered (a decimal as text, shown as it was submitted).
                      const current = item.value ?? undefined;
                      const key = cellKey(unitId, indicatorId);
                      const error = cellErrors[key];
                      return (
                        <Space orientation="vertical" size={0}>
                          <Input
                            size="small"
                            style={{ width: 110 }}
                            inputMode="decimal"
                            aria-label={current === undefined ? `${unitId} ${indicatorId}` : `${unitId} ${indicatorId} ${m.changesTo(current)}`}
                            placeholder={current}
                            data-cell={`${unitId}/${indicatorId}`}
                            value={values[key] ?? ''}
                            status={error === undefined ? undefined : 'error'}
                            aria-invalid={error !== undefined}
                            onChange={(e) => {
                              setValues({ ...values, [key]: e.target.value });
                              if (error !== undefined) setCellErrors(Object.fromEntries(Object.entries(cellErrors).filter(([k]) => k !== key)));
                            }}
                            onPaste={paste(row, col)}
                          />
                          {error !== undefined && (
                            <Typography.Text type="danger" style={{ fontSize: 12, maxWidth: 160, display: 'block' }} data-cell-error={`${unitId}/${indicatorId}`}>
                              {error}
                            </Typography.Text>
                          )}
                          {item.submittedEventId !== null && (
                            <Tag color="green" data-submitted={`${unitId}/${indicatorId}`}>
                              {current === undefined ? m.submitted : m.submittedValue(current)}
                            </Tag>
                          )}
                          {item.status === 'overdue' && <Tag color="red">{m.overdue}</Tag>}
                        </Space>
                      );
                    },
                  })),
                ]}
              />
              <Input placeholder={m.correctionReason} value={reason} onChange={(e) => setReason(e.target.value)} aria-label={m.correctionReason} />
              <Button type="primary" disabled={filled.length === 0} loading={busy} onClick={() => void submit()} data-testid="grid-submit">
                {m.submit(filled.length)}
              </Button>
            </Space>
          </Card>
        )}
      </QueryState>
      <ImportPanel cycleId={cycleId} kind="values" />
    </Space>
  );
}
