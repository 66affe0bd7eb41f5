import { DEFAULT_LIMITS, appendViolations, asOfViolations, plainJsonViolations } from './event-validation.util';

const actor = { actorId: 'office-01', role: 'performance-office' };
const appendOf = (events: unknown, overrides: Partial<{ streamId: unknown; expectedRevision: unknown }> = {}) =>
  appendViolations({ streamId: 'unit-1', expectedRevision: 'any', events, ...overrides }, DEFAULT_LIMITS);
const rulesAt = (violations: readonly { path: string; rule: string }[]): string[] =>
  violations.map((v) => `${v.path} ${v.rule}`);

describe('plain JSON', () => {
  class Decimal {
    constructor(readonly text: string) {}
  }
  const shared = { x: 1 };
  const cyclic: Record<string, unknown> = {};
  cyclic['again'] = { back: cyclic };
  const nested = (depth: number, inner: unknown): unknown => (depth === 0 ? inner : { in: nested(depth - 1, inner) });
  const deepCycle: Record<string, unknown> = {};
  deepCycle['deep'] = nested(99, deepCycle);
  const deepPath = `$.deep${'.in'.repeat(99)}`;

  it.each<[string, unknown, string[]]>([
    ['nested plain values', { a: [1, 'two', null, true, { b: 2.5 }] }, []],
    ['an object without prototype', Object.create(null), []],
    ['the same object twice (not a cycle)', { left: shared, right: shared }, []],
    ['a function', { f: () => 1 }, ['$.f not-json']],
    ['undefined', { u: undefined }, ['$.u not-json']],
    ['NaN and -Infinity', [Number.NaN, Number.NEGATIVE_INFINITY], ['$[0] not-json', '$[1] not-json']],
    ['a bigint', { n: 1n }, ['$.n not-json']],
    ['a symbol value', { s: Symbol('s') }, ['$.s not-json']],
    ['a symbol key', { [Symbol('k')]: 1 }, ['$ not-json']],
    ['a class instance', { d: new Decimal('1.5') }, ['$.d not-json']],
    ['a Map', { m: new Map() }, ['$.m not-json']],
    ['a hole in an array', [1, , 3], ['$[1] not-json']],
    ['a cycle', cyclic, ['$.again.back not-json']],
    ['plain values nested 200 deep', nested(200, [1, 'two']), []],
    ['a cycle 100 deep', deepCycle, [`${deepPath} not-json`]],
    ['a function 100 deep', nested(100, () => 1), [`$${'.in'.repeat(100)} not-json`]],
    ['a key that is not an identifier', { '考评 分数': undefined }, ['$["考评 分数"] not-json']],
  ])('%s', (_, value, expected) => {
    expect(rulesAt(plainJsonViolations(value, '$'))).toEqual(expected);
  });
});

describe('append rules', () => {
  it('accepts a well-formed append', () => {
    expect(appendOf([{ type: 'DataSubmitted', data: { value: '1' }, metadata: actor }])).toEqual([]);
  });

  it('reports every broken rule of an append at once, each with its field path', () => {
    const violations = appendOf(
      [
        { type: ' ', data: { ok: true }, metadata: { actorId: '', role: 'office', colour: 'red' } },
        { id: 'not-a-uuid', type: 'A', data: { when: new Date(0) }, metadata: { role: 'office' } },
      ],
      { streamId: '$all', expectedRevision: -2 },
    );

    expect(rulesAt(violations)).toEqual([
      'streamId reserved',
      'expectedRevision negative',
      'events[0].type blank',
      'events[0].metadata.actorId blank',
      'events[0].metadata.colour unknown-field',
      'events[1].id not-uuid',
      'events[1].data.when not-json',
      'events[1].metadata.actorId required',
    ]);
  });

  it('reports metadata rules in one order, whatever the order of the fields', () => {
    const metadata = { colour: 'red', evidence: 'photo', reason: 7, role: ' ', commandId: 1, extra: [], size: 2 };

    expect(rulesAt(appendOf([{ type: 'A', data: {}, metadata }]))).toEqual([
      'events[0].metadata.actorId required',
      'events[0].metadata.role blank',
      'events[0].metadata.commandId not-string',
      'events[0].metadata.reason not-string',
      'events[0].metadata.evidence not-string-list',
      'events[0].metadata.extra not-object',
      'events[0].metadata.colour unknown-field',
      'events[0].metadata.size unknown-field',
    ]);
  });

  it('counts the bytes of an event that may be too large: 3 bytes per Chinese character', () => {
    const limits = { ...DEFAULT_LIMITS, maxEventBytes: 300 };
    const event = (note: string) => ({ type: 'A', data: { note }, metadata: actor });
    const fixed = Buffer.byteLength(JSON.stringify({ note: '' })) + Buffer.byteLength(JSON.stringify(actor));
    const fits = '考'.repeat(Math.floor((300 - fixed) / 3));

    expect(appendViolations({ streamId: 'unit-1', expectedRevision: 'any', events: [event(fits)] }, limits)).toEqual([]);
    expect(
      rulesAt(appendViolations({ streamId: 'unit-1', expectedRevision: 'any', events: [event(`${fits}考`)] }, limits)),
    ).toEqual(['events[0] too-large']);
  });

  it.each([
    ['a NUL character', 'unit\u00001'],
    ['a line break', 'unit\n1'],
    ['a lone surrogate', 'unit-\ud800'],
  ])('refuses a stream id with %s, which PostgreSQL text cannot hold as is', (_, streamId) => {
    expect(rulesAt(appendOf([{ type: 'A', data: {}, metadata: actor }], { streamId }))).toEqual(['streamId unstorable']);
  });

  it('accepts Chinese and emoji in stream ids and types', () => {
    expect(appendOf([{ type: '数据已提交', data: {}, metadata: actor }], { streamId: '单位-城关镇-📊' })).toEqual([]);
  });

  it('treats ids differing only in case as duplicates', () => {
    const id = '6f1c2a0e-1b2c-4d3e-8f40-5a6b7c8d9e0f';
    const violations = appendOf([
      { id, type: 'A', data: {}, metadata: actor },
      { id: id.toUpperCase(), type: 'B', data: {}, metadata: actor },
    ]);

    expect(rulesAt(violations)).toEqual(['events[1].id duplicate']);
  });

  it('measures size in UTF-8 bytes of data and metadata JSON, accepting exactly the limit', () => {
    const metadataBytes = Buffer.byteLength(JSON.stringify(actor));
    // data JSON: a quote, ten 考 of 3 bytes each, a quote
    const limits = { ...DEFAULT_LIMITS, maxEventBytes: metadataBytes + 1 + 30 + 1 };
    const sized = (data: string) =>
      appendViolations({ streamId: 's', expectedRevision: 'any', events: [{ type: 'A', data, metadata: actor }] }, limits);

    expect(sized('考'.repeat(10))).toEqual([]);
    expect(rulesAt(sized(`${'考'.repeat(10)}x`))).toEqual(['events[0] too-large']);
  });

  it.each<[unknown, string[]]>([
    ['no_stream', []],
    ['stream_exists', []],
    ['any', []],
    [0, []],
    [41, []],
    [-1, ['expectedRevision negative']],
    [0.5, ['expectedRevision not-integer']],
    [Number.MAX_SAFE_INTEGER + 1, ['expectedRevision not-integer']],
    ['latest', ['expectedRevision required']],
    [undefined, ['expectedRevision required']],
  ])('checks the expected revision %p', (expectedRevision, expected) => {
    expect(rulesAt(appendOf([{ type: 'A', data: {}, metadata: actor }], { expectedRevision }))).toEqual(expected);
  });

  it('refuses an empty event list and a non-list', () => {
    expect(rulesAt(appendOf([]))).toEqual(['events empty']);
    expect(rulesAt(appendOf('events'))).toEqual(['events required']);
  });
});

describe('as-of moments', () => {
  it.each<[string, string[]]>([
    ['2026-07-10T10:00:00Z', []],
    ['2026-07-10T18:00:00.123+08:00', []],
    ['2026-07-10', ['asOf.time not-iso-time']],
    ['2026-07-10T10:00:00', ['asOf.time not-iso-time']],
    ['yesterday', ['asOf.time not-iso-time']],
  ])('accepts only ISO times with a zone: %s', (time, expected) => {
    expect(rulesAt(asOfViolations({ time }))).toEqual(expected);
  });

  it('refuses a negative position', () => {
    expect(rulesAt(asOfViolations({ position: -1n }))).toEqual(['asOf.position negative']);
  });
});
