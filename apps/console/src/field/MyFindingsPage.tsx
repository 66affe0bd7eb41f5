import { useQuery } from '@tanstack/react-query';
import { List, Space, Tag, Typography } from 'antd';
import { api, ok } from '../api/client';
import { useCycle } from '../common/cycle';
import { useUnits } from '../common/cycles-query';
import { commonMessages } from '../common/messages';
import { QueryState } from '../common/QueryState';
import { formatDateTime, useMessages } from '../i18n/i18n';
import { textFor } from '../office/messages';
import { fieldMessages } from './messages';

const COLOR: Readonly<Record<string, string>> = { pending: 'gold', approved: 'green', rejected: 'default', revoked: 'red', 'not-upheld': 'default', 'under-investigation': 'blue' };

/** What I recorded and what became of each (the API scopes the queue to what this person recorded). */
export default function MyFindingsPage() {
  const m = useMessages(fieldMessages);
  const c = useMessages(commonMessages);
  const { cycleId } = useCycle();
  const units = useUnits(cycleId);
  const nameOf = (unitId: string) => units.data?.find((u) => u.unitId === unitId)?.name ?? unitId;
  const mine = useQuery({
    queryKey: ['my-findings', cycleId],
    enabled: cycleId !== undefined,
    // The API answers an inspector or complaint handler with what they recorded, newest first, every status.
    queryFn: async () => (await ok(api.GET('/cycles/{cycleId}/proposals', { params: { path: { cycleId: cycleId ?? '' }, query: { limit: 500 } } }))).items,
  });
  if (cycleId === undefined) return <p>{c.noCycle}</p>;
  return (
    <Space orientation="vertical" style={{ width: '100%', maxWidth: 640 }}>
      <Typography.Title level={3}>{m.mineTitle}</Typography.Title>
      <QueryState query={mine} isEmpty={(list) => list.length === 0}>
        {(list) => (
          <List
            dataSource={list}
            renderItem={(p) => (
              <List.Item key={p.proposalId} data-testid={`finding-${p.proposalId}`}>
                <List.Item.Meta
                  title={
                    <Space wrap>
                      <span>{nameOf(p.unitId)}</span>
                      <Tag color={COLOR[p.status]}>{textFor(m, `status.${p.status}`, p.status)}</Tag>
                    </Space>
                  }
                  description={
                    <>
                      <div>{p.what}</div>
                      <div>
                        {m.when} {formatDateTime(p.recorded.at)}
                        {p.decided !== null && ` · ${m.decided} ${p.decided.actorId} ${formatDateTime(p.decided.at)}${p.decided.reason ? `：${p.decided.reason}` : ''}`}
                        {p.revoked !== null && ` · ${textFor(m, 'status.revoked', 'revoked')} ${p.revoked.reason ?? ''}`}
                      </div>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </QueryState>
    </Space>
  );
}
