import type { RecordedEvent, SqlClient } from '@kaoping/eventstore';
import { notificationText, type NotificationLang, type NotificationParams } from './notification-texts';

/** One notification for one recipient address (`unit:<id>`, `provider:<id>`, `role:<role>`, `user:<id>`). */
export type Notification = Readonly<{
  id: string;
  recipient: string;
  kind: string;
  cycleId: string;
  /** In the reader's language (Chinese unless English is asked for), worded from kind and params when read. */
  message: string;
  createdAt: string;
}>;

/** Who a signed-in person is, as far as addresses go. */
export type NotificationReader = Readonly<{ userId: string; role: string; unitId?: string; providerId?: string }>;

/** The addresses a person reads: their own, their role's, their unit's or provider's. */
export const addressesOf = (reader: NotificationReader): readonly string[] => [
  `user:${reader.userId}`,
  `role:${reader.role}`,
  ...(reader.unitId === undefined ? [] : [`unit:${reader.unitId}`]),
  ...(reader.providerId === undefined ? [] : [`provider:${reader.providerId}`]),
];

/** A notice as stored: language-neutral (kind and params); it is worded when a person reads it. */
type Draft = Omit<Notification, 'id' | 'recipient' | 'message'> & Readonly<{ key: string; recipients: readonly string[]; params: NotificationParams }>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** The notifications an event gives (the read model's reducer; pure). */
export const notificationsOfEvent = (event: RecordedEvent): readonly Draft[] => {
  const raw = event.data;
  const data: Readonly<Record<string, unknown>> = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {};
  const cycleId = text(data['cycleId']);
  const base = { key: event.id, cycleId, createdAt: event.recordedAt };
  switch (event.type) {
    case 'ReminderIssued':
      return [
        {
          ...base,
          kind: 'reminder',
          recipients: list(data['recipients']).map(text).filter((r) => r !== ''),
          params: { deadlineId: text(data['deadlineId']), dueAt: text(data['dueAt']) },
        },
      ];
    case 'DeadlinePassed': {
      const units = [...new Set(list(data['overdue']).map((item) => (typeof item === 'object' && item !== null && 'unitId' in item ? text(item.unitId) : '')))];
      return [
        {
          ...base,
          kind: 'overdue',
          recipients: units.filter((u) => u !== '').map((u) => `unit:${u}`),
          params: { deadlineId: text(data['deadlineId']), dueAt: text(data['dueAt']) },
        },
      ];
    }
    case 'RectificationOverdue':
      // The escalation: the office and the unit hear that the order is overdue.
      return [
        {
          ...base,
          kind: 'rectification-overdue',
          recipients: ['role:office', `unit:${text(data['unitId'])}`],
          params: { orderId: text(data['orderId']), unitId: text(data['unitId']), dueAt: text(data['dueAt']) },
        },
      ];
    default:
      return [];
  }
};

const paramsOf = (value: unknown): NotificationParams | undefined => {
  if (typeof value !== 'string') return undefined;
  const parsed: unknown = JSON.parse(value);
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
    ? Object.fromEntries(Object.entries(parsed).map(([key, item]) => [key, text(item)]))
    : undefined;
};

/** The event types the outbox is fed by. */
export const NOTIFYING_EVENT_TYPES: readonly string[] = ['ReminderIssued', 'DeadlinePassed', 'RectificationOverdue'];

/**
 * The notification outbox: a read model in the SQL database, one row per (notice, recipient),
 * fed by the events (idempotent: the same event twice gives the same rows) and by the
 * scheduler's own notices (keyed by job id).
 */
export class NotificationOutbox {
  private readonly table: string;

  constructor(private readonly input: Readonly<{ client: SqlClient; schema: string }>) {
    if (!/^[a-z_][a-z0-9_]*$/.test(input.schema)) throw new Error(`bad schema name ${input.schema}`);
    this.table = `${input.schema}.notifications`;
  }

  async migrate(): Promise<void> {
    await this.input.client.query(`CREATE SCHEMA IF NOT EXISTS ${this.input.schema}`);
    await this.input.client.query(
      `CREATE TABLE IF NOT EXISTS ${this.table} (
         id text PRIMARY KEY, recipient text NOT NULL, kind text NOT NULL, cycle_id text NOT NULL,
         message text NOT NULL, created_at text NOT NULL)`,
    );
    // Notices are stored language-neutral (kind + params, JSON) and worded when read; rows written
    // before that keep their English message (params NULL).
    await this.input.client.query(`ALTER TABLE ${this.table} ADD COLUMN IF NOT EXISTS params text`);
    await this.input.client.query(`CREATE INDEX IF NOT EXISTS notifications_recipient ON ${this.table} (recipient, created_at)`);
  }

  /** Adds a notice for its recipients; a notice already there (same key) is left as it is. */
  async add(draft: Draft): Promise<void> {
    for (const recipient of draft.recipients) {
      await this.input.client.query(
        `INSERT INTO ${this.table} (id, recipient, kind, cycle_id, message, params, created_at) VALUES ($1, $2, $3, $4, '', $5, $6) ON CONFLICT (id) DO NOTHING`,
        [`${draft.key}:${recipient}`, recipient, draft.kind, draft.cycleId, JSON.stringify(draft.params), draft.createdAt],
      );
    }
  }

  async project(events: readonly RecordedEvent[]): Promise<void> {
    for (const event of events) for (const draft of notificationsOfEvent(event)) await this.add(draft);
  }

  /** The notices a person reads, newest first, worded in `lang` (Chinese by default). */
  async listFor(reader: NotificationReader, options: Readonly<{ limit?: number; lang?: NotificationLang }> = {}): Promise<readonly Notification[]> {
    const limit = options.limit ?? 100;
    const lang = options.lang ?? 'zh-CN';
    const addresses = addressesOf(reader);
    const rows = await this.input.client.query(
      `SELECT id, recipient, kind, cycle_id, message, params, created_at FROM ${this.table}
        WHERE recipient IN (${addresses.map((_, i) => `$${i + 1}`).join(', ')}) ORDER BY created_at DESC, id LIMIT ${Math.max(1, Math.min(1000, Math.floor(limit)))}`,
      addresses,
    );
    return rows.map((row) => ({
      id: text(row['id']),
      recipient: text(row['recipient']),
      kind: text(row['kind']),
      cycleId: text(row['cycle_id']),
      message: notificationText({ kind: text(row['kind']), params: paramsOf(row['params']), stored: text(row['message']), lang }),
      createdAt: text(row['created_at']),
    }));
  }
}
