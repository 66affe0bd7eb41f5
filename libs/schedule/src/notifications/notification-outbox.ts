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
  /** Whether the reader marked it read (per person: a notice to a role or unit is read by each of its people on their own). */
  read: boolean;
}>;

/** Which notices a person lists: all (default) or only the unread ones. */
export type NotificationFilter = 'all' | 'unread';

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
type Draft = Omit<Notification, 'id' | 'recipient' | 'message' | 'read'> & Readonly<{ key: string; recipients: readonly string[]; params: NotificationParams }>;

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
      // Whoever owed the items (kept in the fact); facts recorded before that name only the units.
      const owers = list(data['recipients']).map(text);
      const units = list(data['overdue']).map((item) => (typeof item === 'object' && item !== null && 'unitId' in item ? `unit:${text(item.unitId)}` : ''));
      return [
        {
          ...base,
          kind: 'overdue',
          recipients: [...new Set(Array.isArray(data['recipients']) ? owers : units)].filter((r) => r !== '' && r !== 'unit:'),
          params: { deadlineId: text(data['deadlineId']), dueAt: text(data['dueAt']) },
        },
      ];
    }
    case 'UnitsChased': {
      // The office's chase (催报): whoever owes the chased units' items, with the office's words if it gave any.
      const metadata: unknown = event.metadata;
      const note = typeof metadata === 'object' && metadata !== null && 'reason' in metadata ? text(metadata.reason) : '';
      return [
        {
          ...base,
          kind: 'chase',
          recipients: list(data['recipients']).map(text).filter((r) => r !== ''),
          params: { deadlineId: text(data['deadlineId']), dueAt: text(data['dueAt']), ...(note === '' ? {} : { note }) },
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

/** A notice row as added to the outbox (new, or there already: a replay). */
export type AddedNotice = Readonly<{ id: string; recipient: string; kind: string; params: NotificationParams; createdAt: string }>;

/** What follows the outbox: told of every row added (idempotently), e.g. the webhook deliveries. */
export type NoticeFollower = Readonly<{ migrate: () => Promise<void>; added: (notice: AddedNotice) => Promise<void> }>;

/** The event types the outbox is fed by. */
export const NOTIFYING_EVENT_TYPES: readonly string[] = ['ReminderIssued', 'UnitsChased', 'DeadlinePassed', 'RectificationOverdue'];

/**
 * The notification outbox: a read model in the SQL database, one row per (notice, recipient),
 * fed by the events (idempotent: the same event twice gives the same rows) and by the
 * scheduler's own notices (keyed by job id).
 */
export class NotificationOutbox {
  private readonly table: string;

  constructor(private readonly input: Readonly<{ client: SqlClient; schema: string; follower?: NoticeFollower }>) {
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
    // Read state: per person and notice, a row of this read model (see markRead).
    await this.input.client.query(
      `CREATE TABLE IF NOT EXISTS ${this.input.schema}.notification_reads (
         user_id text NOT NULL, notification_id text NOT NULL, read_at text NOT NULL, PRIMARY KEY (user_id, notification_id))`,
    );
    await this.input.follower?.migrate();
  }

  /** Adds a notice for its recipients; a notice already there (same key) is left as it is. */
  async add(draft: Draft): Promise<void> {
    for (const recipient of draft.recipients) {
      await this.input.client.query(
        `INSERT INTO ${this.table} (id, recipient, kind, cycle_id, message, params, created_at) VALUES ($1, $2, $3, $4, '', $5, $6) ON CONFLICT (id) DO NOTHING`,
        [`${draft.key}:${recipient}`, recipient, draft.kind, draft.cycleId, JSON.stringify(draft.params), draft.createdAt],
      );
      await this.input.follower?.added({ id: `${draft.key}:${recipient}`, recipient, kind: draft.kind, params: draft.params, createdAt: draft.createdAt });
    }
  }

  async project(events: readonly RecordedEvent[]): Promise<void> {
    for (const event of events) for (const draft of notificationsOfEvent(event)) await this.add(draft);
  }

  /** The notices a person reads, newest first, worded in `lang` (Chinese by default); `filter: 'unread'` leaves out those they marked read. */
  async listFor(
    reader: NotificationReader,
    options: Readonly<{ limit?: number; lang?: NotificationLang; filter?: NotificationFilter }> = {},
  ): Promise<readonly Notification[]> {
    const limit = options.limit ?? 100;
    const lang = options.lang ?? 'zh-CN';
    const addresses = addressesOf(reader);
    const unreadOnly = options.filter === 'unread' ? 'AND r.read_at IS NULL' : '';
    const rows = await this.input.client.query(
      `SELECT n.id, n.recipient, n.kind, n.cycle_id, n.message, n.params, n.created_at, r.read_at FROM ${this.table} n
         LEFT JOIN ${this.input.schema}.notification_reads r ON r.notification_id = n.id AND r.user_id = $1
        WHERE n.recipient IN (${addresses.map((_, i) => `$${i + 2}`).join(', ')}) ${unreadOnly}
        ORDER BY n.created_at DESC, n.id LIMIT ${Math.max(1, Math.min(1000, Math.floor(limit)))}`,
      [reader.userId, ...addresses],
    );
    return rows.map((row) => ({
      id: text(row['id']),
      recipient: text(row['recipient']),
      kind: text(row['kind']),
      cycleId: text(row['cycle_id']),
      message: notificationText({ kind: text(row['kind']), params: paramsOf(row['params']), stored: text(row['message']), lang }),
      createdAt: text(row['created_at']),
      read: row['read_at'] !== null && row['read_at'] !== undefined,
    }));
  }

  /**
   * A person marks a notice addressed to them read (again: nothing changes). False when no such
   * notice is addressed to them. Reading is kept as a row of this read model, not as an event:
   * it is the reader's inbox state, not a fact of the evaluation (no score, deadline or audit
   * question depends on it), and a notice to a role or unit is read by each of its people apart.
   */
  async markRead(reader: NotificationReader, notificationId: string, at: Date): Promise<boolean> {
    const addresses = addressesOf(reader);
    const found = await this.input.client.query(
      `SELECT id FROM ${this.table} WHERE id = $1 AND recipient IN (${addresses.map((_, i) => `$${i + 2}`).join(', ')})`,
      [notificationId, ...addresses],
    );
    if (found.length === 0) return false;
    await this.input.client.query(
      `INSERT INTO ${this.input.schema}.notification_reads (user_id, notification_id, read_at) VALUES ($1, $2, $3) ON CONFLICT (user_id, notification_id) DO NOTHING`,
      [reader.userId, notificationId, at.toISOString()],
    );
    return true;
  }
}
