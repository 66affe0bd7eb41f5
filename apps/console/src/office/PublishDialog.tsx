import { useMutation } from '@tanstack/react-query';
import { DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, idempotencyHeader, ok } from '../api/client';
import { useApiErrors } from '../common/forms';
import { commonMessages } from '../common/messages';
import { useMessages } from '../i18n/i18n';
import { officeMessages } from './messages';

/**
 * Publishing a category's results (公示) with the end of its notice period. Its own file, loaded when
 * the office opens it: the ranking page does not fetch the date picker to show the ranking.
 */
export default function PublishDialog({ cycleId, categoryId, onPublished, onCancel }: Readonly<{ cycleId: string; categoryId: string; onPublished: () => Promise<void>; onCancel: () => void }>) {
  const m = useMessages(officeMessages);
  const c = useMessages(commonMessages);
  const [form] = Form.useForm<{ noticeEndsAt: Dayjs }>();
  const errors = useApiErrors(form);
  const publish = useMutation({
    mutationFn: (values: { noticeEndsAt: Dayjs }) =>
      ok(
        api.POST('/cycles/{cycleId}/results/{categoryId}/publication', {
          params: { path: { cycleId, categoryId }, header: idempotencyHeader() },
          body: { noticeEndsAt: values.noticeEndsAt.format('YYYY-MM-DD') },
        }),
      ),
    onSuccess: onPublished,
    onError: errors.show,
  });
  return (
    <Modal open title={m.publishResults} okText={c.submit} cancelText={c.cancel} onOk={() => form.submit()} onCancel={onCancel} confirmLoading={publish.isPending}>
      {errors.alert}
      <Form form={form} layout="vertical" onFinish={(values) => publish.mutate(values)}>
        <Form.Item name="noticeEndsAt" label={m.noticeEndsAt} rules={[{ required: true }]}>
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}
