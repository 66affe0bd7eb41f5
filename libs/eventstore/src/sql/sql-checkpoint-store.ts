import type { CheckpointStore } from '../event-store.port';
import type { SqlQueryable } from './sql-client';
import { nullableBigintColumn } from './sql-row.util';

/**
 * Checkpoints in `<schema>.checkpoints (subscription_id text primary key, position bigint)`, in
 * the same database as the events. A projection in that database can upsert its row in the
 * same transaction as its own writes to get exactly-once processing (see `SubscribeOptions`).
 */
export class SqlCheckpointStore implements CheckpointStore {
  constructor(
    private readonly client: SqlQueryable,
    private readonly schema: string,
  ) {}

  async load(subscriptionId: string): Promise<bigint | null> {
    const [row] = await this.client.query(
      `SELECT position::text AS position FROM "${this.schema}".checkpoints WHERE subscription_id = $1`,
      [subscriptionId],
    );
    return row === undefined ? null : nullableBigintColumn(row, 'position');
  }

  async store(subscriptionId: string, position: bigint): Promise<void> {
    await this.client.query(
      `INSERT INTO "${this.schema}".checkpoints (subscription_id, position) VALUES ($1, $2::bigint)
       ON CONFLICT (subscription_id) DO UPDATE SET position = excluded.position, updated_at = now()`,
      [subscriptionId, position.toString()],
    );
  }
}
