import { MapByEntries } from './map-by-entries';

/**
 * A map without deletions that a fold goes on from, batch after batch, without copying it whole
 * when a batch sets few of its entries: the entries of a shared base (never changed once shared)
 * and this version's own layer of entries set since (copied from the version before, so every
 * version stays as it was). When the layer grows past an eighth of the base, the next version
 * starts from a new base holding both. A version that follows one which set more than an eighth
 * of its entries gets a copy of its own to set in place (a batch that touches most units, as a
 * value-by-value import does: there, a copy is what is cheapest).
 *
 * A cycle's units and their facts are maps of 10,000 entries at a province's size, and a batch of a
 * rebuild sets a few hundred of them: a copy of each map per batch took 1.8 ms (a full-size rebuild
 * makes 2,600 such pairs, and a worker one pair per batch of its live run), and left two large
 * objects behind.
 *
 * Iterates as a Map would after the same sets: the base's keys in their order, then the keys added
 * since, in the order first set. Values must not be undefined (a layer's undefined means "not set").
 */
export class LayeredMap<K, V> extends MapByEntries<K, V> {
  readonly #base: Map<K, V>;
  readonly #layer: Map<K, V>;
  /** How many of the layer's keys the base does not hold. */
  #added: number;
  /** This version sets in its base (a copy of its own): it has no layer. */
  readonly #owned: boolean;
  /** The keys this version set in its own base (how wide its batch was). */
  readonly #setKeys = new Set<K>();

  private constructor(base: Map<K, V>, layer: Map<K, V>, added: number, owned: boolean) {
    super();
    this.#base = base;
    this.#layer = layer;
    this.#added = added;
    this.#owned = owned;
  }

  /** A first version holding `entries` (copied), in their order. */
  static of<K, V>(entries: Iterable<readonly [K, V]> = []): LayeredMap<K, V> {
    return new LayeredMap(new Map(entries), new Map(), 0, true);
  }

  /** A version to change with {@link set}, holding what this one holds (which is not changed by it). */
  next(): LayeredMap<K, V> {
    const wide = (this.#owned ? this.#setKeys.size : this.#layer.size) * 8 > this.#base.size;
    if (!wide) return new LayeredMap(this.#base, this.#owned ? new Map() : new Map(this.#layer), this.#owned ? 0 : this.#added, false);
    // A copy of its own: the base copied and the layer set on it (a key already there keeps its
    // place, a new one goes last, as they iterate).
    const base = new Map(this.#base);
    for (const [key, value] of this.#layer) base.set(key, value);
    return new LayeredMap(base, new Map(), 0, true);
  }

  /** Sets a key's value in this version: only on a version from {@link next} or {@link of} not yet handed out. */
  set(key: K, value: V): this {
    if (this.#owned) {
      this.#setKeys.add(key);
      this.#base.set(key, value);
      return this;
    }
    if (!this.#layer.has(key) && !this.#base.has(key)) this.#added += 1;
    this.#layer.set(key, value);
    return this;
  }

  get(key: K): V | undefined {
    const value = this.#layer.get(key);
    return value !== undefined ? value : this.#base.get(key);
  }

  has(key: K): boolean {
    return this.#layer.has(key) || this.#base.has(key);
  }

  get size(): number {
    return this.#base.size + this.#added;
  }

  *entries(): MapIterator<[K, V]> {
    const layer = this.#layer;
    if (layer.size === 0) {
      yield* this.#base;
      return;
    }
    for (const [key, value] of this.#base) {
      const set = layer.get(key);
      yield [key, set !== undefined ? set : value];
    }
    if (this.#added === 0) return;
    for (const entry of layer) if (!this.#base.has(entry[0])) yield entry;
  }

  /** 'Map': what it stands for (test matchers and Object.prototype.toString compare it as a Map). */
  get [Symbol.toStringTag](): string {
    return 'Map';
  }
}
