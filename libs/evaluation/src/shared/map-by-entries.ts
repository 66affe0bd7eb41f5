/**
 * A ReadonlyMap's reading side written once over `entries()`: its values, iteration and forEach
 * (and keys, unless a subclass has a quicker way). For the fold's own maps (PersistentMap, LayeredMap).
 */
export abstract class MapByEntries<K, V> implements ReadonlyMap<K, V> {
  abstract get(key: K): V | undefined;
  abstract has(key: K): boolean;
  abstract get size(): number;
  abstract entries(): MapIterator<[K, V]>;
  abstract get [Symbol.toStringTag](): string;

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }
}
