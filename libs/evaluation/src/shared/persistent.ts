import { MapByEntries } from './map-by-entries';

/**
 * A map and a list that a fold goes on from without copying them, batch after batch.
 *
 * The read models fold a cycle batch after batch, and each batch's view must stay as it was (the
 * projections compare the view before a batch with the view after it, by identity and by content).
 * A unit's submissions, current values and scoring facts grow to a province-year's 1,200 entries;
 * copying them whenever a batch touches the unit made a rebuild cost grow with the log's
 * interleaving (a bureau's import touches every unit; issue 11). bench:fold, 5,000 units' values
 * interleaved: 107 µs of CPU an event with copies, 10 without (unit by unit: 3.4 and 2.9).
 *
 * Both are partially persistent: every version stays readable as it was, and the newest version of
 * a lineage (its head) goes on in place, sharing what it holds with the versions before it. Going on
 * from an older version (a batch folded again after a failed transaction) copies it first, as a
 * plain copy would have. A version is a new object, so "changed?" is still an identity test.
 */

/** A key's value from `version` on; `older`: its value before (none: its first value). */
type Slot<V> = { value: V; readonly version: number; readonly older: Slot<V> | undefined };

/**
 * What the versions of one lineage share: the entries it began with (`base`, never changed after the
 * first version), the keys added since with their first values (by index, in order), and the values
 * set later on keys already there (`changed`, by version).
 */
type Lineage<K, V> = {
  head: number;
  readonly base: Map<K, V>;
  /** Each added key's index in `addedValues`; in insertion order, so also the order of the keys. */
  readonly addedIndex: Map<K, number>;
  readonly addedValues: V[];
  readonly changed: Map<K, Slot<V>>;
};

/** The value set at `version` or before, if any. */
const slotAt = <V>(slot: Slot<V> | undefined, version: number): Slot<V> | undefined => {
  let at = slot;
  while (at !== undefined && at.version > version) at = at.older;
  return at;
};

/**
 * A version of a map without deletions (keys keep their first-insertion order, as a Map's do).
 * `with` gives the next version; `setInPlace` changes this one, for a fold that made it and
 * has not handed it out yet. An entry costs about what a Map's does: a key added by a later
 * version is a Map entry and an array item; only a value set again on a key from an earlier
 * version (a correction) keeps its earlier value beside it, for as long as the lineage lives. So
 * it suits maps whose keys are mostly added (a unit's values), not maps whose entries are replaced
 * batch after batch (a cycle's units by id: each batch's unit states would all be kept).
 */
export class PersistentMap<K, V> extends MapByEntries<K, V> {
  private constructor(
    private readonly lineage: Lineage<K, V>,
    private readonly version: number,
    // How many of the lineage's added keys this version holds, and held when it was made.
    private addedCount: number,
    private readonly addedBefore: number,
    // The fold that made this version and may change it in place (see `ownedBy`).
    private readonly owner: object | undefined,
  ) {
    super();
  }

  /** A first version holding `entries`, in their order (copied), owned by `owner` if given. */
  static of<K, V>(entries: Iterable<readonly [K, V]>, owner?: object): PersistentMap<K, V> {
    return new PersistentMap({ head: 0, base: new Map(entries), addedIndex: new Map(), addedValues: [], changed: new Map() }, 0, 0, 0, owner);
  }

  get size(): number {
    return this.lineage.base.size + this.addedCount;
  }

  /** Whether this is its lineage's newest version (the one that goes on in place). */
  get isNewest(): boolean {
    return this.lineage.head === this.version;
  }

  /** Whether `owner` (a fold's token) made this version, which is its lineage's newest: it then may change it in place. */
  ownedBy(owner: object): boolean {
    return this.owner === owner && this.isNewest;
  }

  has(key: K): boolean {
    const index = this.lineage.addedIndex.get(key);
    return index === undefined ? this.lineage.base.has(key) : index < this.addedCount;
  }

  get(key: K): V | undefined {
    const { lineage } = this;
    const changed = slotAt(lineage.changed.get(key), this.version);
    if (changed !== undefined) return changed.value;
    const index = lineage.addedIndex.get(key);
    if (index === undefined) return lineage.base.get(key);
    return index < this.addedCount ? lineage.addedValues[index] : undefined;
  }

  /** The next version: this one with `key` set to `value`, owned by `owner` if given. This version is not changed. */
  with(key: K, value: V, owner?: object): PersistentMap<K, V> {
    if (!this.isNewest) {
      // Going on from an older version (a batch folded again): a lineage of its own, from a copy.
      const copy = PersistentMap.of(this, owner);
      copy.setInPlace(key, value);
      return copy;
    }
    this.lineage.head += 1;
    const next = new PersistentMap(this.lineage, this.lineage.head, this.addedCount, this.addedCount, owner);
    next.setInPlace(key, value);
    return next;
  }

  /** Sets `key` in this version, which must be its lineage's newest and not yet handed out. */
  setInPlace(key: K, value: V): void {
    const { lineage, version } = this;
    if (lineage.head !== version) throw new Error('persistent map: only the newest version changes in place');
    const index = lineage.addedIndex.get(key);
    if (index === undefined && !lineage.base.has(key)) {
      lineage.addedIndex.set(key, lineage.addedValues.length);
      lineage.addedValues.push(value);
      this.addedCount += 1;
      return;
    }
    const slot = lineage.changed.get(key);
    if (slot !== undefined && slot.version === version) slot.value = value;
    // A key this version added (and no earlier version holds) changes where it was added.
    else if (slot === undefined && index !== undefined && index >= this.addedBefore) lineage.addedValues[index] = value;
    else lineage.changed.set(key, { value, version, older: slot });
  }

  *entries(): MapIterator<[K, V]> {
    const { base, addedIndex, addedValues, changed } = this.lineage;
    const at = (key: K, first: V): V => {
      const slot = changed.size === 0 ? undefined : slotAt(changed.get(key), this.version);
      return slot === undefined ? first : slot.value;
    };
    for (const [key, value] of base) yield [key, at(key, value)];
    for (const [key, index] of addedIndex) {
      if (index >= this.addedCount) return;
      yield [key, at(key, addedValues[index] as V)];
    }
  }

  override *keys(): MapIterator<K> {
    const { base, addedIndex } = this.lineage;
    yield* base.keys();
    for (const [key, index] of addedIndex) {
      if (index >= this.addedCount) return;
      yield key;
    }
  }

  get [Symbol.toStringTag](): string {
    return 'PersistentMap';
  }
}

/**
 * A version of a list that grows at its end. Versions of one lineage share one array: the newest
 * appends to it, an older one copies its part first. Read it with `at`, `length` or iteration.
 */
export class PersistentList<T> implements Iterable<T> {
  private constructor(
    private readonly items: T[],
    readonly length: number,
  ) {}

  /** A list of `items` (copied). */
  static of<T>(items: readonly T[]): PersistentList<T> {
    return new PersistentList([...items], items.length);
  }

  /** This list with `more` after it; this version is not changed. */
  appended(more: readonly T[]): PersistentList<T> {
    if (more.length === 0) return this;
    // The newest version of a non-empty lineage appends to the shared array; any other copies its part.
    const items = this.length > 0 && this.items.length === this.length ? this.items : this.items.slice(0, this.length);
    for (const item of more) items.push(item);
    return new PersistentList(items, items.length);
  }

  at(index: number): T | undefined {
    const at = index < 0 ? this.length + index : index;
    return at >= 0 && at < this.length ? this.items[at] : undefined;
  }

  /** Whether this list begins with every item of `earlier`, in its order (a later version of its lineage does). */
  startsWith(earlier: PersistentList<T>): boolean {
    if (earlier.length > this.length) return false;
    // One lineage's versions share an array that only grows at its end: its first items never change.
    if (earlier.items === this.items) return true;
    for (let index = 0; index < earlier.length; index += 1) if (earlier.items[index] !== this.items[index]) return false;
    return true;
  }

  /**
   * The items as an array to read at once: the lineage's own array while this is its newest
   * version (no copy: it grows when the list is appended to, so read it before that), a copy otherwise.
   */
  view(): readonly T[] {
    return this.items.length === this.length ? this.items : this.items.slice(0, this.length);
  }

  /** The items, in a fresh array. */
  toArray(): T[] {
    return this.items.slice(0, this.length);
  }

  /** Pushes the items onto `target` (a category's facts made of its units' lists) and returns it. */
  pushInto(target: T[]): T[] {
    for (let index = 0; index < this.length; index += 1) target.push(this.items[index] as T);
    return target;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let index = 0; index < this.length; index += 1) yield this.items[index] as T;
  }

  get [Symbol.toStringTag](): string {
    return 'PersistentList';
  }
}
