import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, InputNumber, Space, Table, Tag, Typography, Upload, type TableColumnsType } from 'antd';
import Decimal from 'decimal.js';
import { useMemo, useState } from 'react';
import { api, idempotencyHeader, ok } from '../api/client';
import type { components } from '../api/schema';
import { currentSession } from '../auth/session';
import { CategoryPicker } from '../common/CategoryPicker';
import { useCycle } from '../common/cycle';
import { useScheme } from '../common/cycles-query';
import { useApiErrors } from '../common/forms';
import { labelText } from '../common/label';
import { commonMessages } from '../common/messages';
import { ReasonButton } from '../common/ReasonButton';
import { formatDateTime, useLang, useMessages, type Lang } from '../i18n/i18n';
import { whatIfMessages } from './messages';

type WhatIf = components['schemas']['SchemeWhatIfDto'];
type WhatIfUnit = components['schemas']['WhatIfUnitDto'];

/**
 * A node of the scheme document that carries a share of its parent: points, or a weight (%) where
 * the scheme weighs siblings instead; a part or an indicator, where it sits in the document.
 */
type PointsRow = Readonly<{ key: string; path: readonly (string | number)[]; label: string; share: 'points' | 'weight'; points: string; children?: PointsRow[] }>;
type Change = Readonly<{ path: readonly (string | number)[]; share: 'points' | 'weight'; points: string }>;

type Json = Readonly<Record<string, unknown>>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumeric = (value: unknown): value is number | string => typeof value === 'number' || (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()));

/** The parts of one category of the document and their children, each with its points or weight (as the decimal text the document gives). */
const pointsRows = (document: unknown, categoryId: string, lang: Lang): PointsRow[] => {
  if (!isObject(document) || !Array.isArray(document.categories)) return [];
  const index = document.categories.findIndex((category) => isObject(category) && category.id === categoryId);
  const category: unknown = document.categories[index];
  if (!isObject(category) || !Array.isArray(category.parts)) return [];
  const walk = (nodes: readonly unknown[], path: readonly (string | number)[]): PointsRow[] =>
    nodes.flatMap((node, i) => {
      if (!isObject(node)) return [];
      const share: PointsRow['share'] | undefined = isNumeric(node.points) ? 'points' : isNumeric(node.weight) ? 'weight' : undefined;
      if (share === undefined) return [];
      const here = [...path, i];
      const children = Array.isArray(node.children) ? walk(node.children, [...here, 'children']) : [];
      const row: PointsRow = { key: here.join('.'), path: here, label: labelText(node.label, lang, String(node.id ?? '')), share, points: String(node[share]) };
      return [children.length > 0 ? { ...row, children } : row];
    });
  return walk(category.parts, ['categories', index, 'parts']);
};

/** The category's total points as the document gives them. */
const categoryTotal = (document: unknown, categoryId: string | undefined): string | undefined => {
  if (!isObject(document) || !Array.isArray(document.categories)) return undefined;
  const category: unknown = document.categories.find((entry) => isObject(entry) && entry.id === categoryId);
  return isObject(category) && isNumeric(category.total) ? String(category.total) : undefined;
};

/**
 * The draft as JSON text: the document in force with the changed points and the next version. The
 * points go into the text as the decimals typed (never through a binary float).
 */
const draftText = (document: unknown, changes: ReadonlyMap<string, Change>, version: number): string => {
  const draft = structuredClone(document) as Record<string, unknown>;
  draft.version = version;
  const literals: string[] = [];
  for (const { path, share, points } of changes.values()) {
    let node: unknown = draft;
    for (const step of path) node = (node as Record<string | number, unknown>)[step];
    (node as Record<string, unknown>)[share] = `\u0000points:${literals.length}`;
    literals.push(new Decimal(points).toString());
  }
  return JSON.stringify(draft).replace(/"\\u0000points:(\d+)"/g, (_, i: string) => literals[Number(i)] ?? '0');
};

const signed = (text: string): string => (text.startsWith('-') || text === '0.00' || text === '0' ? text : `+${text}`);

/** 模拟测算: the office changes points in a draft of the scheme and sees, unit by unit, what would move; then may amend the scheme with it. */
export default function WhatIfPage() {
  const m = useMessages(whatIfMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLang();
  const { cycleId } = useCycle();
  const scheme = useScheme(cycleId);
  const [categoryId, setCategoryId] = useState<string | undefined>();
  const [changes, setChanges] = useState<ReadonlyMap<string, Change>>(new Map());
  const [uploaded, setUploaded] = useState<Readonly<{ name: string; text: string }> | undefined>();
  const errors = useApiErrors(undefined);
  const rows = useMemo(() => (categoryId === undefined ? [] : pointsRows(scheme.data?.document, categoryId, lang)), [scheme.data?.document, categoryId, lang]);
  const draft = (): string | undefined =>
    uploaded?.text ?? (scheme.data === undefined ? undefined : draftText(scheme.data.document, changes, scheme.data.version + 1));
  const compare = useMutation({
    mutationFn: (text: string) => ok(api.POST('/cycles/{cycleId}/what-if', { params: { path: { cycleId: cycleId ?? '' } }, body: { schemeYaml: text, ...(categoryId === undefined ? {} : { categoryId }) } })),
    onMutate: () => errors.clear(),
    onError: errors.show,
  });
  if (cycleId === undefined) return <p>{c.noCycle}</p>;

  const columns: TableColumnsType<PointsRow> = [
    { title: m.node, dataIndex: 'label' },
    { title: m.inForcePoints, width: 120, align: 'right', render: (_, row) => (row.share === 'weight' ? `${row.points}%` : row.points) },
    {
      title: m.draftPoints,
      width: 160,
      render: (_, row) => (
        <InputNumber<string>
          stringMode
          min="0"
          size="small"
          aria-label={`${m.draftPoints} ${row.label}`}
          data-testid={`draft-points-${row.key}`}
          value={changes.get(row.key)?.points ?? row.points}
          disabled={uploaded !== undefined}
          onChange={(value) => {
            const next = new Map(changes);
            if (value === null || value === '' || new Decimal(value).eq(row.points)) next.delete(row.key);
            else next.set(row.key, { path: row.path, share: row.share, points: value });
            setChanges(next);
          }}
        />
      ),
    },
  ];

  // Children in points add up to their parent's points, in weights to 100 %, and so do the parts to
  // the category's total: said here, before the API refuses the draft. Decimal sums of the typed texts.
  const draftPoints = (row: PointsRow): Decimal => new Decimal(changes.get(row.key)?.points ?? row.points);
  const mismatch = (siblings: readonly PointsRow[], parentPoints: string | undefined): Readonly<{ sum: string; expected: string }> | undefined => {
    const sum = siblings.reduce((total, row) => total.plus(draftPoints(row)), new Decimal(0));
    const expected = siblings.every((row) => row.share === 'weight') ? '100' : siblings.every((row) => row.share === 'points') ? parentPoints : undefined;
    return expected === undefined || siblings.length === 0 || sum.eq(expected) ? undefined : { sum: sum.toString(), expected: new Decimal(expected).toString() };
  };
  columns.push({
    title: m.check,
    render: (_, row) => {
      const wrong = row.children === undefined || row.share !== 'points' ? undefined : mismatch(row.children, draftPoints(row).toString());
      return wrong === undefined ? null : (
        <Typography.Text type="danger" data-testid={`sum-mismatch-${row.key}`}>
          {m.childrenSum(wrong.sum, wrong.expected)}
        </Typography.Text>
      );
    },
  });
  const partsWrong = mismatch(rows, categoryTotal(scheme.data?.document, categoryId));
  const result = compare.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{m.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      <CategoryPicker
        cycleId={cycleId}
        value={categoryId}
        onChange={(next) => {
          setCategoryId(next);
          compare.reset();
        }}
      />
      <Card size="small">
        {/* Opened whole, once per category (antd expands all rows only on the table's first render). */}
        <Table<PointsRow> key={categoryId} size="small" rowKey="key" columns={columns} dataSource={rows} pagination={false} expandable={{ defaultExpandAllRows: true }} data-testid="draft-points" />
        {partsWrong !== undefined && uploaded === undefined && (
          <Typography.Text type="danger" data-testid="sum-mismatch-category">
            {m.partsSum(partsWrong.sum, partsWrong.expected)}
          </Typography.Text>
        )}
        <Space style={{ marginTop: 12 }} wrap>
          {uploaded === undefined ? (
            <Upload
              accept=".yaml,.yml,.json"
              showUploadList={false}
              beforeUpload={async (file) => {
                setUploaded({ name: file.name, text: await file.text() });
                return false;
              }}
            >
              <Button data-testid="upload-draft">{m.uploadDraft}</Button>
            </Upload>
          ) : (
            <>
              <Tag color="blue">
                {m.uploaded}
                {uploaded.name}
              </Tag>
              <Button size="small" onClick={() => setUploaded(undefined)}>
                {m.clearUpload}
              </Button>
            </>
          )}
          <Button type="primary" data-testid="compute-what-if" loading={compare.isPending} onClick={() => { const text = draft(); if (text !== undefined) compare.mutate(text); }}>
            {compare.isPending ? m.computing : m.compute}
          </Button>
        </Space>
      </Card>
      {errors.alert}
      {result !== undefined && compare.variables !== undefined && <WhatIfResult result={result} draft={compare.variables} cycleId={cycleId} />}
    </Space>
  );
}

/** The what-if of `draft` (the text computed, so the amendment adopts exactly what was shown). */
function WhatIfResult({ result, draft, cycleId }: Readonly<{ result: WhatIf; draft: string; cycleId: string }>) {
  const m = useMessages(whatIfMessages);
  const { lang } = useLang();
  const changed = result.categories.reduce((n, category) => n + category.changed.length, 0);
  const columns: TableColumnsType<WhatIfUnit> = [
    {
      title: m.rank,
      width: 110,
      render: (_, unit) => (unit.rankChange === 0 ? unit.draft.rank : `${unit.inForce.rank} → ${unit.draft.rank}`),
    },
    { title: m.unit, render: (_, unit) => unit.name ?? unit.unitId },
    { title: m.totalInForce, align: 'right', render: (_, unit) => unit.inForce.total },
    { title: m.totalDraft, align: 'right', render: (_, unit) => unit.draft.total },
    {
      title: m.change,
      align: 'right',
      render: (_, unit) => <Typography.Text type={unit.totalChange.startsWith('-') ? 'danger' : unit.totalChange === '0.00' ? undefined : 'success'}>{signed(unit.totalChange)}</Typography.Text>,
    },
    {
      title: m.grade,
      render: (_, unit) =>
        unit.gradeChanged ? (
          <Tag color="orange">
            {labelText(unit.inForce.grade.label, lang, unit.inForce.grade.id)} → {labelText(unit.draft.grade.label, lang, unit.draft.grade.id)}
          </Tag>
        ) : (
          labelText(unit.draft.grade.label, lang, unit.draft.grade.id)
        ),
    },
  ];
  return (
    <Card size="small" data-testid="what-if-result">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Alert type={changed > 0 ? 'warning' : 'info'} showIcon title={changed > 0 ? m.changedCount(changed) : m.nothingChanged} description={m.asOf(formatDateTime(result.asOf), result.asOfPosition)} />
        {result.notCompared.length > 0 && (
          <Typography.Text type="secondary">
            {m.notCompared}
            {result.notCompared.map((entry) => `${labelText(entry.label, lang, entry.categoryId)}（${entry.reason === 'not-in-draft' ? m['notCompared.not-in-draft'] : m['notCompared.not-in-force']}）`).join('、')}
          </Typography.Text>
        )}
        {result.categories.map((category) => (
          <Table<WhatIfUnit>
            key={category.categoryId}
            title={() => labelText(category.label, lang, category.categoryId)}
            size="small"
            rowKey="unitId"
            columns={columns}
            dataSource={category.units}
            pagination={false}
            data-testid={`what-if-${category.categoryId}`}
            expandable={{
              rowExpandable: (unit) => unit.partsMoved.length > 0,
              expandedRowRender: (unit) => (
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  title={() => m.partsMoved}
                  dataSource={unit.partsMoved}
                  columns={[
                    { title: m.part, render: (_, part) => labelText(part.label, lang, part.id) },
                    { title: m.before, align: 'right', render: (_, part) => part.before ?? '—' },
                    { title: m.after, align: 'right', render: (_, part) => part.after ?? '—' },
                    { title: m.change, align: 'right', render: (_, part) => signed(part.changeShown) },
                  ]}
                />
              ),
            }}
          />
        ))}
        {currentSession()?.role === 'office' && changed > 0 && (
          <ReasonButton<{ reason: string }>
            label={m.amend}
            title={m.amendTitle}
            testId="amend-with-draft"
            run={({ reason }) => ok(api.POST('/cycles/{cycleId}/scheme/amendments', { params: { path: { cycleId }, header: idempotencyHeader() }, body: { schemeYaml: draft, reason } }))}
          />
        )}
      </Space>
    </Card>
  );
}
