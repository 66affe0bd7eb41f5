import { LayeredMap } from './layered-map';

/** Sets `steps` version after version on a layered map and on a Map copied at each version. */
const replay = (steps: readonly (readonly [string, number])[][]): { layered: LayeredMap<string, number>[]; copied: Map<string, number>[] } => {
  const layered: LayeredMap<string, number>[] = [LayeredMap.of()];
  const copied: Map<string, number>[] = [new Map()];
  for (const step of steps) {
    const next = (layered.at(-1) ?? LayeredMap.of<string, number>()).next();
    const copy = new Map(copied.at(-1));
    for (const [key, value] of step) {
      next.set(key, value);
      copy.set(key, value);
    }
    layered.push(next);
    copied.push(copy);
  }
  return { layered, copied };
};

describe('a layered map (a fold\'s map, set batch after batch without copying it whole)', () => {
  // 40 keys, then batches that change a few old keys and add new ones: some layers stay under an
  // eighth of the base, some pass it (a new base is made).
  const steps: (readonly [string, number])[][] = [
    Array.from({ length: 40 }, (_, at) => [`k${at}`, at] as const),
    [['k3', 103], ['k41', 41]],
    [['k41', 141], ['k0', 100], ['k42', 42]],
    [['k7', 107]],
    Array.from({ length: 12 }, (_, at) => [`n${at}`, at] as const),
    [['n1', 201], ['k39', 139], ['k43', 43]],
  ];
  const { layered, copied } = replay(steps);

  it('iterates, sizes and reads every version as a Map given the same sets (order of first insertion)', () => {
    layered.forEach((version, at) => {
      const expected = copied[at] ?? new Map();
      expect([...version]).toEqual([...expected]);
      expect([...version.keys()]).toEqual([...expected.keys()]);
      expect([...version.values()]).toEqual([...expected.values()]);
      expect(version.size).toBe(expected.size);
      for (const key of ['k0', 'k3', 'k41', 'n1', 'missing']) {
        expect(version.get(key)).toBe(expected.get(key));
        expect(version.has(key)).toBe(expected.has(key));
      }
      const seen: [string, number][] = [];
      version.forEach((value, key) => seen.push([key, value]));
      expect(seen).toEqual([...expected]);
    });
  });

  it('leaves earlier versions as they were when a later one is set', () => {
    expect(layered[1]?.get('k3')).toBe(3);
    expect(layered[2]?.get('k3')).toBe(103);
    expect(layered[2]?.get('k41')).toBe(41);
    expect(layered[3]?.get('k41')).toBe(141);
    expect(layered[2]?.has('k42')).toBe(false);
  });

  it('compares by its entries, whatever its layers (a view folded batch by batch equals one folded at once)', () => {
    const atOnce = LayeredMap.of(copied.at(-1) ?? []);
    expect(layered.at(-1)).toEqual(atOnce);
    expect(layered.at(-2)).not.toEqual(atOnce);
    expect(new Map(layered.at(-1))).toEqual(copied.at(-1));
    expect(Object.prototype.toString.call(atOnce)).toBe('[object Map]');
  });
});
