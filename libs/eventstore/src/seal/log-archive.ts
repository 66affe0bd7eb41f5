import type { EventMetadata, JsonValue, RecordedEvent } from '../event-store.port';
import type { ChainLink, LogLedger } from '../event-store.adapter';
import { InvalidInputError, type Violation } from '../event-store.errors';
import { GENESIS_HASH, eventHash } from '../hash-chain/hash-chain.util';
import { isEventMetadata } from '../json.util';
import { LOG_GENESIS, logChainHash } from './log-chain.util';
import { checkpointSignatureValid, type SignedCheckpoint } from './log-signer';

/** First line of an export. */
export type ArchiveHeader = Readonly<{ kind: 'kaoping-log'; version: 1; exportedAt: string; events: number; checkpoints: number; publicKey: string | null }>;

/** One event of an export: as stored, with its global-chain link (null after the last seal). */
export type ArchivedEvent = Readonly<{
  kind: 'event';
  globalPosition: string;
  streamId: string;
  revision: number;
  id: string;
  type: string;
  data: JsonValue;
  metadata: EventMetadata;
  recordedAt: string;
  prevHash: string;
  hash: string;
  chainHash: string | null;
}>;

export type ArchivedCheckpoint = Readonly<{ kind: 'checkpoint' } & Omit<SignedCheckpoint, 'position'> & { position: string }>;

export const archivedEvent = (event: RecordedEvent, chainHash: string | null): ArchivedEvent => ({
  kind: 'event',
  globalPosition: event.globalPosition.toString(),
  streamId: event.streamId,
  revision: event.revision,
  id: event.id,
  type: event.type,
  data: event.data,
  metadata: event.metadata,
  recordedAt: event.recordedAt,
  prevHash: event.prevHash,
  hash: event.hash,
  chainHash,
});

export const archivedCheckpoint = (checkpoint: SignedCheckpoint): ArchivedCheckpoint => ({
  kind: 'checkpoint',
  ...checkpoint,
  position: checkpoint.position.toString(),
});

/** What an import read and checked, before writing anything. */
export type CheckedArchive = Readonly<{
  events: readonly RecordedEvent[];
  links: readonly ChainLink[];
  checkpoints: readonly SignedCheckpoint[];
  header: ArchiveHeader;
}>;

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): value is string => typeof value === 'string';

/**
 * Parses an export and checks everything in it before anything is written: every stream chain
 * (content hashes, links, revisions), every global-chain link, every checkpoint's signature (with
 * `publicKey`) and that the events reach each signed hash. Throws {@link InvalidInputError} naming
 * the line and the rule.
 */
export const checkArchive = (lines: readonly string[], publicKey: string | undefined): CheckedArchive => {
  const problems: Violation[] = [];
  const fail = (line: number, rule: string, message: string): void => {
    if (problems.length < 20) problems.push({ path: `line ${line}`, rule, message });
  };
  let header: ArchiveHeader | undefined;
  const events: RecordedEvent[] = [];
  const links: ChainLink[] = [];
  const checkpoints: SignedCheckpoint[] = [];
  const tips = new Map<string, Readonly<{ revision: number; hash: string }>>();
  const chainAt = new Map<bigint, string>();
  let chain = LOG_GENESIS;
  let linked = true;
  let lastPosition = 0n;
  lines.forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      fail(line, 'not-json', 'each line is one JSON object');
      return;
    }
    if (!isRecord(value)) return fail(line, 'not-object', 'each line is one JSON object');
    if (line === 1) {
      if (value['kind'] !== 'kaoping-log' || value['version'] !== 1) return fail(line, 'not-kaoping-log', 'the first line is the kaoping-log header, version 1');
      header = value as ArchiveHeader;
      return;
    }
    if (value['kind'] === 'event') {
      const { globalPosition, streamId, revision, id, type, recordedAt, prevHash, hash, chainHash, data, metadata } = value;
      if (!str(globalPosition) || !/^\d+$/.test(globalPosition) || !str(streamId) || typeof revision !== 'number' || !str(id) || !str(type) || !str(recordedAt) || !str(prevHash) || !str(hash) || !isEventMetadata(metadata) || data === undefined) {
        return fail(line, 'bad-event', 'an event line has every field of a stored event');
      }
      const position = BigInt(globalPosition);
      if (position <= lastPosition) return fail(line, 'out-of-order', `position ${position} after ${lastPosition}: events are in position order`);
      lastPosition = position;
      const event: RecordedEvent = { globalPosition: position, streamId, revision, id, type, data: data as JsonValue, metadata, recordedAt, prevHash, hash };
      const tip = tips.get(streamId);
      const expectedRevision = tip === undefined ? 0 : tip.revision + 1;
      if (revision !== expectedRevision) fail(line, 'revision-gap', `${streamId}: revision ${revision}, expected ${expectedRevision}`);
      if (prevHash !== (tip?.hash ?? GENESIS_HASH)) fail(line, 'prev-hash-mismatch', `${streamId}@${revision}: prevHash does not follow the stream`);
      if (eventHash(prevHash, event) !== hash) fail(line, 'hash-mismatch', `${streamId}@${revision}: the hash does not match the content`);
      tips.set(streamId, { revision, hash });
      chain = logChainHash(chain, position, hash);
      chainAt.set(position, chain);
      if (chainHash !== null) {
        if (!linked) fail(line, 'unsealed-event', 'a sealed event after unsealed ones');
        if (chainHash !== chain) fail(line, 'chain-mismatch', `position ${position}: the global-chain link does not follow`);
        links.push({ position, chainHash: chain });
      } else {
        linked = false;
      }
      events.push(event);
      return;
    }
    if (value['kind'] === 'checkpoint') {
      const { position, chainHash, signedAt, reason, publicKey: key, signature } = value;
      if (!str(position) || !/^\d+$/.test(position) || !str(chainHash) || !str(signedAt) || !str(reason) || !str(key) || !str(signature)) {
        return fail(line, 'bad-checkpoint', 'a checkpoint line has position, chainHash, signedAt, reason, publicKey and signature');
      }
      const checkpoint: SignedCheckpoint = { position: BigInt(position), chainHash, signedAt, reason, publicKey: key, signature };
      if (!checkpointSignatureValid(checkpoint, publicKey ?? key)) fail(line, 'bad-signature', `the checkpoint at ${position} is not signed by the trusted key`);
      if (chainAt.get(checkpoint.position) !== chainHash) fail(line, 'checkpoint-mismatch', `the events do not reach the signed hash at ${position}`);
      checkpoints.push(checkpoint);
      return;
    }
    fail(line, 'unknown-line', "a line is the header, an 'event' or a 'checkpoint'");
  });
  if (header === undefined) fail(1, 'not-kaoping-log', 'the first line is the kaoping-log header');
  if (header !== undefined && (header.events !== events.length || header.checkpoints !== checkpoints.length)) {
    fail(1, 'incomplete', `the header announces ${header.events} events and ${header.checkpoints} checkpoints, the file has ${events.length} and ${checkpoints.length}`);
  }
  if (problems.length > 0 || header === undefined) throw new InvalidInputError(problems);
  return { events, links, checkpoints, header };
};

/** Writes a checked archive into an empty store: events with their positions, links, checkpoints. */
export const writeArchive = async (ledger: LogLedger, archive: CheckedArchive): Promise<void> => {
  for (let i = 0; i < archive.events.length; i += 1000) await ledger.importEvents(archive.events.slice(i, i + 1000));
  for (let i = 0; i < archive.links.length; i += 1000) await ledger.storeLinks(archive.links.slice(i, i + 1000));
  for (const checkpoint of archive.checkpoints) await ledger.storeCheckpoint(checkpoint);
};
