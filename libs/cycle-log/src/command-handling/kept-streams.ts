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

  // Double hashing (probe i: h1 + i·h2, both from one pass over the id) in plain loops, not a
  // generator: a cold command adds every id of its stream (a township's 1,300), and the generator
  // was a tenth of such a command's own CPU.
  add(commandId: string): void {
    this.count += 1;
    const h1 = hashOf(commandId);
    const h2 = stepOf(h1);
    for (let i = 0; i < PROBES; i += 1) {
      const bit = (h1 + i * h2) % this.size;
      this.bits[bit >>> 5] = (this.bits[bit >>> 5] ?? 0) | (1 << (bit & 31));
    }
  }

  mayHold(commandId: string): boolean {
    const h1 = hashOf(commandId);
    const h2 = stepOf(h1);
    for (let i = 0; i < PROBES; i += 1) {
      const bit = (h1 + i * h2) % this.size;
      if (((this.bits[bit >>> 5] ?? 0) & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

/** FNV-1a over the id's UTF-16 code units, unsigned 32-bit. */
const hashOf = (commandId: string): number => {
  let hash = 0x811c9dc5;
  for (let at = 0; at < commandId.length; at += 1) hash = Math.imul(hash ^ commandId.charCodeAt(at), 0x01000193);
  return hash >>> 0;
};

/**
 * The probes' step: the hash remixed (MurmurHash3's finaliser), odd. Derived from the same 32 bits,
 * so two ids share all their probes only when their hashes collide (1 in 4 billion); the filter
 * lives in one process's memory, so nothing depends on which bits it sets.
 */
const stepOf = (hash: number): number => {
  let mixed = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
  return ((mixed ^ (mixed >>> 16)) | 1) >>> 0;
};

const BITS_PER_ID = 10;
const PROBES = 7;

/** Commands that found their stream's fold kept and that did not, the streams and events kept now, and how many events may be. */
export type KeptStreamsStats = Readonly<{ found: number; missed: number; streams: number; events: number; maxEvents: number }>;

/** A stream folded up to `revision`, and the command ids of its events. */
export type KeptStream<K> = Readonly<{ revision: number; fold: K; commandIds: CommandIdFilter; events: number }>;

/**
 * Streams folded by the commands of this process, kept for the next command on the same stream:
 * it reads only the events appended since (usually none) instead of the whole stream. Streams are
 * append-only, so a fold at revision n stays right for n; a kept fold is never changed (folds
 * copy). The kept streams hold at most `maxEvents` events in all.
 *
 * Which streams stay when more are used than fit: a stream not kept yet comes in when there is
 * room, or when it was asked for more often than each of the least recently used streams it would
 * push out (TinyLFU's admission, on counts halved every {@link AGE_EVERY} uses). Plain LRU fails
 * the commonest province pattern, a bureau's values for every township in turn: each stream is
 * pushed out just before its turn comes again, so none is ever found. With admission, the kept
 * streams stay through the pass and are found on the next; a stream used again and again still
 * comes in over the ones used once.
 */
export class KeptStreams<K> {
  private readonly streams = new Map<string, KeptStream<K>>();
  /** How often each stream was asked for ({@link get}), halved as they age. */
  private readonly uses = new Map<string, number>();
  private usesSinceAging = 0;
  private events = 0;
  private found = 0;
  private missed = 0;

  constructor(private maxEvents = 2_000_000) {}

  /** Holds at most `maxEvents` events from now on (the least recently used streams go first). */
  resize(maxEvents: number): void {
    this.maxEvents = maxEvents;
    this.evict();
  }

  /** The kept fold of a stream a command is about to use (counted as a use). */
  get(streamId: string): KeptStream<K> | undefined {
    this.used(streamId);
    const kept = this.peek(streamId);
    if (kept === undefined) this.missed += 1;
    else this.found += 1;
    return kept;
  }

  /** How often a command found its stream kept, and what is kept now. */
  stats(): KeptStreamsStats {
    return { found: this.found, missed: this.missed, streams: this.streams.size, events: this.events, maxEvents: this.maxEvents };
  }

  /** The kept fold of a stream, as {@link get} but not counted as another use. */
  peek(streamId: string): KeptStream<K> | undefined {
    const kept = this.streams.get(streamId);
    if (kept === undefined) return undefined;
    // Most recently used last.
    this.streams.delete(streamId);
    this.streams.set(streamId, kept);
    return kept;
  }

  /** Keeps `kept` unless a fold at a later revision is kept already (commands of other callers race), or the stream is not admitted. */
  keep(streamId: string, kept: KeptStream<K>): void {
    const before = this.streams.get(streamId);
    if (before !== undefined && before.revision > kept.revision) return;
    if (!kept.commandIds.fits) {
      this.forget(streamId);
      return;
    }
    if (before === undefined && !this.admits(streamId, kept.events)) return;
    if (before !== undefined) this.events -= before.events;
    this.streams.delete(streamId);
    this.streams.set(streamId, kept);
    this.events += kept.events;
    this.evict();
  }

  private evict(): void {
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

  /** Room for `events` more, or the stream was used more often than every stream that would go to make room. */
  private admits(streamId: string, events: number): boolean {
    let room = this.maxEvents - this.events;
    if (events <= room) return true;
    // Its uses before the command now deciding: a stream's first use since aging is no claim on room.
    const uses = (this.uses.get(streamId) ?? 1) - 1;
    for (const [oldest, entry] of this.streams) {
      if ((this.uses.get(oldest) ?? 0) >= uses) return false;
      room += entry.events;
      if (events <= room) return true;
    }
    return false;
  }

  private used(streamId: string): void {
    this.uses.set(streamId, (this.uses.get(streamId) ?? 0) + 1);
    this.usesSinceAging += 1;
    if (this.usesSinceAging < Math.max(AGE_EVERY, this.streams.size * 10)) return;
    this.usesSinceAging = 0;
    for (const [id, count] of this.uses) {
      if (count <= 1) this.uses.delete(id);
      else this.uses.set(id, count >>> 1);
    }
  }
}

/** Uses between two halvings of the counts (at least ten per kept stream): old popularity fades, and the counts stay as many as the streams used lately. */
const AGE_EVERY = 10_000;
