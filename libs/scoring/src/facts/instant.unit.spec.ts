import { instantOf } from './instant';

/** What instantOf must give: Date.parse's reading, a text it cannot read before every moment. */
const byDateParse = (iso: string | undefined): number => {
  const ms = iso === undefined ? Number.NaN : Date.parse(iso);
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
};

describe('instantOf', () => {
  it('reads every time in the store’s form as Date.parse does, fields out of range and months that roll over too', () => {
    const pad = (value: number, width: number): string => String(value).padStart(width, '0');
    // Each field steps by its own prime, so that the 20,000 texts mix every value of each with the others.
    const texts = Array.from({ length: 20_000 }, (_, at) => {
      const year = [(at * 7919) % 10_000, 1970 + (at % 200), 99, 999, 1000][at % 5] ?? 2099;
      return `${pad(year, 4)}-${pad((at * 7) % 14, 2)}-${pad((at * 11) % 33, 2)}T${pad((at * 13) % 26, 2)}:${pad((at * 17) % 61, 2)}:${pad((at * 19) % 61, 2)}.${pad((at * 23) % 1000, 3)}Z`;
    });
    expect(texts.map(instantOf)).toEqual(texts.map(byDateParse));
  });

  it('leaves other forms to Date.parse, and puts what it cannot read before every moment', () => {
    const texts = ['2099-03-01T08:30:00Z', '2099-03-01T16:30:00.000+08:00', '2099-03-01', '2099-03-01T08:30:00.000', '2099-0a-01T08:30:00.000Z', '２０９９-03-01T08:30:00.000Z', 'yesterday', '', undefined];
    expect(texts.map(instantOf)).toEqual(texts.map(byDateParse));
    expect(instantOf('2099-03-01T08:30:00.000Z')).toBe(Date.UTC(2099, 2, 1, 8, 30));
    // The same text again (read once), then another, then the first.
    const [a, b] = ['2099-03-01T08:30:00.000Z', '2099-03-29T08:30:00.000Z'];
    expect([a, a, b, b, a].map(instantOf)).toEqual([a, a, b, b, a].map(byDateParse));
  });
});
