import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { api, idempotencyHeader, ok } from '../api/client';
import { useApiErrors } from '../common/forms';
import { commonMessages } from '../common/messages';
import { useMessages } from '../i18n/i18n';
import { officeMessages, textFor } from './messages';

type PhaseId = 'planning' | 'monitoring' | 'mid-year' | 'year-end' | 'review' | 'publication' | 'results' | 'rectification';

/** Opens or closes a phase by hand, with the reason the office gives (recorded on the event). */
export function PhaseAction({ cycleId, phase, action }: Readonly<{ cycleId: string; phase: string; action: 'open' | 'close' }>) {
  const m = useMessages(officeMessages);
  const c = useMessages(commonMessages);
  const [shown, setShown] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const errors = useApiErrors(form);
  const client = useQueryClient();
  const { message } = App.useApp();
  const name = textFor(m, `phase.${phase}`, phase);
  const move = useMutation({
    mutationFn: ({ reason }: { reason: string }) => {
      const params = { path: { cycleId, phase: phase as PhaseId }, header: idempotencyHeader() };
      return action === 'open'
        ? ok(api.POST('/cycles/{cycleId}/phases/{phase}/open', { params, body: { reason } }))
        : ok(api.POST('/cycles/{cycleId}/phases/{phase}/close', { params, body: { reason } }));
    },
    onSuccess: async () => {
      setShown(false);
      form.resetFields();
      errors.clear();
      await client.invalidateQueries();
      void message.success(m.done);
    },
    onError: errors.show,
  });
  return (
    <>
      <Button size="small" type={action === 'open' ? 'primary' : 'default'} onClick={() => setShown(true)} data-testid={`${action}-${phase}`}>
        {action === 'open' ? m.open : m.close}
      </Button>
      <Modal
        open={shown}
        title={action === 'open' ? m.openPhase(name) : m.closePhase(name)}
        okText={c.submit}
        cancelText={c.cancel}
        confirmLoading={move.isPending}
        onOk={() => form.submit()}
        onCancel={() => setShown(false)}
        destroyOnHidden
      >
        {errors.alert}
        <Form form={form} layout="vertical" onFinish={(values) => move.mutate(values)}>
          <Form.Item name="reason" label={c.reason} rules={[{ required: true, message: c.reasonRequired }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
