import { getHeapSpaceStatistics } from 'node:v8';
import { releaseReplayGarbage, shrinkHeapWhenIdle } from './memory';

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

describe('shrinkHeapWhenIdle', () => {
  const youngGenerationMiB = (): number =>
    (getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0) / 1024 / 1024;

  it('gives the young generation back once the process has been idle for a while', async () => {
    // Objects that survive a scavenge or two make V8 grow the young generation.
    let kept: unknown[] = [];
    for (let at = 0; at < 2_000_000; at++) {
      kept.push({ at, text: `value ${at}` });
      if (kept.length > 200_000) kept = [];
    }
    expect(youngGenerationMiB()).toBeGreaterThan(4);
    kept = [];
    const stop = shrinkHeapWhenIdle();
    try {
      for (let waited = 0; waited < 45 && youngGenerationMiB() > 4; waited++) await new Promise((r) => setTimeout(r, 1_000));
      expect(youngGenerationMiB()).toBeLessThanOrEqual(4);
    } finally {
      stop();
    }
  });
});
