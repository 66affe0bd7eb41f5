import { hash } from 'node:crypto';
import type { JsonObject, PreparedEvent } from '../event-store.port';
import { canonicalJson } from './canonical-json.util';

/** The `prevHash` of the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

/** What the hash of an event covers (everything but the hashes and the global position). */
export type HashedContent = Pick<
  PreparedEvent,
  'streamId' | 'revision' | 'id' | 'type' | 'data' | 'metadata' | 'recordedAt'
>;

const metadataAsJson = (metadata: PreparedEvent['metadata']): JsonObject => {
  const { evidence, extra, ...fields } = metadata;
  const json: JsonObject = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) json[key] = value;
  }
  if (evidence !== undefined) json['evidence'] = [...evidence];
  if (extra !== undefined) json['extra'] = extra;
  return json;
};

/** sha256 (hex) over `prevHash` followed by the canonical JSON of the event's content. */
export const eventHash = (prevHash: string, event: HashedContent): string =>
  hash(
    'sha256',
    prevHash +
      canonicalJson({
        streamId: event.streamId,
        revision: event.revision,
        id: event.id,
        type: event.type,
        data: event.data,
        metadata: metadataAsJson(event.metadata),
        recordedAt: event.recordedAt,
      }),
    'hex',
  );
