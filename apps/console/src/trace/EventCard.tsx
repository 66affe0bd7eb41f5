import { Button, Descriptions, Space, Tag, Typography } from 'antd';
import type { GetAnswer } from '../api/types';
import { currentSession } from '../auth/session';
import { formatDate, formatDateTime, useMessages } from '../i18n/i18n';
import { textFor } from '../office/messages';
import { shellMessages } from '../shell/messages';
import { traceMessages } from './messages';

type UnitAsOf = GetAnswer<'/audit/cycles/{cycleId}/categories/{categoryId}/units/{unitId}/score'>;
export type EventLink = UnitAsOf['explanation']['events'][number]['event'];

const SHA = /^sha256:([0-9a-f]{64})$/;

/** Opens an uploaded evidence file (GET /evidence/{sha256} with the bearer token) in a new tab. */
const openEvidence = async (sha256: string): Promise<void> => {
  const session = currentSession();
  const response = await fetch(`/evidence/${sha256}`, { headers: session === null ? {} : { Authorization: `Bearer ${session.accessToken}` } });
  if (!response.ok) throw new Error(`${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  window.open(url, '_blank', 'noopener');
};

/** Evidence references: uploaded files open; other references are shown as written. */
export function EvidenceList({ evidence }: Readonly<{ evidence: readonly string[] }>) {
  const m = useMessages(traceMessages);
  return (
    <Space wrap size={4}>
      {evidence.map((reference) => {
        const sha = SHA.exec(reference)?.[1];
        return sha === undefined ? (
          <Tag key={reference}>{reference}</Tag>
        ) : (
          <Button key={reference} size="small" type="link" onClick={() => void openEvidence(sha)} title={reference}>
            {m.open} {sha.slice(0, 12)}…
          </Button>
        );
      })}
    </Space>
  );
}

/** One event as an auditor reads it: what, who in which role, when, why, with what evidence, at which log position. */
export function EventCard({ event, trail = [] }: Readonly<{ event: EventLink; trail?: readonly EventLink[] }>) {
  const m = useMessages(traceMessages);
  const shell = useMessages(shellMessages);
  return (
    <Descriptions size="small" column={1} bordered style={{ maxWidth: 480 }} data-testid="trace-event">
      <Descriptions.Item label={m.event}>
        <Typography.Text code>{event.type}</Typography.Text> <Typography.Text type="secondary">#{event.position}</Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label={m.who}>{event.actorId}</Descriptions.Item>
      <Descriptions.Item label={m.role}>{textFor(shell, `role.${event.role}`, event.role)}</Descriptions.Item>
      <Descriptions.Item label={m.when}>{formatDateTime(event.recordedAt)}</Descriptions.Item>
      {event.effectiveDate !== undefined && <Descriptions.Item label={m.effective}>{formatDate(event.effectiveDate)}</Descriptions.Item>}
      {event.reason !== undefined && <Descriptions.Item label={m.why}>{event.reason}</Descriptions.Item>}
      {event.evidence !== undefined && event.evidence.length > 0 && (
        <Descriptions.Item label={m.evidence}>
          <EvidenceList evidence={event.evidence} />
        </Descriptions.Item>
      )}
      {trail.length > 0 && (
        <Descriptions.Item label={m.trail}>
          <Space orientation="vertical" size={2}>
            {trail.map((step) => (
              <span key={step.eventId}>
                <Typography.Text code>{step.type}</Typography.Text> {step.actorId}（{textFor(shell, `role.${step.role}`, step.role)}）{formatDateTime(step.recordedAt)}
                {step.reason !== undefined && <Typography.Text type="secondary"> — {step.reason}</Typography.Text>}
              </span>
            ))}
          </Space>
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}
