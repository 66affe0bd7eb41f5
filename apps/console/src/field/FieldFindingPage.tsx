import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, type UploadFile } from 'antd';
import { useMemo } from 'react';
import { api, idempotencyHeader, ok } from '../api/client';
import { currentSession } from '../auth/session';
import { useCycle } from '../common/cycle';
import { useScheme, useUnits } from '../common/cycles-query';
import { EvidenceFiles, uploadPicked } from '../common/EvidenceFiles';
import { useApiErrors } from '../common/forms';
import { commonMessages } from '../common/messages';
import { ruleLabel } from '../common/outline';
import { useLang, useMessages } from '../i18n/i18n';
import { fieldMessages } from './messages';

type Values = { unitId: string; what: string; where: string; ruleId?: string; amount?: string; photos?: UploadFile[] };

/** An inspector's spot-check finding, made for a phone: unit, what, where, proposed deduction, photos. */
export default function FieldFindingPage() {
  const m = useMessages(fieldMessages);
  const c = useMessages(commonMessages);
  const { lang } = useLang();
  const { cycleId } = useCycle();
  const units = useUnits(cycleId);
  const scheme = useScheme(cycleId);
  const [form] = Form.useForm<Values>();
  const errors = useApiErrors(form);
  const client = useQueryClient();
  const { message } = App.useApp();
  const unitId = Form.useWatch('unitId', form);
  const categoryId = units.data?.find((u) => u.unitId === unitId)?.categoryId;
  const rules = useMemo(() => scheme.data?.outline?.categories.find((cat) => cat.id === categoryId)?.deductionRules ?? [], [scheme.data, categoryId]);
  const record = useMutation({
    mutationFn: async (values: Values) => {
      const evidence = await uploadPicked(values.photos);
      return ok(
        api.POST('/cycles/{cycleId}/inspection-findings', {
          params: { path: { cycleId: cycleId ?? '' }, header: idempotencyHeader() },
          body: {
            proposalId: `f-${crypto.randomUUID().slice(0, 8)}`,
            unitId: values.unitId,
            source: currentSession()?.scope.providerId ?? '',
            what: values.what,
            where: values.where,
            ...(values.ruleId === undefined ? {} : { ruleId: values.ruleId }),
            ...(values.amount === undefined || values.amount === '' ? {} : { amount: values.amount }),
            evidence,
          },
        }),
      );
    },
    onSuccess: async () => {
      errors.clear();
      form.resetFields();
      await client.invalidateQueries({ queryKey: ['my-findings'] });
      void message.success(m.recorded);
    },
    onError: errors.show,
  });
  if (cycleId === undefined) return <p>{c.noCycle}</p>;
  return (
    <Card title={m.title} style={{ maxWidth: 480 }} styles={{ body: { padding: 12 } }}>
      {errors.alert}
      <Form form={form} layout="vertical" onFinish={(values) => record.mutate(values)} requiredMark={false}>
        <Form.Item name="unitId" label={m.unit} rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={units.isPending}
            data-testid="finding-unit"
            options={(units.data ?? []).map((u) => ({ value: u.unitId, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="what" label={m.what} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="where" label={m.where} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="ruleId" label={m.rule}>
          <Select allowClear options={rules.map((r) => ({ value: r.id, label: ruleLabel(r, lang, '−') }))} />
        </Form.Item>
        <Form.Item name="amount" label={m.amount}>
          <Input inputMode="decimal" />
        </Form.Item>
        <EvidenceFiles name="photos" label={m.photos} addLabel={m.addPhoto} accept="image/*" capture requiredMessage={m.photoRequired} />
        <Button type="primary" htmlType="submit" block size="large" loading={record.isPending}>
          {m.submit}
        </Button>
      </Form>
    </Card>
  );
}
