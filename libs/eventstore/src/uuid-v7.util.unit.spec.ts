import { uuidV7 } from './uuid-v7.util';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidV7', () => {
  it('writes a version 7 UUID whose first 48 bits are the time in milliseconds', () => {
    const before = Date.now();
    const id = uuidV7();
    const after = Date.now();

    expect(id).toMatch(V7);
    const ms = Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    // The counter may have borrowed the next millisecond (ids made by earlier tests of this file).
    expect(ms).toBeLessThanOrEqual(after + 1);
  });

  it('makes distinct ids that sort in the order they were made, thousands within a millisecond included', () => {
    const ids = Array.from({ length: 20_000 }, () => uuidV7());

    expect(ids.every((id) => V7.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('keeps the order when the clock steps back', () => {
    const first = uuidV7();
    const now = jest.spyOn(Date, 'now').mockReturnValue(Date.now() - 60_000);
    try {
      const later = [uuidV7(), uuidV7()];

      expect([first, ...later].sort()).toEqual([first, ...later]);
    } finally {
      now.mockRestore();
    }
  });
});
