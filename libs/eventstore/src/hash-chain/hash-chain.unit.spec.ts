import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.util';
import { GENESIS_HASH, eventHash } from './hash-chain.util';

describe('canonical JSON', () => {
  it('sorts object keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1, 2], c: null } })).toBe('{"a":{"c":null,"d":[3,1,2]},"b":1}');
  });

  it('gives the same text for equal values built in different key orders', () => {
    const one = { unit: '乡镇', score: { total: '92.50', bonus: '2.00' } };
    const other = { score: { bonus: '2.00', total: '92.50' }, unit: '乡镇' };

    expect(canonicalJson(one)).toBe(canonicalJson(other));
  });

  it('writes strings and numbers as JSON.stringify does: Chinese as is, control characters escaped', () => {
    expect(canonicalJson(['考评', 'a"b\\c\n\u0001', 1e21, 0.1, -5, 2.5e-7])).toBe(
      '["考评","a\\"b\\\\c\\n\\u0001",1e+21,0.1,-5,2.5e-7]',
    );
  });

  it('orders keys by UTF-16 code units, as sort() does, in small and large objects', () => {
    const small = ['b', 'a', 'Z', 'ä', '\u{1F600}', '\uFF5E', '10', '9', '_', ''];
    const large = Array.from({ length: 40 }, (_, i) => `k${(i * 17) % 40}`);
    for (const keys of [small, large]) {
      const value = Object.fromEntries(keys.map((key, i) => [key, i]));
      const expected = `{${[...keys].sort().map((key) => `${JSON.stringify(key)}:${keys.indexOf(key)}`).join(',')}}`;

      expect(canonicalJson(value)).toBe(expected);
    }
  });

  it('writes no whitespace', () => {
    expect(canonicalJson({ list: [1, { x: true }], empty: {} })).toBe('{"empty":{},"list":[1,{"x":true}]}');
  });
});

describe('event hash', () => {
  const content = {
    streamId: 'unit-7',
    revision: 0,
    id: '6f1c2a0e-1b2c-4d3e-8f40-5a6b7c8d9e0f',
    type: 'DataSubmitted',
    data: { value: '12.5', indicator: 'A1' },
    metadata: { role: 'data-provider', actorId: 'stats-bureau' },
    recordedAt: '2026-03-01T08:00:00.000Z',
  };

  it('is sha256 hex over the previous hash followed by the canonical JSON of the event content', () => {
    const expected = createHash('sha256')
      .update(
        GENESIS_HASH +
          '{"data":{"indicator":"A1","value":"12.5"},"id":"6f1c2a0e-1b2c-4d3e-8f40-5a6b7c8d9e0f",' +
          '"metadata":{"actorId":"stats-bureau","role":"data-provider"},"recordedAt":"2026-03-01T08:00:00.000Z",' +
          '"revision":0,"streamId":"unit-7","type":"DataSubmitted"}',
      )
      .digest('hex');

    expect(eventHash(GENESIS_HASH, content)).toBe(expected);
  });

  it('changes when the data, the revision or the previous hash changes', () => {
    const base = eventHash(GENESIS_HASH, content);

    expect(eventHash(GENESIS_HASH, { ...content, data: { value: '12.6', indicator: 'A1' } })).not.toBe(base);
    expect(eventHash(GENESIS_HASH, { ...content, revision: 1 })).not.toBe(base);
    expect(eventHash('f'.repeat(64), content)).not.toBe(base);
  });

  it('starts every chain from 64 zeros', () => {
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
  });
});
