import { Draft, foldEvents } from './fold.util';
import { PersistentList, PersistentMap } from './persistent';

/** A generator of whole numbers in [0, n), the same on every run (an exact 32-bit LCG, high bits). */
const lcg = (seed: number): ((n: number) => number) => {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * n);
  };
};

describe('PersistentMap', () => {
  it('keeps every version as it was, in a Map’s key order, whichever version goes on', () => {
    const next = lcg(7);
    // The first version holds ten keys (a map a fold was given); the others are added by later versions.
    const start = Array.from({ length: 10 }, (_, k) => [`k${k * 4}`, -k] as const);
    const versions: { map: PersistentMap<string, number>; model: Map<string, number> }[] = [{ map: PersistentMap.of(start), model: new Map(start) }];
    for (let step = 1; step < 600; step += 1) {
      // Mostly the newest version goes on (a fold batch after batch); now and then an older one (a batch folded again).
      const from = versions[next(5) === 0 ? next(versions.length) : versions.length - 1] as (typeof versions)[number];
      const key = `k${next(40)}`;
      versions.push({ map: from.map.with(key, step), model: new Map(from.model).set(key, step) });
    }
    // Everything a reader sees of a version, of the persistent map and of its model alike.
    const seen = (map: ReadonlyMap<string, number>): unknown => {
      const probes = Array.from({ length: 40 }, (_, k) => [map.has(`k${k}`), map.get(`k${k}`)]);
      return { entries: [...map], size: map.size, keys: [...map.keys()], values: [...map.values()], probes };
    };
    expect(versions.map(({ map }) => seen(map))).toEqual(versions.map(({ model }) => seen(model)));
  });

  it('gives a new object for each version, and changes in place only its newest', () => {
    const first = PersistentMap.of([['a', 1]]);
    const second = first.with('b', 2);
    expect(second).not.toBe(first);
    expect(first.isNewest).toBe(false);
    expect(second.isNewest).toBe(true);
    expect(() => first.setInPlace('c', 3)).toThrow('only the newest version changes in place');
    second.setInPlace('a', 10);
    expect(first.get('a')).toBe(1);
    expect(second.get('a')).toBe(10);
    const seen: string[] = [];
    second.forEach((value, key) => seen.push(`${key}=${value}`));
    expect(seen).toEqual(['a=10', 'b=2']);
  });
});

describe('PersistentList', () => {
  it('keeps every version as it was when an older one goes on', () => {
    const empty = PersistentList.of<number>([]);
    const one = empty.appended([1]);
    const two = one.appended([2, 3]);
    const branch = one.appended([9]);
    const other = empty.appended([5]);
    expect(empty.toArray()).toEqual([]);
    expect(one.toArray()).toEqual([1]);
    expect([...two]).toEqual([1, 2, 3]);
    expect([...branch]).toEqual([1, 9]);
    expect(other.toArray()).toEqual([5]);
    expect(two.appended([])).toBe(two);
    expect(two.at(-1)).toBe(3);
    expect(two.at(3)).toBeUndefined();
    expect(branch.pushInto([0])).toEqual([0, 1, 9]);
  });

  it('tells a later version of its lineage (shared array or copy) from a list that went another way', () => {
    const a = { n: 1 };
    const b = { n: 2 };
    const c = { n: 3 };
    const one = PersistentList.of([a]);
    const two = one.appended([b]);
    const branch = one.appended([c]);
    expect(two.startsWith(one)).toBe(true);
    expect(branch.startsWith(one)).toBe(true);
    expect(two.startsWith(two)).toBe(true);
    expect(one.startsWith(two)).toBe(false);
    expect(branch.startsWith(two)).toBe(false);
    // The same items in another list (its own array): compared item by item, by identity.
    expect(PersistentList.of([a, b, c]).startsWith(two)).toBe(true);
    expect(PersistentList.of([{ n: 1 }, b]).startsWith(two)).toBe(false);
  });

  it('hands out its newest version as the shared array, and an older one as a copy of its part', () => {
    const one = PersistentList.of([1]);
    const two = one.appended([2]);
    expect(two.view()).toEqual([1, 2]);
    expect(one.view()).toEqual([1]);
    expect(two.view()).toBe(two.view());
    expect(one.view()).not.toBe(one.view());
  });
});

describe('Draft.withEntry', () => {
  type State = ReadonlyMap<string, number>;
  const put = (draft: Draft, state: State, key: string): State => draft.withEntry(state, key, key.length);
  const keys = (from: number, to: number): string[] => Array.from({ length: to - from }, (_, index) => `key-${from + index}`);

  it('copies a small map it was given, and goes on from a large one as a persistent map that the earlier state does not see', () => {
    const small = foldEvents(put, keys(0, 3), new Map<string, number>());
    expect(small).toBeInstanceOf(Map);
    const large = foldEvents(put, keys(0, 40), new Map<string, number>());
    const later = foldEvents(put, keys(40, 45), large);
    expect(later).toBeInstanceOf(PersistentMap);
    expect(large.size).toBe(40);
    expect(later.size).toBe(45);
    const after = foldEvents(put, keys(45, 50), later);
    expect([...after.keys()]).toEqual(keys(0, 50));
    expect(later.has('key-45')).toBe(false);
    // One evolve on a held state (Draft.none) leaves it as it was too.
    const once = Draft.none.withEntry(after, 'key-0', 99);
    expect(after.get('key-0')).toBe(5);
    expect(once.get('key-0')).toBe(99);
  });
});
