import { GroupCommit, type GroupedAppend } from './group-commit';

type Written = readonly GroupedAppend<string>[];

/** A commit the test completes by hand, recording each group it was given. */
const manualCommits = (): {
  groups: Written[];
  finish: (index: number, outcome: (append: GroupedAppend<string>) => bigint | null) => void;
  fail: (index: number, error: unknown) => void;
  commit: (group: Written) => Promise<readonly (bigint | null)[]>;
} => {
  const groups: Written[] = [];
  const settle: { resolve: (outcomes: readonly (bigint | null)[]) => void; reject: (error: unknown) => void }[] = [];
  return {
    groups,
    finish: (index, outcome) => settle[index]?.resolve((groups[index] ?? []).map(outcome)),
    fail: (index, error) => settle[index]?.reject(error),
    commit: (group) =>
      new Promise((resolve, reject) => {
        groups.push(group);
        settle.push({ resolve, reject });
      }),
  };
};

const append = (streamId: string, size = 1): GroupedAppend<string> => ({ streamId, size, request: streamId });
const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const conflict = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });

describe('GroupCommit', () => {
  const options = { maxRunning: 1, maxAppends: 64, maxEvents: 100, retryAlone: (e: unknown) => e === conflict };

  it('writes a lone append at once, and the appends that arrive meanwhile together in the next group, sorted by stream', async () => {
    const commits = manualCommits();
    const group = new GroupCommit({ ...options, commit: commits.commit });
    const first = group.write(append('s-1'));
    const later = [group.write(append('s-3')), group.write(append('s-2'))];
    await flush();
    expect(commits.groups.map((g) => g.map((a) => a.streamId))).toEqual([['s-1']]);

    commits.finish(0, () => 10n);
    await expect(first).resolves.toBe(10n);
    await flush();
    expect(commits.groups.map((g) => g.map((a) => a.streamId))).toEqual([['s-1'], ['s-2', 's-3']]);

    commits.finish(1, (a) => (a.streamId === 's-2' ? 20n : null));
    await expect(Promise.all(later)).resolves.toEqual([null, 20n]);
  });

  it('puts two appends to the same stream in different groups, in the order they came', async () => {
    const commits = manualCommits();
    const group = new GroupCommit({ ...options, commit: commits.commit });
    const outcomes = [group.write(append('s-0')), group.write(append('s-1')), group.write(append('s-1')), group.write(append('s-2'))];
    await flush();
    commits.finish(0, () => 1n);
    await flush();
    commits.finish(1, () => 2n);
    await flush();
    commits.finish(2, () => 3n);
    await Promise.all(outcomes);
    expect(commits.groups.map((g) => g.map((a) => a.streamId))).toEqual([['s-0'], ['s-1', 's-2'], ['s-1']]);
  });

  it('keeps a group within its bounds of appends and events', async () => {
    const commits = manualCommits();
    const group = new GroupCommit({ ...options, maxAppends: 2, maxEvents: 5, commit: commits.commit });
    const outcomes = [group.write(append('s-0')), group.write(append('s-1', 3)), group.write(append('s-2', 3)), group.write(append('s-3', 1))];
    await flush();
    commits.finish(0, () => 1n);
    await flush();
    expect(commits.groups.map((g) => g.map((a) => a.streamId))).toEqual([['s-0'], ['s-1', 's-3']]);
    commits.finish(1, () => 2n);
    await flush();
    commits.finish(2, () => 3n);
    await Promise.all(outcomes);
    expect(commits.groups.map((g) => g.map((a) => a.streamId))).toEqual([['s-0'], ['s-1', 's-3'], ['s-2']]);
  });

  it('writes as many groups at the same time as allowed', async () => {
    const commits = manualCommits();
    const group = new GroupCommit({ ...options, maxRunning: 2, commit: commits.commit });
    const outcomes = [group.write(append('s-0')), group.write(append('s-1')), group.write(append('s-2'))];
    await flush();
    expect(commits.groups.map((g) => g.map((a) => a.streamId))).toEqual([['s-0'], ['s-1']]);
    commits.finish(1, () => 2n);
    await flush();
    expect(commits.groups.map((g) => g.map((a) => a.streamId))).toEqual([['s-0'], ['s-1'], ['s-2']]);
    commits.finish(0, () => 1n);
    commits.finish(2, () => 3n);
    await expect(Promise.all(outcomes)).resolves.toEqual([1n, 2n, 3n]);
  });

  it('when a group is refused for a conflict, writes its appends again one by one, so that only the conflicting one fails', async () => {
    const commits = manualCommits();
    const group = new GroupCommit({ ...options, commit: commits.commit });
    const outcomes = [group.write(append('s-0')), group.write(append('s-1')), group.write(append('s-2'))].map((p) =>
      p.then(
        (position) => ({ position }),
        (error: unknown) => ({ error }),
      ),
    );
    await flush();
    commits.finish(0, () => 1n);
    await flush();
    commits.fail(1, conflict);
    await flush();
    expect(commits.groups.map((g) => g.map((a) => a.streamId))).toEqual([['s-0'], ['s-1', 's-2'], ['s-1'], ['s-2']]);
    commits.fail(2, conflict);
    commits.finish(3, () => 3n);
    await expect(Promise.all(outcomes)).resolves.toEqual([{ position: 1n }, { error: conflict }, { position: 3n }]);
  });

  it('fails the whole group, writing nothing again, when the failure may have come after the commit', async () => {
    const commits = manualCommits();
    const group = new GroupCommit({ ...options, commit: commits.commit });
    const lost = new Error('Connection terminated unexpectedly');
    const outcomes = [group.write(append('s-0')), group.write(append('s-1')), group.write(append('s-2'))].map((p) =>
      p.catch((error: unknown) => error),
    );
    await flush();
    commits.finish(0, () => 1n);
    await flush();
    commits.fail(1, lost);
    await expect(Promise.all(outcomes)).resolves.toEqual([1n, lost, lost]);
    expect(commits.groups).toHaveLength(2);
  });
});
