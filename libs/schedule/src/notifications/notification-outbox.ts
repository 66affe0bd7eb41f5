import type { RecordedEvent, SqlClient } from '@kaoping/eventstore';

/** One notification for one recipient address (`unit:<id>`, `provider:<id>`, `role:<role>`, `user:<id>`). */
export type Notification = Readonly<{
  id: string;
  recipient: string;
  kind: string;
  cycleId: string;
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

type Draft = Omit<Notification, 'id' | 'recipient'> & Readonly<{ key: string; recipients: readonly string[] }>;

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
          message: `deadline ${text(data['deadlineId'])} is due on ${text(data['dueAt'])}: items are still missing`,
        },
      ];
    case 'DeadlinePassed': {
      const units = [...new Set(list(data['overdue']).map((item) => (typeof item === 'object' && item !== null && 'unitId' in item ? text(item.unitId) : '')))];
      return [
        {
          ...base,
          kind: 'overdue',
          recipients: units.filter((u) => u !== '').map((u) => `unit:${u}`),
          message: `deadline ${text(data['deadlineId'])} (${text(data['dueAt'])}) passed with items of yours missing: they count zero`,
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
          message: `rectification order ${text(data['orderId'])} of ${text(data['unitId'])} is overdue (due ${text(data['dueAt'])})`,
        },
      ];
    default:
      return [];
  }
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
    await this.input.client.query(`CREATE INDEX IF NOT EXISTS notifications_recipient ON ${this.table} (recipient, created_at)`);
  }

  /** Adds a notice for its recipients; a notice already there (same key) is left as it is. */
  async add(draft: Draft): Promise<void> {
    for (const recipient of draft.recipients) {
      await this.input.client.query(
        `INSERT INTO ${this.table} (id, recipient, kind, cycle_id, message, created_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
        [`${draft.key}:${recipient}`, recipient, draft.kind, draft.cycleId, draft.message, draft.createdAt],
      );
    }
  }

  async project(events: readonly RecordedEvent[]): Promise<void> {
    for (const event of events) for (const draft of notificationsOfEvent(event)) await this.add(draft);
  }

  async listFor(reader: NotificationReader, limit = 100): Promise<readonly Notification[]> {
    const addresses = addressesOf(reader);
    const rows = await this.input.client.query(
      `SELECT id, recipient, kind, cycle_id, message, created_at FROM ${this.table}
        WHERE recipient IN (${addresses.map((_, i) => `$${i + 1}`).join(', ')}) ORDER BY created_at DESC, id LIMIT ${Math.max(1, Math.min(1000, Math.floor(limit)))}`,
      addresses,
    );
    return rows.map((row) => ({
      id: text(row['id']),
      recipient: text(row['recipient']),
      kind: text(row['kind']),
      cycleId: text(row['cycle_id']),
      message: text(row['message']),
      createdAt: text(row['created_at']),
    }));
  }
}
