import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Drawer, Form, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, ApiFailure, idempotencyHeader, ok } from '../api/client';
import type { GetAnswer } from '../api/types';
import { currentSession } from '../auth/session';
import { useCycle } from '../common/cycle';
import { useScheme, useUnits } from '../common/cycles-query';
import { useApiErrors } from '../common/forms';
import { labelText } from '../common/label';
import { commonMessages } from '../common/messages';
import { leafPeriods, leavesOf, periodName } from '../common/outline';
import { QueryState } from '../common/QueryState';
import { ReasonButton } from '../common/ReasonButton';
import { useLang, useMessages, type Lang } from '../i18n/i18n';
import { textFor } from '../office/messages';
import { PlanReview } from '../plan/EvaluationPlan';
import { planMessages } from '../plan/messages';
import { ImportPanel } from '../spreadsheets/ImportPanel';
import { unitsMessages } from './messages';
import { UnitRaters } from './UnitRaters';

const LEVELS = ['county', 'department', 'township', 'section', 'person', 'project'] as const;
/** The API's decimal (apps/api lifecycle/common.dto DECIMAL): checked here too so a slip is shown before sending. */
const DECIMAL = /^-?\d{1,12}(\.\d{1,6})?$/;
const STATUS_COLOR: Readonly<Record<string, string>> = { registered: 'green', retired: 'default' };
const PLAN_COLOR: Readonly<Record<string, string>> = { none: 'default', submitted: 'blue', approved: 'green', returned: 'orange' };

type TreeNode = GetAnswer<'/cycles/{cycleId}/units-tree'>['roots'][number];
type Row = Omit<TreeNode, 'children'> & { children?: Row[] };
type Scheme = NonNullable<ReturnType<typeof useScheme>['data']>;

/** The tree without empty child lists (a leaf shows no expand button). */
const rowsOf = (nodes: readonly TreeNode[]): Row[] =>
  nodes.map(({ children, ...unit }) => (children.length === 0 ? unit : { ...unit, children: rowsOf(children) }));

/** A county registered without a category (the root of the tree) is not scored: `none` says so. */
const categoryLabel = (scheme: Scheme | undefined, categoryId: string | null, lang: Lang, none: string): string =>
  categoryId === null ? none : labelText(scheme?.outline?.categories.find((c) => c.id === categoryId)?.label, lang, categoryId);


type NewUnit = { unitId: string; name: string; level: (typeof LEVELS)[number]; categoryId: string; parentUnitId?: string };

function RegisterUnit({ cycleId }: Readonly<{ cycleId: string }>) {
  const m = useMessages(unitsMessages);
  const { lang } = useLang();
  const scheme = useScheme(cycleId);
  const units = useUnits(cycleId);
  const [form] = Form.useForm<NewUnit>();
  const errors = useApiErrors(form);
  const client = useQueryClient();
  const { message } = App.useApp();
  const register = useMutation({
    mutationFn: (values: NewUnit) => {
      const { parentUnitId, ...rest } = values;
      return ok(api.POST('/cycles/{cycleId}/units', { params: { path: { cycleId }, header: idempotencyHeader() }, body: { ...rest, ...(parentUnitId === undefined ? {} : { parentUnitId }) } }));
    },
    onSuccess: async () => {
      errors.clear();
      form.resetFields();
      await client.invalidateQueries();
      void message.success(m.registered);
    },
    onError: errors.show,
  });
  return (
    <Card size="small" title={m.registerUnit}>
      {errors.alert}
      <Form form={form} layout="inline" onFinish={(values) => register.mutate(values)} style={{ rowGap: 8 }} data-testid="register-unit">
        <Form.Item name="unitId" label={m.unitId} tooltip={m.unitIdHelp} rules={[{ required: true }]}>
          <Input style={{ width: 150 }} />
        </Form.Item>
        <Form.Item name="name" label={m.name} rules={[{ required: true }]}>
          <Input style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="level" label={m.level} rules={[{ required: true }]}>
          <Select style={{ width: 120 }} data-testid="unit-level" options={LEVELS.map((level) => ({ value: level, label: textFor(m, `level.${level}`, level) }))} />
        </Form.Item>
        <Form.Item name="categoryId" label={m.category} rules={[{ required: true }]}>
          <Select style={{ width: 160 }} data-testid="unit-category" options={(scheme.data?.outline?.categories ?? []).map((c) => ({ value: c.id, label: labelText(c.label, lang, c.id) }))} />
        </Form.Item>
        <Form.Item name="parentUnitId" label={m.parent}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={m.noParent}
            style={{ width: 180 }}
            data-testid="unit-parent"
            options={(units.data ?? []).map((u) => ({ value: u.unitId, label: u.name }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          {m.registerUnit}
        </Button>
      </Form>
    </Card>
  );
}

/** One input per period; the value is { period: target } without the empty ones. */
function TargetsInput({ periods, value, onChange }: Readonly<{ periods: readonly { id: string; label: string }[]; value?: Record<string, string>; onChange?: (next: Record<string, string>) => void }>) {
  return (
    <Space wrap>
      {periods.map((p) => (
        <Input
          key={p.id}
          style={{ width: 200 }}
          addonBefore={p.label}
          inputMode="decimal"
          aria-label={p.label}
          data-testid={`target-${p.id}`}
          value={value?.[p.id] ?? ''}
          onChange={(event) => {
            const next = { ...value, [p.id]: event.target.value.trim() };
            onChange?.(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== '')));
          }}
        />
      ))}
    </Space>
  );
}

type Assignment = { indicatorId: string; providerId?: string; targets?: Record<string, string> };

function AssignIndicator({ cycleId, unitId, categoryId }: Readonly<{ cycleId: string; unitId: string; categoryId: string }>) {
  const m = useMessages(unitsMessages);
  const { lang } = useLang();
  const scheme = useScheme(cycleId);
  const outline = scheme.data?.outline ?? undefined;
  const [form] = Form.useForm<Assignment>();
  const errors = useApiErrors(form);
  const client = useQueryClient();
  const { message } = App.useApp();
  const indicatorId = Form.useWatch('indicatorId', form);
  const leaves = leavesOf(outline, categoryId);
  const leaf = leaves.find((l) => l.id === indicatorId);
  // Only a proportional indicator has targets (the API refuses them for the other methods).
  const periodIds = leaf?.method === 'proportional' ? leafPeriods(outline, categoryId, indicatorId) : [];
  const periods = periodIds.map((id) => ({ id, label: periodName(outline ?? undefined, id, lang) }));
  const assign = useMutation({
    mutationFn: (values: Assignment) =>
      ok(
        api.POST('/cycles/{cycleId}/units/{unitId}/indicators', {
          params: { path: { cycleId, unitId }, header: idempotencyHeader() },
          body: {
            indicatorId: values.indicatorId,
            ...(values.providerId === undefined ? {} : { providerId: values.providerId }),
            ...(values.targets === undefined || Object.keys(values.targets).length === 0 ? {} : { targets: values.targets }),
          },
        }),
      ),
    onSuccess: async () => {
      errors.clear();
      form.resetFields();
      await client.invalidateQueries();
      void message.success(m.assigned);
    },
    // A target refused for one period ('targets.year-end') is shown under the targets field, naming the period (the Chinese text names it already).
    onError: (error) =>
      errors.show(error instanceof ApiFailure ? new ApiFailure(error.status, { ...error.body, details: error.fieldDetails.map((d) => (d.path.startsWith('targets.') ? { ...d, path: 'targets', message: d.message.includes(d.path) ? d.message : `${d.path.slice('targets.'.length)}: ${d.message}` } : d)) }) : error),
  });
  return (
    <Card size="small" title={m.assignIndicator}>
      {errors.alert}
      <Form form={form} layout="vertical" onFinish={(values) => assign.mutate(values)} data-testid="assign-indicator">
        <Form.Item name="indicatorId" label={m.indicator} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="assign-indicator-id"
            options={leaves.map((l) => ({ value: l.id, label: `${labelText(l.label, lang, l.id)}（${l.id}）` }))}
            onChange={(id: string) => form.setFieldsValue({ providerId: leaves.find((l) => l.id === id)?.provider ?? undefined, targets: {} })}
          />
        </Form.Item>
        <Form.Item name="providerId" label={m.provider} tooltip={m.providerHelp}>
          <Select allowClear data-testid="assign-provider" options={(outline?.sources ?? []).map((s) => ({ value: s.id, label: labelText(s.label, lang, s.id) }))} />
        </Form.Item>
        {periods.length > 0 && (
          <Form.Item
            name="targets"
            label={m.targets}
            extra={m.targetsHelp}
            rules={[{ validator: async (_, value: Record<string, string> | undefined) => { if (Object.values(value ?? {}).some((v) => !DECIMAL.test(v))) throw new Error(m.notDecimal); } }]}
          >
            <TargetsInput periods={periods} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={assign.isPending}>
          {m.assignIndicator}
        </Button>
      </Form>
    </Card>
  );
}

function UnitDrawer({ cycleId, unitId, onClose }: Readonly<{ cycleId: string; unitId: string | null; onClose: () => void }>) {
  const m = useMessages(unitsMessages);
  const pm = useMessages(planMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLang();
  const scheme = useScheme(cycleId);
  const isOffice = currentSession()?.role === 'office';
  const detail = useQuery({
    queryKey: ['unit', cycleId, unitId],
    enabled: unitId !== null,
    queryFn: () => ok(api.GET('/cycles/{cycleId}/units/{unitId}', { params: { path: { cycleId, unitId: unitId ?? '' } } })),
  });
  const leaves = leavesOf(scheme.data?.outline ?? undefined, undefined);
  const indicatorName = (id: string) => labelText(leaves.find((l) => l.id === id)?.label, lang, id);
  const periodText = (id: string) => (id === '' ? m.everyPeriod : periodName(scheme.data?.outline ?? undefined, id, lang));
  return (
    <Drawer open={unitId !== null} onClose={onClose} size="large" title={m.unitOf(detail.data?.unit.name ?? unitId ?? '')} destroyOnHidden>
      <QueryState query={detail}>
        {({ unit, assignments, children }) => (
          <Space orientation="vertical" style={{ width: '100%' }} size="middle" data-testid="unit-detail">
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label={m.unitId}>{unit.unitId}</Descriptions.Item>
              <Descriptions.Item label={m.level}>{textFor(m, `level.${unit.level}`, unit.level)}</Descriptions.Item>
              <Descriptions.Item label={m.category}>{categoryLabel(scheme.data, unit.categoryId, lang, m.noCategory)}</Descriptions.Item>
              <Descriptions.Item label={m.status}>
                <Tag color={STATUS_COLOR[unit.status]}>{textFor(m, `status.${unit.status}`, unit.status)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={m.children} span={2}>
                {children.length === 0 ? '—' : children.map((child) => <Tag key={child.unitId}>{child.name}</Tag>)}
              </Descriptions.Item>
            </Descriptions>
            {isOffice && unit.status === 'registered' && (
              <Space>
                <ReasonButton<{ reason: string; toCategoryId: string }>
                  label={m.move}
                  title={m.moveTitle(unit.name)}
                  testId="move-unit"
                  extra={
                    <Form.Item name="toCategoryId" label={m.toCategory} rules={[{ required: true }]}>
                      <Select options={(scheme.data?.outline?.categories ?? []).filter((cat) => cat.id !== unit.categoryId).map((cat) => ({ value: cat.id, label: labelText(cat.label, lang, cat.id) }))} />
                    </Form.Item>
                  }
                  run={(v) => ok(api.POST('/cycles/{cycleId}/units/{unitId}/move', { params: { path: { cycleId, unitId: unit.unitId }, header: idempotencyHeader() }, body: { reason: v.reason, toCategoryId: v.toCategoryId } }))}
                />
                <ReasonButton
                  label={m.retire}
                  danger
                  title={m.retireTitle(unit.name)}
                  testId="retire-unit"
                  run={(v) => ok(api.POST('/cycles/{cycleId}/units/{unitId}/retire', { params: { path: { cycleId, unitId: unit.unitId }, header: idempotencyHeader() }, body: { reason: v.reason } }))}
                />
              </Space>
            )}
            <Table
              size="small"
              rowKey="indicatorId"
              data-testid="unit-assignments"
              dataSource={assignments}
              pagination={false}
              locale={{ emptyText: m.noAssignments }}
              columns={[
                { title: m.indicator, dataIndex: 'indicatorId', render: (id: string) => `${indicatorName(id)}（${id}）` },
                { title: m.provider, dataIndex: 'providerId', render: (id: string | null) => id ?? '—' },
                {
                  title: m.targets,
                  dataIndex: 'targets',
                  render: (targets: Record<string, string>) =>
                    Object.keys(targets).length === 0 ? '—' : Object.entries(targets).map(([period, value]) => <Tag key={period}>{`${periodText(period)} ${value}`}</Tag>),
                },
                ...(isOffice
                  ? [
                      {
                        title: c.actions,
                        key: 'actions',
                        render: (_: unknown, a: (typeof assignments)[number]) => (
                          <ReasonButton<{ reason: string; value: string; period?: string }>
                            label={m.changeTarget}
                            title={m.changeTargetTitle(indicatorName(a.indicatorId))}
                            testId={`change-target-${a.indicatorId}`}
                            extra={
                              <>
                                <Form.Item name="period" label={m.period}>
                                  <Select allowClear placeholder={m.everyPeriod} options={(scheme.data?.outline?.periods ?? []).map((p) => ({ value: p.id, label: labelText(p.label, lang, p.id) }))} />
                                </Form.Item>
                                <Form.Item name="value" label={m.newTarget} rules={[{ required: true }, { pattern: DECIMAL, message: m.notDecimal }]}>
                                  <Input inputMode="decimal" />
                                </Form.Item>
                              </>
                            }
                            run={(v) =>
                              ok(
                                api.POST('/cycles/{cycleId}/units/{unitId}/indicators/{indicatorId}/target', {
                                  params: { path: { cycleId, unitId: unit.unitId, indicatorId: a.indicatorId }, header: idempotencyHeader() },
                                  body: { reason: v.reason, value: v.value, ...(v.period === undefined ? {} : { period: v.period }) },
                                }),
                              )
                            }
                          />
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            {isOffice && unit.status === 'registered' && unit.categoryId !== null && <AssignIndicator cycleId={cycleId} unitId={unit.unitId} categoryId={unit.categoryId} />}
            {unit.categoryId !== null && (
              <Card size="small" title={m.raters}>
                <UnitRaters cycleId={cycleId} unitId={unit.unitId} categoryId={unit.categoryId} mayAssign={isOffice && unit.status === 'registered'} />
              </Card>
            )}
            <Card size="small" title={pm.title}>
              <PlanReview cycleId={cycleId} unitId={unit.unitId} unitName={unit.name} status={unit.planStatus} mayReview={isOffice} />
            </Card>
          </Space>
        )}
      </QueryState>
    </Drawer>
  );
}

function UnitTree({ cycleId, onOpen }: Readonly<{ cycleId: string; onOpen: (unitId: string) => void }>) {
  const m = useMessages(unitsMessages);
  const { lang } = useLang();
  const scheme = useScheme(cycleId);
  const tree = useQuery({
    queryKey: ['units-tree', cycleId],
    queryFn: () => ok(api.GET('/cycles/{cycleId}/units-tree', { params: { path: { cycleId } } })),
  });
  return (
    <QueryState query={tree} isEmpty={(d) => d.roots.length === 0} emptyText={m.noUnits}>
      {(d) => (
        <Table<Row>
          // A unit registered since: mount afresh so the whole tree opens again.
          key={d.roots.length + JSON.stringify(d.roots).length}
          size="small"
          rowKey="unitId"
          data-testid="unit-tree"
          dataSource={rowsOf(d.roots)}
          pagination={{ pageSize: 50, showSizeChanger: false }}
          expandable={{ defaultExpandAllRows: true }}
          columns={[
            { title: m.name, dataIndex: 'name', render: (name: string, row) => <a onClick={() => onOpen(row.unitId)} data-testid={`unit-${row.unitId}`}>{name}</a> },
            { title: m.unitId, dataIndex: 'unitId' },
            { title: m.level, dataIndex: 'level', render: (level: string) => textFor(m, `level.${level}`, level) },
            { title: m.category, dataIndex: 'categoryId', render: (id: string | null) => categoryLabel(scheme.data, id, lang, m.noCategory) },
            { title: m.status, dataIndex: 'status', render: (s: string) => <Tag color={STATUS_COLOR[s]}>{textFor(m, `status.${s}`, s)}</Tag> },
            { title: m.planStatus, dataIndex: 'planStatus', render: (s: string) => <Tag color={PLAN_COLOR[s]}>{textFor(m, `plan.${s}`, s)}</Tag> },
            { title: '', key: 'open', render: (_, row) => <Button size="small" onClick={() => onOpen(row.unitId)}>{m.open}</Button> },
          ]}
        />
      )}
    </QueryState>
  );
}

const PAGE = 50;

/** Who reports what: every assignment, filtered and paged on the server. */
function AssignmentList({ cycleId, onOpen }: Readonly<{ cycleId: string; onOpen: (unitId: string) => void }>) {
  const m = useMessages(unitsMessages);
  const { lang } = useLang();
  const scheme = useScheme(cycleId);
  const units = useUnits(cycleId);
  const [filter, setFilter] = useState<{ unitId?: string; providerId?: string; page: number }>({ page: 1 });
  const list = useQuery({
    queryKey: ['assignments', cycleId, filter],
    queryFn: () =>
      ok(
        api.GET('/cycles/{cycleId}/assignments', {
          params: {
            path: { cycleId },
            query: { limit: PAGE, offset: (filter.page - 1) * PAGE, ...(filter.unitId === undefined ? {} : { unitId: filter.unitId }), ...(filter.providerId === undefined ? {} : { providerId: filter.providerId }) },
          },
        }),
      ),
  });
  const unitName = (id: string) => units.data?.find((u) => u.unitId === id)?.name ?? id;
  const leaves = leavesOf(scheme.data?.outline ?? undefined, undefined);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={m.allUnits}
          style={{ width: 200 }}
          value={filter.unitId}
          onChange={(unitId?: string) => setFilter((f) => ({ ...f, unitId, page: 1 }))}
          options={(units.data ?? []).map((u) => ({ value: u.unitId, label: u.name }))}
        />
        <Select
          allowClear
          placeholder={m.allProviders}
          style={{ width: 200 }}
          value={filter.providerId}
          onChange={(providerId?: string) => setFilter((f) => ({ ...f, providerId, page: 1 }))}
          options={(scheme.data?.outline?.sources ?? []).map((s) => ({ value: s.id, label: labelText(s.label, lang, s.id) }))}
        />
      </Space>
      <QueryState query={list} isEmpty={(d) => d.total === 0}>
        {(d) => (
          <Table
            size="small"
            rowKey={(a) => `${a.unitId}/${a.indicatorId}`}
            dataSource={d.items}
            data-testid="assignment-list"
            pagination={{ current: filter.page, pageSize: PAGE, total: d.total, showSizeChanger: false, showTotal: m.total, onChange: (page) => setFilter((f) => ({ ...f, page })) }}
            columns={[
              { title: m.name, dataIndex: 'unitId', render: (id: string) => <a onClick={() => onOpen(id)}>{unitName(id)}</a> },
              { title: m.indicator, dataIndex: 'indicatorId', render: (id: string) => `${labelText(leaves.find((l) => l.id === id)?.label, lang, id)}（${id}）` },
              { title: m.provider, dataIndex: 'providerId', render: (id: string | null) => id ?? '—' },
              { title: m.targets, dataIndex: 'targets', render: (t: Record<string, string>) => (Object.keys(t).length === 0 ? '—' : Object.entries(t).map(([p, v]) => <Tag key={p}>{`${p === '' ? m.everyPeriod : p} ${v}`}</Tag>)) },
            ]}
          />
        )}
      </QueryState>
    </Space>
  );
}

/** The office's 单位与指标: the unit tree, who reports what; register units, assign indicators with targets and providers. */
export default function UnitsPage() {
  const m = useMessages(unitsMessages);
  const c = useMessages(commonMessages);
  const { cycleId } = useCycle();
  // The unit open in the drawer is in the address (?unit=…): other pages link to a unit, and the link can be passed on.
  const [params, setParams] = useSearchParams();
  const open = params.get('unit');
  const setOpen = (unitId: string | null) => setParams(unitId === null ? {} : { unit: unitId });
  if (cycleId === undefined) return <Typography.Paragraph>{c.noCycle}</Typography.Paragraph>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3}>{m.title}</Typography.Title>
      {currentSession()?.role === 'office' && <RegisterUnit cycleId={cycleId} />}
      <Tabs
        items={[
          { key: 'tree', label: m.tree, children: <UnitTree cycleId={cycleId} onOpen={setOpen} /> },
          { key: 'assignments', label: m.assignments, children: <AssignmentList cycleId={cycleId} onOpen={setOpen} /> },
          ...(currentSession()?.role === 'office'
            ? [
                {
                  key: 'excel',
                  label: m.fromExcel,
                  children: (
                    <Space orientation="vertical" style={{ width: '100%' }}>
                      <ImportPanel cycleId={cycleId} kind="units" title={m.unitsFromExcel} />
                      <ImportPanel cycleId={cycleId} kind="assignments" title={m.assignmentsFromExcel} />
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <UnitDrawer cycleId={cycleId} unitId={open} onClose={() => setOpen(null)} />
    </Space>
  );
}
