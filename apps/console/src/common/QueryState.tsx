import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import { ApiFailure } from '../api/client';
import { useMessages } from '../i18n/i18n';
import { commonMessages } from './messages';

export function Loading() {
  const m = useMessages(commonMessages);
  return (
    <div style={{ padding: 48, textAlign: 'center' }} role="status">
      <Spin /> <span style={{ marginLeft: 8 }}>{m.loading}</span>
    </div>
  );
}

/**
 * The states of a read, in words: loading, the read model catching up (503 read-model-behind,
 * retried), a refusal with the API's message, empty, or the data.
 */
export function QueryState<T>({
  query,
  isEmpty,
  emptyText,
  children,
}: Readonly<{ query: UseQueryResult<T>; isEmpty?: (data: T) => boolean; emptyText?: string; children: (data: T) => ReactNode }>) {
  const m = useMessages(commonMessages);
  const error = query.error;
  if (error instanceof ApiFailure && error.readModelBehind) return <Alert type="info" showIcon title={m.catchingUp} role="status" />;
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title={m.failed}
        description={error instanceof Error ? error.message : String(error)}
        action={<Button onClick={() => void query.refetch()}>{m.retry}</Button>}
      />
    );
  }
  if (query.data !== undefined && isEmpty?.(query.data) === true) return <Empty description={emptyText ?? m.empty} />;
  return <>{children(query.data as T)}</>;
}
