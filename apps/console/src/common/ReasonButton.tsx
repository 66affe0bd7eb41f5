import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useApiErrors } from './forms';
import { commonMessages } from './messages';
import { useMessages } from '../i18n/i18n';

/** A button that asks for a reason (and any extra fields), then runs the command; the API's errors show in the dialog. */
export function ReasonButton<V extends { reason: string }>({
  label,
  title,
  danger,
  testId,
  run,
  extra,
  reasonRequired = true,
}: Readonly<{ label: string; title: string; danger?: boolean; testId?: string; run: (values: V) => Promise<unknown>; extra?: ReactNode; reasonRequired?: boolean }>) {
  const c = useMessages(commonMessages);
  const [shown, setShown] = useState(false);
  const [form] = Form.useForm<V>();
  const errors = useApiErrors(form);
  const client = useQueryClient();
  const { message } = App.useApp();
  const mutation = useMutation({
    mutationFn: run,
    onSuccess: async () => {
      setShown(false);
      errors.clear();
      form.resetFields();
      await client.invalidateQueries();
      void message.success(c.saved);
    },
    onError: errors.show,
  });
  return (
    <>
      <Button size="small" danger={danger} onClick={() => setShown(true)} data-testid={testId}>
        {label}
      </Button>
      <Modal open={shown} title={title} okText={c.submit} cancelText={c.cancel} onOk={() => form.submit()} onCancel={() => setShown(false)} confirmLoading={mutation.isPending} destroyOnHidden>
        {errors.alert}
        <Form form={form} layout="vertical" onFinish={(values) => mutation.mutate(values)}>
          {extra}
          <Form.Item name="reason" label={c.reason} rules={reasonRequired ? [{ required: true, message: c.reasonRequired }] : []}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
