import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { api, idempotencyHeader, ok } from '../api/client';
import type { components } from '../api/schema';
import { currentSession } from '../auth/session';
import { useCycle } from '../common/cycle';
import { useCycleSummary, useScheme, useUnits } from '../common/cycles-query';
import { useApiErrors } from '../common/forms';
import { labelText } from '../common/label';
import { commonMessages } from '../common/messages';
import { leafPeriods, leavesOf, periodName, raterRoleName } from '../common/outline';
import { QueryState } from '../common/QueryState';
import { formatDateTime, useLang, useMessages } from '../i18n/i18n';
import { ImportPanel } from '../spreadsheets/ImportPanel';
import { ratingMessages } from './messages';

type Values = { unitId: string; indicatorId: string; period: string; raterRole: string; points?: string; grade?: string };

/** Whether a period takes ratings now, as the cycle read says (the server's one rule, ratingWindowOf). */
type RatingWindow = components['schemas']['RatingWindowDto']['window'];

/** One rating a rater owes: a unit, an indicator, a period, in a role they were assigned; given or not; whether it can be given now. */
type Task = Readonly<{
  key: string;
  unitId: string;
  indicatorId: string;
  period: string;
  raterRole: string;
  given: Readonly<{ shown: string; at: string }> | undefined;
  window: RatingWindow;
}>;

const RATED_METHODS = new Set(['rating', 'points']);

/**
 * A leader's or committee member's 评价打分: the ratings they owe (from their rater assignments and
 * the scheme's rated indicators, each period), which they have given, and the form to give one
 * (a grade of the indicator's scale, or points), in a role they were assigned, by its name.
 */
export default function RatingsPage() {
  const m = useMessages(ratingMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLang();
  const { cycleId } = useCycle();
  const me = currentSession()?.userId ?? '';
  const units = useUnits(cycleId);
  const cycle = useCycleSummary(cycleId).data;
  const outline = useScheme(cycleId).data?.outline ?? undefined;
  const client = useQueryClient();
  const [form] = Form.useForm<Values>();
  const errors = useApiErrors(form);
  const { message } = App.useApp();
  const [onlyOwed, setOnlyOwed] = useState(true);
  const formCard = useRef<HTMLDivElement>(null);
  const assignments = useQuery({
    queryKey: ['raters', cycleId, me],
    enabled: cycleId !== undefined,
    // A leader is answered with its own assignments; a committee member asks for its own.
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/raters', { params: { path: { cycleId: cycleId ?? '' }, query: { raterId: me } } }))).raters,
  });
  const given = useQuery({
    queryKey: ['my-records', cycleId],
    enabled: cycleId !== undefined,
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/audit-trail/mine', { params: { path: { cycleId: cycleId ?? '' } } }))).entries,
  });
  const unitName = (id: string) => units.data?.find((u) => u.unitId === id)?.name ?? id;
  // The scheme's leaves once per render (each row looks its indicator up), and each category's rated ones with their periods.
  const allLeaves = leavesOf(outline, undefined);
  const leafById = new Map(allLeaves.map((leaf) => [leaf.id, leaf]));
  const leafOf = (id: string | undefined) => (id === undefined ? undefined : leafById.get(id));
  const ratedByCategory = new Map<string | null, readonly Readonly<{ leaf: (typeof allLeaves)[number]; periods: readonly string[] }>[]>();
  const ratedIn = (categoryId: string | null) => {
    let rated = ratedByCategory.get(categoryId);
    if (rated === undefined) {
      rated = leavesOf(outline, categoryId ?? undefined)
        // A leaf graded from the unit's projects takes their grades: nobody rates it.
        .filter((leaf) => leaf.method !== null && RATED_METHODS.has(leaf.method) && leaf.fromProjects === null)
        .map((leaf) => ({ leaf, periods: leafPeriods(outline, categoryId ?? undefined, leaf.id) }));
      ratedByCategory.set(categoryId, rated);
    }
    return rated;
  };
  // What a given rating was: a grade by its level's name, or the points.
  const givenText = (indicatorId: string, shown: string) => {
    const rated = leafOf(indicatorId);
    return rated?.method === 'rating' ? labelText(rated.levels?.find((level) => level.id === shown)?.label, lang, shown) : shown;
  };
  const roleName = (id: string) => raterRoleName(outline, id, lang);

  // The ratings this rater gave that still count (a later one of the same slot supersedes an earlier one).
  const latest = new Map<string, Readonly<{ shown: string; at: string }>>();
  for (const entry of given.data ?? []) {
    if (entry.type !== 'RatingGiven' || entry.supersededBy !== null) continue;
    const data = entry.data as Readonly<Record<string, unknown>>;
    const shown = typeof data['grade'] === 'string' ? data['grade'] : typeof data['points'] === 'string' ? data['points'] : '';
    latest.set(`${entry.unitId ?? ''}/${entry.indicatorId ?? ''}/${entry.period ?? ''}/${String(data['raterRole'])}`, { shown, at: entry.recordedAt });
  }
  // Each period's rating window from the cycle read; one it does not name (still loading) is not open.
  const windows = new Map((cycle?.ratingWindows ?? []).map((w) => [w.period, w.window]));
  const tasks: Task[] = [];
  for (const assignment of (assignments.data ?? []).filter((a) => a.raterId === me)) {
    const covered = (units.data ?? []).filter((u) => assignment.units === 'all' || assignment.units.includes(u.unitId));
    for (const unit of covered) {
      const leaves = ratedIn(unit.categoryId).filter(
        ({ leaf }) => (leaf.raterRoles === null || leaf.raterRoles.includes(assignment.raterRole)) && (assignment.indicators === null || assignment.indicators.includes(leaf.id)),
      );
      for (const { leaf, periods } of leaves) {
        for (const period of periods) {
          const key = `${unit.unitId}/${leaf.id}/${period}/${assignment.raterRole}`;
          tasks.push({ key, unitId: unit.unitId, indicatorId: leaf.id, period, raterRole: assignment.raterRole, given: latest.get(key), window: windows.get(period) ?? 'not-open' });
        }
      }
    }
  }
  // In the scheme's order of periods (the one due first on top), then by unit.
  const periodOrder = new Map((outline?.periods ?? []).map((p, at) => [p.id, at]));
  tasks.sort((a, b) => (periodOrder.get(a.period) ?? 0) - (periodOrder.get(b.period) ?? 0) || unitName(a.unitId).localeCompare(unitName(b.unitId), 'zh-CN') || a.key.localeCompare(b.key));
  // Owed: not given, and its period takes ratings now (one not open yet, or closed, is shown in the whole list only).
  const isOwed = (task: Task) => task.given === undefined && task.window === 'open';
  // Why a task cannot be given now, as its tag and the hint beside it (undefined while it can).
  const shut = (task: Task) =>
    task.window === 'open' ? undefined : task.window === 'closed' ? { tag: m.closedTag, hint: m.closedHint } : { tag: m.notOpenTag, hint: m.notOpenHint };
  const shownTasks = onlyOwed ? tasks.filter(isOwed) : tasks;

  const indicatorId = Form.useWatch('indicatorId', form);
  const leaf = leafOf(indicatorId);
  const rate = useMutation({
    mutationFn: ({ unitId, grade, points, ...body }: Values) =>
      ok(
        api.POST('/cycles/{cycleId}/units/{unitId}/ratings', {
          params: { path: { cycleId: cycleId ?? '', unitId }, header: idempotencyHeader() },
          body: { ...body, ...(grade === undefined ? {} : { grade }), ...(points === undefined || points === '' ? {} : { points }) },
        }),
      ),
    onSuccess: async () => {
      errors.clear();
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['my-records', cycleId] });
      void message.success(m.rated);
    },
    onError: errors.show,
  });
  const pick = (task: Task) => {
    errors.clear();
    form.resetFields();
    form.setFieldsValue({ unitId: task.unitId, indicatorId: task.indicatorId, period: task.period, raterRole: task.raterRole });
    // The form is below a list that may be long (a phone): bring it into view.
    formCard.current?.scrollIntoView({ block: 'nearest' });
  };
  if (cycleId === undefined) return <p>{c.noCycle}</p>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{m.title}</Typography.Title>
      <Card
        size="small"
        data-testid="rating-tasks-card"
        title={m.owed(tasks.filter(isOwed).length, tasks.length)}
        extra={
          <Space>
            {m.onlyOwed}
            <Switch size="small" checked={onlyOwed} onChange={setOnlyOwed} data-testid="ratings-only-owed" />
          </Space>
        }
      >
        <QueryState query={assignments} isEmpty={() => tasks.length === 0} emptyText={m.noAssignments}>
          {() => (
            <Table
              data-testid="rating-tasks"
              size="small"
              rowKey="key"
              dataSource={shownTasks}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              locale={{ emptyText: m.allGiven }}
              columns={[
                { title: m.unit, key: 'unit', render: (_, t) => unitName(t.unitId) },
                { title: m.indicator, key: 'indicator', render: (_, t) => labelText(leafOf(t.indicatorId)?.label, lang, t.indicatorId) },
                { title: m.period, key: 'period', render: (_, t) => periodName(outline, t.period, lang) },
                { title: m.raterRole, key: 'role', render: (_, t) => <span title={t.raterRole}>{roleName(t.raterRole)}</span> },
                {
                  title: m.given,
                  key: 'given',
                  render: (_, t) => {
                    const why = shut(t);
                    return t.given === undefined ? (
                      <Tag color={why === undefined ? 'orange' : undefined} title={why?.hint}>
                        {why?.tag ?? m.owedTag}
                      </Tag>
                    ) : (
                      <span>
                        <Tag color="green">{givenText(t.indicatorId, t.given.shown)}</Tag>
                        {formatDateTime(t.given.at)}
                      </span>
                    );
                  },
                },
                {
                  title: '',
                  key: 'pick',
                  render: (_, t) => (
                    <Button
                      size="small"
                      data-testid={`rate-${t.key}`}
                      disabled={t.window !== 'open'}
                      title={shut(t)?.hint}
                      onClick={() => pick(t)}
                    >
                      {t.given === undefined ? m.rateThis : m.rateAgain}
                    </Button>
                  ),
                },
              ]}
            />
          )}
        </QueryState>
      </Card>
      <Card title={m.form} style={{ maxWidth: 560 }} data-testid="rating-form" ref={formCard}>
        {errors.alert}
        <Form form={form} layout="vertical" onFinish={(v) => rate.mutate(v)}>
          <Form.Item name="unitId" label={m.unit} rules={[{ required: true }]}>
            <Select disabled options={(units.data ?? []).map((u) => ({ value: u.unitId, label: u.name }))} placeholder={m.pickFromList} />
          </Form.Item>
          <Form.Item name="indicatorId" label={m.indicator} rules={[{ required: true }]}>
            <Select disabled options={allLeaves.map((l) => ({ value: l.id, label: `${labelText(l.label, lang, l.id)} (${l.maxPoints})` }))} />
          </Form.Item>
          <Form.Item name="period" label={m.period} rules={[{ required: true }]}>
            <Select disabled options={(outline?.periods ?? []).map((p) => ({ value: p.id, label: labelText(p.label, lang, p.id) }))} />
          </Form.Item>
          <Form.Item name="raterRole" label={m.raterRole} rules={[{ required: true }]}>
            <Select disabled options={(outline?.raterRoles ?? []).map((r) => ({ value: r.id, label: labelText(r.label, lang, r.id) }))} labelRender={(v) => roleName(String(v.value))} />
          </Form.Item>
          {leaf?.method === 'rating' ? (
            <Form.Item name="grade" label={m.grade} rules={[{ required: true }]}>
              <Select data-testid="rating-grade" options={(leaf.levels ?? []).map((level) => ({ value: level.id, label: labelText(level.label, lang, level.id) }))} />
            </Form.Item>
          ) : (
            <Form.Item name="points" label={m.points} rules={[{ required: true }]}>
              <Input inputMode="decimal" data-testid="rating-points" />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={rate.isPending} disabled={leaf === undefined}>
            {m.rate}
          </Button>
        </Form>
      </Card>
      <ImportPanel cycleId={cycleId} kind="ratings" />
    </Space>
  );
}
