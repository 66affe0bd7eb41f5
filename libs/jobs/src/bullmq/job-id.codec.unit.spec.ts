import { decodeJobId, encodeJobId } from './job-id.codec';

describe('BullMQ job id encoding', () => {
  it.each([
    ['phase.close:cycle-2025:mid-year', 'phase.close%3Acycle-2025%3Amid-year'],
    ['a:b', 'a%3Ab'],
    ['100%', '100%25'],
    ['42', '%342'],
    ['-7', '%2D7'],
    ['cycle-2025', 'cycle-2025'],
    ['042', '042'],
  ])('encodes %s as %s, which BullMQ accepts, and decodes it back', (id, encoded) => {
    expect(encodeJobId(id)).toBe(encoded);
    expect(encodeJobId(id)).not.toContain(':');
    expect(`${Number.parseInt(encodeJobId(id), 10)}`).not.toBe(encodeJobId(id));
    expect(decodeJobId(encodeJobId(id))).toBe(id);
  });

  it('keeps different ids different', () => {
    const ids = ['a:b', 'a%3Ab', 'a%b', '%3A', ':', '3', '%33', '33'];
    expect(new Set(ids.map(encodeJobId)).size).toBe(ids.length);
    for (const id of ids) expect(decodeJobId(encodeJobId(id))).toBe(id);
  });
});
