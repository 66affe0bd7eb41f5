import { performance } from 'node:perf_hooks';
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The collector that `--expose-gc` would install, made once for this process. */
let fullCollection: (() => void) | undefined;

const collector = (): (() => void) => {
  if (fullCollection !== undefined) return fullCollection;
  // The flag only installs `gc` in contexts created while it is set: one new context takes it,
  // then the flag is cleared so no other context (and no code of ours) sees a global `gc`.
  setFlagsFromString('--expose-gc');
  try {
    const made: unknown = runInNewContext('gc');
    if (typeof made !== 'function') throw new Error('V8 did not expose its collector');
    fullCollection = () => void made();
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
  return fullCollection;
};

/** Full collections at most, each a pause of the whole process (tens of milliseconds). */
const MAX_COLLECTIONS = 5;

/**
 * Returns to the operating system the JavaScript heap a large replay left behind; the heap before
 * and after (MiB, committed). Call it once, when a catch-up over a long log has ended.
 *
 * Why V8 does not do it by itself soon: a replay allocates fast, so V8 raises the old generation's
 * limit to a few times the live size and lets garbage accumulate up to it (on the embedded store's
 * 13,000-event county: ~180 MiB of heap for ~55 MiB live). Once the replay ends, nothing collects
 * it: the next full collection comes when the limit is reached, which an idle process never does,
 * and V8's memory reducer (which compacts and shrinks the heap when the allocation rate is low)
 * starts at its own pace, in our traces not within a minute. One ordinary full collection frees
 * the garbage but keeps most of its pages (it compacts only a few megabytes of fragmented pages
 * each time), so this repeats it while the committed heap still shrinks. The young generation is
 * left to {@link shrinkHeapWhenIdle}.
 */
export function releaseReplayGarbage(): Readonly<{ beforeMiB: number; afterMiB: number }> {
  const committed = (): number => process.memoryUsage().heapTotal / 1024 / 1024;
  const gc = collector();
  const beforeMiB = committed();
  let last = beforeMiB;
  for (let round = 0; round < MAX_COLLECTIONS; round++) {
    gc();
    const now = committed();
    if (now > last - 1) break;
    last = now;
  }
  return { beforeMiB, afterMiB: committed() };
}

/** How often the process looks back at whether it was idle (ms): about the span V8 judges by. */
const IDLE_CHECK_MS = 5_000;

/** Below this share of a check's span spent running (the event loop's utilization), the process was idle. */
const IDLE_UTILIZATION = 0.02;

/** A young generation this small (MiB, committed) is left as it is. */
const SMALL_YOUNG_GENERATION_MIB = 4;

const youngGenerationMiB = (): number =>
  (getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0) / 1024 / 1024;

/**
 * From now on, when the process has been idle for a few seconds after being busy, gives the young
 * generation back to the operating system; returns what stops it.
 *
 * Why: V8 grows the young generation to two 16 MiB semi-spaces under any sustained allocation (a
 * catch-up, a burst of requests, the start itself) and both stay resident. It shrinks them only in
 * a full collection made while the process has allocated little over the last five seconds or so,
 * and an idle process makes no collection at all. So one is made here after the first idle check,
 * and while the young generation is still large after the 2nd, 4th, 8th… of the same idle spell:
 * a pause of tens of milliseconds in a process that had nothing to do (32 → 1 MiB on the embedded
 * API after the bench's catch-up; its old generation compacted too).
 */
export function shrinkHeapWhenIdle(): () => void {
  const gc = collector();
  let previous = performance.eventLoopUtilization();
  let idleChecks = 0;
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const busy = performance.eventLoopUtilization(now, previous).utilization;
    previous = now;
    if (busy >= IDLE_UTILIZATION) {
      idleChecks = 0;
      return;
    }
    idleChecks += 1;
    const powerOfTwo = (idleChecks & (idleChecks - 1)) === 0;
    if (!powerOfTwo || youngGenerationMiB() <= SMALL_YOUNG_GENERATION_MIB) return;
    gc();
    // The collection is this process's own work: it does not make the next look-back busy.
    previous = performance.eventLoopUtilization();
  }, IDLE_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
