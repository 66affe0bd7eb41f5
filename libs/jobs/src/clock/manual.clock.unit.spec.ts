import { ManualClock } from './manual.clock';

describe('ManualClock', () => {
  it('stands still until it is set or advanced', () => {
    const clock = new ManualClock('2025-03-31T16:00:00.000Z');
    expect(clock.now()).toEqual(new Date('2025-03-31T16:00:00.000Z'));
    expect(clock.advance(24 * 60 * 60 * 1000)).toEqual(new Date('2025-04-01T16:00:00.000Z'));
    clock.set(new Date('2025-07-10T00:00:00.000Z'));
    expect(clock.now()).toEqual(new Date('2025-07-10T00:00:00.000Z'));
  });

  it('hands out copies, so a caller cannot move it by mutating a Date', () => {
    const clock = new ManualClock('2025-01-01T00:00:00.000Z');
    clock.now().setUTCFullYear(2030);
    expect(clock.now().getUTCFullYear()).toBe(2025);
  });

  it('refuses an invalid date and a negative advance', () => {
    const clock = new ManualClock();
    expect(() => clock.set('not a date')).toThrow(RangeError);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });
});
