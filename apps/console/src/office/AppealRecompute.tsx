import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Select, Tag } from 'antd';
import { api, idempotencyHeader, ok } from '../api/client';
import { useUnits } from '../common/cycles-query';
import { useApiErrors } from '../common/forms';
import { useMessages } from '../i18n/i18n';
import { appealTarget } from './appeal-target';
import { officeMessages, textFor } from './messages';

type Values = { appealId?: string };

/**
 * After publication the results change only through a decided appeal: the office picks one of the
 * category's decided appeals (its units', or against the category's results) and recomputes with it.
 * Without a pick the API's refusal shows next to the picker.
 */
export function AppealRecompute({ cycleId, categoryId, recomputedFor }: Readonly<{ cycleId: string; categoryId: string; recomputedFor: string | null }>) {
  const m = useMessages(officeMessages);
  const units = useUnits(cycleId, categoryId);
  const [form] = Form.useForm<Values>();
  const errors = useApiErrors(form);
  const client = useQueryClient();
  const { message } = App.useApp();
  const appeals = useQuery({
    queryKey: ['appeals', cycleId, 'decided'],
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/appeals', { params: { path: { cycleId }, query: { status: 'decided', limit: 200 } } }))).items,
  });
  const inCategory = new Set((units.data ?? []).map((u) => u.unitId));
  const options = (appeals.data ?? [])
    .filter((a) => inCategory.has(a.unitId) || appealTarget(a.against).categoryId === categoryId)
    .map((a) => ({
      value: a.appealId,
      label: `${a.appealId} · ${units.data?.find((u) => u.unitId === a.unitId)?.name ?? a.unitId} · ${a.decided === null ? '' : textFor(m, `outcome.${a.decided.outcome}`, a.decided.outcome)}`,
    }));
  const recompute = useMutation({
    mutationFn: (values: Values) =>
      ok(
        api.POST('/cycles/{cycleId}/results/{categoryId}/computations', {
          params: { path: { cycleId, categoryId }, header: idempotencyHeader() },
          body: values.appealId === undefined ? {} : { appealId: values.appealId },
        }),
      ),
    onSuccess: async () => {
      errors.clear();
      form.resetFields();
      await client.invalidateQueries();
      void message.success(m.done);
    },
    onError: errors.show,
  });
  return (
    <>
      {recomputedFor !== null && (
        <Tag color="purple" data-testid="recomputed-for">
          {m.recomputedFor(recomputedFor)}
        </Tag>
      )}
      {errors.alert}
      <Form form={form} layout="inline" onFinish={(values) => recompute.mutate(values)} data-testid="appeal-recompute">
        <Form.Item name="appealId" label={m.appealForRecompute}>
          <Select allowClear style={{ minWidth: 280 }} loading={appeals.isPending} options={options} notFoundContent={m.noDecidedAppeals} data-testid="appeal-picker" />
        </Form.Item>
        <Button htmlType="submit" loading={recompute.isPending}>
          {m.recompute}
        </Button>
      </Form>
    </>
  );
}
