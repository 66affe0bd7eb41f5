// Exact values of the engine's output for tests: a decimal string, or the "n/d" fraction given
// beside a value written as an approximation ("3.33333333333333333333…").

export type Exact = Readonly<{ n: bigint; d: bigint }>;

const gcd = (a: bigint, b: bigint): bigint => {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
};
const norm = (n: bigint, d: bigint): Exact => {
  const sign = d < 0n ? -1n : 1n;
  const g = gcd(n, d);
  return { n: (sign * n) / g, d: (sign * d) / g };
};

/** The exact value of an engine output: `fraction` when given, else the decimal text (which must not be an approximation). */
export const exactOf = (text: string, fraction?: string): Exact => {
  if (fraction !== undefined) {
    const [n = '0', d = '1'] = fraction.split('/');
    return norm(BigInt(n), BigInt(d));
  }
  if (text.endsWith('…')) throw new Error(`${text} is an approximation and has no fraction beside it`);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) throw new Error(`${text} is not a decimal`);
  const places = match[3]?.length ?? 0;
  const digits = BigInt(`${match[2] ?? '0'}${match[3] ?? ''}`);
  return norm(match[1] === '-' ? -digits : digits, 10n ** BigInt(places));
};

export const plus = (a: Exact, b: Exact): Exact => norm(a.n * b.d + b.n * a.d, a.d * b.d);
export const minus = (a: Exact, b: Exact): Exact => plus(a, { n: -b.n, d: b.d });
export const compare = (a: Exact, b: Exact): number => {
  const x = a.n * b.d;
  const y = b.n * a.d;
  return x < y ? -1 : x > y ? 1 : 0;
};
export const ZERO: Exact = { n: 0n, d: 1n };
