import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Space } from 'antd';
import { api, idempotencyHeader, ok } from '../api/client';
import { useCycle } from '../common/cycle';
import { useScheme, useUnits } from '../common/cycles-query';
import { useApiErrors } from '../common/forms';
import { labelText } from '../common/label';
import { commonMessages } from '../common/messages';
import { leavesOf } from '../common/outline';
import { useLang, useMessages } from '../i18n/i18n';
import { ImportPanel } from '../spreadsheets/ImportPanel';
import { ratingMessages } from './messages';

type Values = { unitId: string; indicatorId: string; period?: string; raterRole: string; points: string };

/** A leader's or committee member's rating of a unit on a rating indicator. */
export default function RatingsPage() {
  const m = useMessages(ratingMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLang();
  const { cycleId } = useCycle();
  const units = useUnits(cycleId);
  const scheme = useScheme(cycleId);
  const [form] = Form.useForm<Values>();
  const errors = useApiErrors(form);
  const { message } = App.useApp();
  const unitId = Form.useWatch('unitId', form);
  const categoryId = units.data?.find((u) => u.unitId === unitId)?.categoryId ?? undefined;
  const indicators = leavesOf(scheme.data?.outline ?? undefined, categoryId, 'rating');
  const rate = useMutation({
    mutationFn: ({ unitId: unit, ...body }: Values) =>
      ok(api.POST('/cycles/{cycleId}/units/{unitId}/ratings', { params: { path: { cycleId: cycleId ?? '', unitId: unit }, header: idempotencyHeader() }, body })),
    onSuccess: () => {
      errors.clear();
      form.resetFields(['unitId', 'points']);
      void message.success(m.rated);
    },
    onError: errors.show,
  });
  if (cycleId === undefined) return <p>{c.noCycle}</p>;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card title={m.title} style={{ maxWidth: 560 }}>
        {errors.alert}
        <Form form={form} layout="vertical" onFinish={(v) => rate.mutate(v)}>
          <Form.Item name="unitId" label={m.unit} rules={[{ required: true }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={(units.data ?? []).map((u) => ({ value: u.unitId, label: u.name }))} />
          </Form.Item>
          <Form.Item name="indicatorId" label={m.indicator} rules={[{ required: true }]}>
            <Select options={indicators.map((i) => ({ value: i.id, label: `${labelText(i.label, lang, i.id)} (${i.maxPoints})` }))} />
          </Form.Item>
          <Form.Item name="period" label={m.period}>
            <Select allowClear options={(scheme.data?.outline?.periods ?? []).map((p) => ({ value: p.id, label: labelText(p.label, lang, p.id) }))} />
          </Form.Item>
          <Form.Item name="raterRole" label={m.raterRole} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="points" label={m.points} rules={[{ required: true }]}>
            <Input inputMode="decimal" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={rate.isPending}>
            {m.rate}
          </Button>
        </Form>
      </Card>
      <ImportPanel cycleId={cycleId} kind="ratings" />
    </Space>
  );
}
