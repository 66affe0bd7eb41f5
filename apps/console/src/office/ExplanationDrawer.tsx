import { useQuery } from '@tanstack/react-query';
import { Descriptions, Drawer, Popover, Space, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { api, ok } from '../api/client';
import type { GetAnswer } from '../api/types';
import { labelText } from '../common/label';
import { QueryState } from '../common/QueryState';
import { formatDateTime, useLang, useMessages, type Lang } from '../i18n/i18n';
import { inputStatusText } from '../common/messages';
import { shellMessages } from '../shell/messages';
import { EvidenceList } from '../trace/EventCard';
import { officeMessages, textFor } from './messages';

type Explained = GetAnswer<'/cycles/{cycleId}/units/{unitId}/explained-score'>;
type Node = Explained['explanation'];
type EventView = Explained['events'][string];

/** One fact behind a number: who recorded it, in which role, when, why, with what evidence, who approved, what changed it. */
function FactCard({ event }: Readonly<{ event: EventView }>) {
  const m = useMessages(officeMessages);
  const shell = useMessages(shellMessages);
  const evidence = Array.isArray(event.evidence) ? (event.evidence as unknown[]).map(String) : [];
  return (
    <Descriptions size="small" column={1} bordered style={{ maxWidth: 420 }} data-testid="fact-card">
      <Descriptions.Item label="type">{event.type}</Descriptions.Item>
      <Descriptions.Item label={m.who}>{event.actorId}</Descriptions.Item>
      <Descriptions.Item label={m.role}>{textFor(shell, `role.${event.role}`, event.role)}</Descriptions.Item>
      <Descriptions.Item label={m.when}>{formatDateTime(event.recordedAt)}</Descriptions.Item>
      {event.reason !== null && <Descriptions.Item label={m.why}>{event.reason}</Descriptions.Item>}
      {evidence.length > 0 && (
        <Descriptions.Item label={m.evidence}>
          <EvidenceList evidence={evidence} />
        </Descriptions.Item>
      )}
      {event.approvedBy !== null && <Descriptions.Item label={m.approvedBy}>{event.approvedBy}</Descriptions.Item>}
      {event.supersededBy !== null && <Descriptions.Item label={m.correctedBy}>{event.supersededBy}</Descriptions.Item>}
      {event.revokedBy !== null && <Descriptions.Item label={m.revokedBy}>{event.revokedBy}</Descriptions.Item>}
    </Descriptions>
  );
}

const treeOf = (node: Node, events: Explained['events'], lang: Lang, m: (typeof officeMessages)['zh-CN']): DataNode => {
  // A fact id is its event id, or '<event id>#<part>' when one event carries several facts.
  const facts = node.factIds.map((id) => events[id.split('#')[0] ?? id] ?? null);
  const inputs = Object.entries(node.inputs);
  return {
    key: `${node.id}/${node.period ?? ''}/${node.kind}`,
    title: (
      <Space wrap size={4}>
        <Typography.Text strong>{labelText(node.label, lang, node.id)}</Typography.Text>
        <Popover
          title={labelText(node.rule, lang)}
          content={
            <Space orientation="vertical">
              {inputs.length > 0 && (
                <Descriptions size="small" column={1} title={m.inputs}>
                  {inputs.map(([key, value]) => (
                    <Descriptions.Item key={key} label={key}>
                      {value}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              )}
              {facts.map((event, index) => (event === null ? <Tag key={index}>{node.factIds[index]}</Tag> : <FactCard key={event.eventId} event={event} />))}
            </Space>
          }
        >
          <a data-testid={`number-${node.id}`}>{node.shown}</a>
        </Popover>
        {node.max !== undefined && <Typography.Text type="secondary">/ {node.max}</Typography.Text>}
        {node.status !== undefined && node.status !== 'scored' && <Tag color="orange">{inputStatusText(node.status, lang)}</Tag>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {labelText(node.rule, lang)}
        </Typography.Text>
      </Space>
    ),
    children: node.children.map((child) => treeOf(child, events, lang, m)),
  };
};

/** A unit's live score and why: the explanation tree, each number opening the rule, its inputs and the facts behind it. */
export function ExplanationDrawer({ cycleId, unitId, unitName, onClose }: Readonly<{ cycleId: string; unitId: string | null; unitName?: string; onClose: () => void }>) {
  const m = useMessages(officeMessages);
  const { lang } = useLang();
  const explained = useQuery({
    queryKey: ['explained-score', cycleId, unitId],
    enabled: unitId !== null,
    queryFn: () => ok(api.GET('/cycles/{cycleId}/units/{unitId}/explained-score', { params: { path: { cycleId, unitId: unitId ?? '' } } })),
  });
  return (
    <Drawer open={unitId !== null} onClose={onClose} size={720} title={m.explanationOf(unitName ?? unitId ?? '')}>
      {unitId !== null && <ExplanationTree query={explained} lang={lang} />}
    </Drawer>
  );
}

export function ExplanationTree({ query, lang }: Readonly<{ query: ReturnType<typeof useQuery<Explained>>; lang: Lang }>) {
  const m = useMessages(officeMessages);
  return (
    <QueryState query={query}>
      {(data) => (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="explanation">
          <Space size="large">
            <Typography.Title level={2} style={{ margin: 0 }} data-testid="explained-total">
              {data.score.total}
            </Typography.Title>
            <span>
              {m.rank} {data.score.rank}
            </span>
            {data.position !== null && <Typography.Text type="secondary">{m.asOf(data.position)}</Typography.Text>}
          </Space>
          <Tree defaultExpandAll selectable={false} treeData={[treeOf(data.explanation, data.events, lang, m)]} />
        </Space>
      )}
    </QueryState>
  );
}
