import { releaseReplayGarbage } from './memory';

describe('releaseReplayGarbage', () => {
  it('gives back the heap garbage of a replay left behind', () => {
    let replayed: unknown[] | null = Array.from({ length: 300_000 }, (_, at) => ({ at, type: 'DataSubmitted', value: `value ${at}` }));
    expect(replayed.length).toBe(300_000);
    replayed = null;
    const { beforeMiB, afterMiB } = releaseReplayGarbage();
    expect(afterMiB).toBeLessThan(beforeMiB);
  });

  it('collects again when called again, without exposing a global gc', () => {
    releaseReplayGarbage();
    const { beforeMiB, afterMiB } = releaseReplayGarbage();
    expect(afterMiB).toBeLessThanOrEqual(beforeMiB);
    expect('gc' in globalThis).toBe(false);
  });
});
