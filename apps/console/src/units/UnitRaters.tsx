import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Select, Space, Table, Tag, Typography } from 'antd';
import { api, idempotencyHeader, ok } from '../api/client';
import { useScheme } from '../common/cycles-query';
import { useApiErrors } from '../common/forms';
import { labelText } from '../common/label';
import { leavesOf, raterRoleName } from '../common/outline';
import { useLang, useMessages } from '../i18n/i18n';
import { textFor } from '../office/messages';
import { shellMessages } from '../shell/messages';
import { unitsMessages } from './messages';

type Values = { raterId: string; raterRole: string };

/**
 * Who rates a unit (评价人): the rater assignments that cover it ('all' units or a list naming it),
 * and, for the office, adding a rater to it: a leader or committee member picked from the accounts
 * that may rate, in a rater role of the scheme. An assignment is per (rater, role): adding the unit
 * to an existing one keeps its other units and indicators.
 */
export function UnitRaters({ cycleId, unitId, categoryId, mayAssign }: Readonly<{ cycleId: string; unitId: string; categoryId: string; mayAssign: boolean }>) {
  const m = useMessages(unitsMessages);
  const shell = useMessages(shellMessages);
  const { lang } = useLang();
  const scheme = useScheme(cycleId);
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useApiErrors(form);
  const raters = useQuery({ queryKey: ['raters', cycleId], queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/raters', { params: { path: { cycleId } } }))).raters });
  const candidates = useQuery({ queryKey: ['rater-candidates'], enabled: mayAssign, queryFn: () => ok(api.GET('/users/raters')) });
  const rated = leavesOf(scheme.data?.outline ?? undefined, categoryId).filter((leaf) => leaf.method === 'rating' || leaf.method === 'points');
  const roles = [...new Set(rated.flatMap((leaf) => leaf.raterRoles ?? []))];
  const roleName = (id: string) => raterRoleName(scheme.data?.outline ?? undefined, id, lang);
  const indicatorName = (id: string) => labelText(rated.find((leaf) => leaf.id === id)?.label, lang, id);
  const mine = (raters.data ?? []).filter((r) => r.units === 'all' || r.units.includes(unitId));
  const nameOf = (userId: string) => candidates.data?.find((c) => c.userId === userId)?.name ?? userId;
  const assign = useMutation({
    mutationFn: (values: Values) => {
      const existing = (raters.data ?? []).find((r) => r.raterId === values.raterId && r.raterRole === values.raterRole);
      const units = existing === undefined ? [unitId] : existing.units === 'all' ? 'all' : [...new Set([...existing.units, unitId])];
      return ok(
        api.POST('/cycles/{cycleId}/raters', {
          params: { path: { cycleId }, header: idempotencyHeader() },
          body: { raterId: values.raterId, raterRole: values.raterRole, units, ...(existing?.indicators == null ? {} : { indicators: existing.indicators }) },
        }),
      );
    },
    onSuccess: async () => {
      errors.clear();
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['raters', cycleId] });
      void message.success(m.raterAssigned);
    },
    onError: errors.show,
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Table
        size="small"
        rowKey={(r) => `${r.raterId}/${r.raterRole}`}
        data-testid="unit-raters"
        dataSource={mine}
        loading={raters.isPending}
        pagination={false}
        locale={{ emptyText: m.noRaters }}
        columns={[
          { title: m.rater, dataIndex: 'raterId', render: (id: string) => (nameOf(id) === id ? id : `${nameOf(id)}（${id}）`) },
          { title: m.raterRole, dataIndex: 'raterRole', render: (role: string) => <span title={role}>{roleName(role)}</span> },
          { title: m.ratesUnits, dataIndex: 'units', render: (units: 'all' | string[]) => (units === 'all' ? <Tag color="blue">{m.ratesAll}</Tag> : m.unitCount(units.length)) },
          { title: m.ratesIndicators, dataIndex: 'indicators', render: (ids: string[] | null) => (ids === null ? m.allRated : ids.map((id) => <Tag key={id}>{indicatorName(id)}</Tag>)) },
        ]}
      />
      {mayAssign && (
        <>
          {errors.alert}
          <Form form={form} layout="inline" onFinish={(values) => assign.mutate(values)} data-testid="assign-rater">
            <Form.Item name="raterId" label={m.rater} rules={[{ required: true }]}>
              <Select
                style={{ minWidth: 200 }}
                showSearch={{ optionFilterProp: 'label' }}
                data-testid="rater-id"
                loading={candidates.isPending}
                options={(candidates.data ?? []).map((c) => ({ value: c.userId, label: `${c.name}（${c.userId}，${c.roles.map((r) => textFor(shell, `role.${r}`, r)).join('、')}）` }))}
              />
            </Form.Item>
            <Form.Item name="raterRole" label={m.raterRole} rules={[{ required: true }]}>
              <Select style={{ minWidth: 160 }} data-testid="rater-role" options={roles.map((role) => ({ value: role, label: roleName(role) }))} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={assign.isPending}>
              {m.assignRater}
            </Button>
          </Form>
          {roles.length === 0 && <Typography.Text type="secondary">{m.noRaterRoles}</Typography.Text>}
        </>
      )}
    </Space>
  );
}
