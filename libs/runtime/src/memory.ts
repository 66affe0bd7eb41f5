import { setFlagsFromString } from 'node:v8';
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
 * each time), so this repeats it while the committed heap still shrinks.
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
