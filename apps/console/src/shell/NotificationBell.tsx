import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, Popover, Space, Typography } from 'antd';
import { api, ok } from '../api/client';
import { formatDateTime, useLang, useMessages } from '../i18n/i18n';
import { shellMessages } from './messages';

const KEY = ['notifications', 'unread'] as const;

/**
 * 通知: the reminders, overdue notices and escalations addressed to the signed-in person (or their
 * role, unit or provider) that they have not marked read, in the console's language.
 */
export function NotificationBell() {
  const m = useMessages(shellMessages);
  const { lang } = useLang();
  const client = useQueryClient();
  const unread = useQuery({
    queryKey: [...KEY, lang],
    queryFn: () => ok(api.GET('/notifications', { params: { query: { filter: 'unread' } } })),
    refetchInterval: 60_000,
  });
  const markRead = useMutation({
    mutationFn: (notificationId: string) => ok(api.POST('/notifications/{notificationId}/read', { params: { path: { notificationId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: KEY }),
  });
  // A role that may not read notifications (or a failed read) shows no bell rather than an error in the header.
  if (unread.isError) return null;
  const items = unread.data ?? [];
  const list = (
    <div style={{ width: 320, maxHeight: 360, overflowY: 'auto' }} data-testid="notifications">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noNotifications} />
      ) : (
        items.map((item) => (
          <div key={item.id} style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
            <Typography.Paragraph style={{ marginBottom: 4 }}>{item.message}</Typography.Paragraph>
            <Space style={{ justifyContent: 'space-between', width: '100%' }}>
              <Typography.Text type="secondary">{formatDateTime(item.createdAt)}</Typography.Text>
              <Button size="small" type="link" loading={markRead.isPending && markRead.variables === item.id} onClick={() => markRead.mutate(item.id)}>
                {m.markRead}
              </Button>
            </Space>
          </div>
        ))
      )}
    </div>
  );
  return (
    <Popover content={list} title={m.notifications} trigger="click" placement="bottomRight">
      <Badge count={items.length} size="small" offset={[-4, 4]}>
        <Button size="small" data-testid="notification-bell" aria-label={`${m.notifications} (${items.length})`}>
          {m.notifications}
        </Button>
      </Badge>
    </Popover>
  );
}
