// Applied to every tier (setupFilesAfterEnv): folds keep a unit's large maps and a cycle's facts lists
// as persistent versions (libs/evaluation/src/shared/persistent.ts), so that a later batch goes on
// from them without copying. A test compares what they hold, as a Map's or an array's content,
// never how they hold it.
const plainOf = (value) => {
  const tag = value !== null && typeof value === 'object' ? Object.prototype.toString.call(value) : '';
  if (tag === '[object PersistentMap]') return new Map(value);
  if (tag === '[object PersistentList]') return [...value];
  return undefined;
};

expect.addEqualityTesters([
  function persistentEquality(a, b, customTesters) {
    const [left, right] = [plainOf(a), plainOf(b)];
    if (left === undefined && right === undefined) return undefined;
    return this.equals(left ?? a, right ?? b, customTesters);
  },
]);
