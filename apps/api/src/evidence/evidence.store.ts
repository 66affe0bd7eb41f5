import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { SqlQueryable } from '@kaoping/eventstore';
import { KAOPING_CONFIG, SQL_DATABASE, type KaopingConfig, type SqlDatabase } from '@kaoping/runtime';

/** A stored file: its SHA-256 (hex) is its name; the event's evidence says `sha256:<hex>`. */
export type EvidenceFile = Readonly<{ sha256: string; mediaType: string; size: number; uploadedBy: string; uploadedRole: string; uploadedAt: string }>;

export const EVIDENCE_PREFIX = 'sha256:';
export const evidenceReference = (sha256: string): string => `${EVIDENCE_PREFIX}${sha256}`;
export const sha256Of = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

/**
 * Evidence files in the SQL database next to the event store (embedded PGlite or PostgreSQL),
 * content-addressed: the same bytes are stored once, whoever uploads them again. Bytes travel as
 * base64 text so that both drivers take them as an ordinary parameter.
 */
@Injectable()
export class EvidenceStore implements OnModuleInit {
  private readonly db: SqlQueryable;
  private readonly table: string;
  private readonly schema: string;

  constructor(@Inject(SQL_DATABASE) database: SqlDatabase, @Inject(KAOPING_CONFIG) config: KaopingConfig) {
    this.db = database.client;
    this.schema = config.databaseSchema;
    this.table = `"${config.databaseSchema}".evidence_files`;
  }

  async onModuleInit(): Promise<void> {
    await this.db.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
    await this.db.query(`CREATE TABLE IF NOT EXISTS ${this.table} (
      sha256 text PRIMARY KEY, media_type text NOT NULL, size integer NOT NULL, content bytea NOT NULL,
      uploaded_by text NOT NULL, uploaded_role text NOT NULL, uploaded_at text NOT NULL)`);
  }

  /** Stores the bytes unless the same bytes are stored already; says which. */
  async put(input: Readonly<{ content: Buffer; mediaType: string; uploadedBy: string; uploadedRole: string; now: string }>): Promise<Readonly<{ file: EvidenceFile; existed: boolean }>> {
    const sha256 = sha256Of(input.content);
    const inserted = await this.db.query(
      `INSERT INTO ${this.table} (sha256, media_type, size, content, uploaded_by, uploaded_role, uploaded_at)
       VALUES ($1, $2, $3, decode($4, 'base64'), $5, $6, $7) ON CONFLICT (sha256) DO NOTHING RETURNING sha256`,
      [sha256, input.mediaType, input.content.length, input.content.toString('base64'), input.uploadedBy, input.uploadedRole, input.now],
    );
    const file = await this.describe(sha256);
    if (file === null) throw new Error(`evidence ${sha256} vanished after it was stored`);
    return { file, existed: inserted.length === 0 };
  }

  async describe(sha256: string): Promise<EvidenceFile | null> {
    const [row] = await this.db.query(`SELECT sha256, media_type, size, uploaded_by, uploaded_role, uploaded_at FROM ${this.table} WHERE sha256 = $1`, [sha256]);
    if (row === undefined) return null;
    return {
      sha256: String(row['sha256']),
      mediaType: String(row['media_type']),
      size: Number(row['size']),
      uploadedBy: String(row['uploaded_by']),
      uploadedRole: String(row['uploaded_role']),
      uploadedAt: String(row['uploaded_at']),
    };
  }

  async content(sha256: string): Promise<Buffer | null> {
    const [row] = await this.db.query(`SELECT encode(content, 'base64') AS content FROM ${this.table} WHERE sha256 = $1`, [sha256]);
    const text = row?.['content'];
    return typeof text === 'string' ? Buffer.from(text, 'base64') : null;
  }

  /** Whether an event of the unit's audit trail names this evidence (what a unit reporter may open). */
  async referencedByUnit(input: Readonly<{ sha256: string; unitId: string }>): Promise<boolean> {
    const rows = await this.db.query(
      `SELECT 1 FROM "${this.schema}".rm_audit_trail WHERE unit_id = $1 AND evidence @> $2::jsonb LIMIT 1`,
      [input.unitId, JSON.stringify([evidenceReference(input.sha256)])],
    );
    return rows.length > 0;
  }
}
