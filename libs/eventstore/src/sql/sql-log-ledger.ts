import type { RecordedEvent } from '../event-store.port';
import type { ChainLink, LogLedger } from '../event-store.adapter';
import type { SignedCheckpoint } from '../seal/log-signer';
import type { SqlClient } from './sql-client';
import { bigintColumn, intColumn, textColumn } from './sql-row.util';

/** The global chain (`log_chain`) and signed checkpoints (`log_checkpoints`) of a SQL store. */
export class SqlLogLedger implements LogLedger {
  constructor(
    private readonly client: SqlClient,
    private readonly schema: string,
  ) {}

  /** Creates the tables (inside the adapter's migration transaction). */
  static migrations(schema: string): readonly string[] {
    return [
      `CREATE TABLE IF NOT EXISTS "${schema}".log_chain (
        global_position bigint PRIMARY KEY,
        chain_hash text NOT NULL
      )`,
      `CREATE TABLE IF NOT EXISTS "${schema}".log_checkpoints (
        id bigserial PRIMARY KEY,
        global_position bigint NOT NULL,
        chain_hash text NOT NULL,
        signed_at text NOT NULL,
        reason text NOT NULL,
        public_key text NOT NULL,
        signature text NOT NULL
      )`,
    ];
  }

  async lastLink(): Promise<ChainLink | null> {
    const [row] = await this.client.query(
      `SELECT global_position::text AS position, chain_hash FROM "${this.schema}".log_chain ORDER BY global_position DESC LIMIT 1`,
    );
    return row === undefined ? null : { position: bigintColumn(row, 'position'), chainHash: textColumn(row, 'chain_hash') };
  }

  async storeLinks(links: readonly ChainLink[]): Promise<void> {
    if (links.length === 0) return;
    await this.client.query(
      `INSERT INTO "${this.schema}".log_chain (global_position, chain_hash)
       SELECT * FROM unnest($1::bigint[], $2::text[]) ON CONFLICT (global_position) DO NOTHING`,
      [links.map((l) => l.position.toString()), links.map((l) => l.chainHash)],
    );
  }

  async readLinks(after: bigint, maxCount: number): Promise<readonly ChainLink[]> {
    const rows = await this.client.query(
      `SELECT global_position::text AS position, chain_hash FROM "${this.schema}".log_chain
       WHERE global_position > $1::bigint ORDER BY global_position LIMIT $2`,
      [after.toString(), maxCount],
    );
    return rows.map((row) => ({ position: bigintColumn(row, 'position'), chainHash: textColumn(row, 'chain_hash') }));
  }

  async storeCheckpoint(checkpoint: SignedCheckpoint): Promise<void> {
    await this.client.query(
      `INSERT INTO "${this.schema}".log_checkpoints (global_position, chain_hash, signed_at, reason, public_key, signature)
       VALUES ($1::bigint, $2, $3, $4, $5, $6)`,
      [checkpoint.position.toString(), checkpoint.chainHash, checkpoint.signedAt, checkpoint.reason, checkpoint.publicKey, checkpoint.signature],
    );
  }

  async readCheckpoints(): Promise<readonly SignedCheckpoint[]> {
    const rows = await this.client.query(
      `SELECT global_position::text AS position, chain_hash, signed_at, reason, public_key, signature
       FROM "${this.schema}".log_checkpoints ORDER BY global_position, id`,
    );
    return rows.map((row) => ({
      position: bigintColumn(row, 'position'),
      chainHash: textColumn(row, 'chain_hash'),
      signedAt: textColumn(row, 'signed_at'),
      reason: textColumn(row, 'reason'),
      publicKey: textColumn(row, 'public_key'),
      signature: textColumn(row, 'signature'),
    }));
  }

  async streamTips(): Promise<ReadonlyMap<string, Readonly<{ revision: number; position: bigint }>>> {
    const rows = await this.client.query(
      `SELECT stream_id, last_revision, last_position::text AS last_position FROM "${this.schema}".streams WHERE last_revision >= 0`,
    );
    return new Map(
      rows.map((row) => [textColumn(row, 'stream_id'), { revision: intColumn(row, 'last_revision'), position: bigintColumn(row, 'last_position') }]),
    );
  }

  async importEvents(events: readonly RecordedEvent[]): Promise<void> {
    if (events.length === 0) return;
    const s = this.schema;
    await this.client.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO "${s}".events (global_position, stream_id, revision, event_id, type, data, metadata, recorded_at, prev_hash, hash, tx_id)
         SELECT u.position, u.stream_id, u.revision, u.event_id, u.type, u.data::json, u.metadata::json, u.recorded_at, u.prev_hash, u.hash, '0'::xid8
         FROM unnest($1::bigint[], $2::text[], $3::integer[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::text[], $10::text[])
           AS u (position, stream_id, revision, event_id, type, data, metadata, recorded_at, prev_hash, hash)`,
        [
          events.map((e) => e.globalPosition.toString()),
          events.map((e) => e.streamId),
          events.map((e) => e.revision),
          events.map((e) => e.id),
          events.map((e) => e.type),
          events.map((e) => JSON.stringify(e.data)),
          events.map((e) => JSON.stringify(e.metadata)),
          events.map((e) => e.recordedAt),
          events.map((e) => e.prevHash),
          events.map((e) => e.hash),
        ],
      );
      // Stream tips follow the last event of each stream so far; the position sequence the head.
      await tx.query(
        `INSERT INTO "${s}".streams (stream_id, last_revision, last_hash, last_position)
         SELECT DISTINCT ON (stream_id) stream_id, revision, hash, global_position FROM "${s}".events
         WHERE stream_id = ANY($1::text[]) ORDER BY stream_id, revision DESC
         ON CONFLICT (stream_id) DO UPDATE SET last_revision = excluded.last_revision, last_hash = excluded.last_hash,
           last_position = excluded.last_position`,
        [[...new Set(events.map((e) => e.streamId))]],
      );
      await tx.query(`SELECT setval('"${s}".global_position_seq', (SELECT max(global_position) FROM "${s}".events))`);
    });
  }
}
