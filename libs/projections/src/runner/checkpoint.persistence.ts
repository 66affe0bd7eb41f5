import type { CheckpointStore, SqlQueryable } from '@kaoping/eventstore';
import { tableOf, textOf } from './read-model-sql';

/**
 * Projection checkpoints: `<schema>.rm_checkpoints (projection, position)`, in the database of the
 * read models (not the event store's own checkpoints table: with KurrentDB the events live elsewhere).
 */
export const migrateCheckpoints = async (db: SqlQueryable, schema: string): Promise<void> => {
  await db.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await db.query(
    `CREATE TABLE IF NOT EXISTS ${tableOf(schema, 'rm_checkpoints')} (projection text PRIMARY KEY, position bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`,
  );
};

export const saveCheckpoint = async (db: SqlQueryable, input: Readonly<{ schema: string; projection: string; position: bigint }>): Promise<void> => {
  await db.query(
    `INSERT INTO ${tableOf(input.schema, 'rm_checkpoints')} (projection, position) VALUES ($1, $2::bigint)
     ON CONFLICT (projection) DO UPDATE SET position = excluded.position, updated_at = now()`,
    [input.projection, input.position.toString()],
  );
};

export const loadCheckpoint = async (db: SqlQueryable, input: Readonly<{ schema: string; projection: string }>): Promise<bigint | null> => {
  const [row] = await db.query(`SELECT position::text AS position FROM ${tableOf(input.schema, 'rm_checkpoints')} WHERE projection = $1`, [input.projection]);
  return row === undefined ? null : BigInt(textOf(row, 'position'));
};

export const deleteCheckpoint = async (db: SqlQueryable, input: Readonly<{ schema: string; projection: string }>): Promise<void> => {
  await db.query(`DELETE FROM ${tableOf(input.schema, 'rm_checkpoints')} WHERE projection = $1`, [input.projection]);
};

/**
 * The subscription's view of the checkpoints: it loads from rm_checkpoints, and its `store` does
 * nothing, because the runner already upserted the position in the batch's own transaction; its
 * `advance` moves the position past events the projection takes no interest in.
 */
export class TransactionalCheckpoints implements CheckpointStore {
  constructor(
    private readonly db: SqlQueryable,
    private readonly schema: string,
  ) {}

  load(subscriptionId: string): Promise<bigint | null> {
    return loadCheckpoint(this.db, { schema: this.schema, projection: subscriptionId });
  }

  async store(): Promise<void> {
    // Stored with the batch, in the same transaction as the read model's rows.
  }

  async advance(subscriptionId: string, position: bigint): Promise<void> {
    // No rows to write with it: only ever forward (a batch's transaction may have stored more).
    await this.db.query(
      `INSERT INTO ${tableOf(this.schema, 'rm_checkpoints')} (projection, position) VALUES ($1, $2::bigint)
       ON CONFLICT (projection) DO UPDATE SET position = greatest(${tableOf(this.schema, 'rm_checkpoints')}.position, excluded.position), updated_at = now()`,
      [subscriptionId, position.toString()],
    );
  }
}

/**
 * Moves several projections' checkpoints to `position` in one statement, only ever forward (a
 * projection that was ahead keeps its position).
 */
export const saveCheckpoints = async (db: SqlQueryable, input: Readonly<{ schema: string; projections: readonly string[]; position: bigint }>): Promise<void> => {
  if (input.projections.length === 0) return;
  const table = tableOf(input.schema, 'rm_checkpoints');
  await db.query(
    `INSERT INTO ${table} (projection, position) SELECT name, $2::bigint FROM jsonb_array_elements_text($1::jsonb) AS name
     ON CONFLICT (projection) DO UPDATE SET position = greatest(${table}.position, excluded.position), updated_at = now()`,
    [JSON.stringify(input.projections), input.position.toString()],
  );
};
