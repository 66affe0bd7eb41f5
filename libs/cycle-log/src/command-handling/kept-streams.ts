import type { RecordedEvent } from '@kaoping/eventstore';

/**
 * The command ids a stream holds, as a Bloom filter: "no" is certain, "maybe" is checked against
 * the stream itself. About 10 bits an id (1 % false "maybe"): a township's 1,300 events take 1.6 kB
 * instead of their ids (tens of kilobytes). Sized for twice the ids it starts with; past that it
 * is full and the stream is read whole again (which sizes a new one).
 */
export class CommandIdFilter {
  private readonly bits: Uint32Array;
  private readonly size: number;
  private count = 0;

  private constructor(private readonly capacity: number) {
    this.size = Math.max(64, capacity * BITS_PER_ID);
    this.bits = new Uint32Array(Math.ceil(this.size / 32));
  }

  static of(events: readonly RecordedEvent[]): CommandIdFilter {
    const filter = new CommandIdFilter(Math.max(64, events.length * 2));
    for (const event of events) if (event.metadata.commandId !== undefined) filter.add(event.metadata.commandId);
    return filter;
  }

  /** False when it holds more ids than it was sized for (then "maybe" is too often true). */
  get fits(): boolean {
    return this.count <= this.capacity;
  }

  add(commandId: string): void {
    this.count += 1;
    for (const bit of this.probes(commandId)) this.bits[bit >>> 5] = (this.bits[bit >>> 5] ?? 0) | (1 << (bit & 31));
  }

  mayHold(commandId: string): boolean {
    for (const bit of this.probes(commandId)) if (((this.bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return false;
    return true;
  }

  // Double hashing over two FNV-1a variants (h1 + i·h2), on the id's UTF-16 code units.
  private *probes(commandId: string): Generator<number> {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let at = 0; at < commandId.length; at += 1) {
      const code = commandId.charCodeAt(at);
      h1 = Math.imul(h1 ^ code, 0x01000193);
      h2 = Math.imul(h2 ^ code, 0x5bd1e995);
    }
    h2 = (h2 | 1) >>> 0;
    for (let i = 0; i < PROBES; i += 1) yield ((h1 >>> 0) + i * h2) % this.size;
  }
}

const BITS_PER_ID = 10;
const PROBES = 7;

/** A stream folded up to `revision`, and the command ids of its events. */
export type KeptStream<K> = Readonly<{ revision: number; fold: K; commandIds: CommandIdFilter; events: number }>;

/**
 * Streams folded by the commands of this process, kept for the next command on the same stream:
 * it reads only the events appended since (usually none) instead of the whole stream. Streams are
 * append-only, so a fold at revision n stays right for n; a kept fold is never changed (folds
 * copy). The least recently used streams go once the kept streams hold more than `maxEvents`.
 */
export class KeptStreams<K> {
  private readonly streams = new Map<string, KeptStream<K>>();
  private events = 0;

  constructor(private readonly maxEvents = 2_000_000) {}

  get(streamId: string): KeptStream<K> | undefined {
    const kept = this.streams.get(streamId);
    if (kept === undefined) return undefined;
    // Most recently used last.
    this.streams.delete(streamId);
    this.streams.set(streamId, kept);
    return kept;
  }

  /** Keeps `kept` unless a fold at a later revision is kept already (commands of other callers race). */
  keep(streamId: string, kept: KeptStream<K>): void {
    const before = this.streams.get(streamId);
    if (before !== undefined && before.revision > kept.revision) return;
    if (before !== undefined) this.events -= before.events;
    this.streams.delete(streamId);
    if (!kept.commandIds.fits) return;
    this.streams.set(streamId, kept);
    this.events += kept.events;
    for (const [oldest, entry] of this.streams) {
      if (this.events <= this.maxEvents) break;
      this.streams.delete(oldest);
      this.events -= entry.events;
    }
  }

  forget(streamId: string): void {
    const before = this.streams.get(streamId);
    if (before === undefined) return;
    this.events -= before.events;
    this.streams.delete(streamId);
  }
}
