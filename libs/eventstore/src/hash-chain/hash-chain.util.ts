import { hash } from 'node:crypto';
import type { PreparedEvent } from '../event-store.port';
import { canonicalJson } from './canonical-json.util';

/** The `prevHash` of the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

/** What the hash of an event covers (everything but the hashes and the global position). */
export type HashedContent = Pick<
  PreparedEvent,
  'streamId' | 'revision' | 'id' | 'type' | 'data' | 'metadata' | 'recordedAt'
>;

/**
 * sha256 (hex) over `prevHash` followed by the canonical JSON of the event's content: the object
 * {data, id, metadata, recordedAt, revision, streamId, type}, written here with its keys already
 * in sorted order (every append hashes each of its events).
 */
export const eventHash = (prevHash: string, event: HashedContent): string =>
  hash(
    'sha256',
    `${prevHash}{"data":${canonicalJson(event.data)},"id":${JSON.stringify(event.id)},"metadata":${canonicalJson(event.metadata)},` +
      `"recordedAt":${JSON.stringify(event.recordedAt)},"revision":${JSON.stringify(event.revision)},` +
      `"streamId":${JSON.stringify(event.streamId)},"type":${JSON.stringify(event.type)}}`,
    'hex',
  );
