import { createServer } from 'node:net';

// For benches that run the built API in its own process and talk to it over HTTP.

export type Json = Readonly<Record<string, unknown>>;

/** A TCP port on 127.0.0.1 that nothing listens on now. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

/** Waits until the API at `base` answers /health at all (503 while its projections catch up counts), at most `timeoutMs`. */
export const untilAnswering = async (base: string, timeoutMs = 120_000): Promise<void> => {
  const until = Date.now() + timeoutMs;
  while (!(await fetch(`${base}/health`).then(() => true).catch(() => false))) {
    if (Date.now() > until) throw new Error(`the API at ${base} did not answer /health within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
};

/** A JSON call to the API at `base` (with a bearer token, or none); a refusal throws with its status and body. */
export const jsonCaller =
  (base: string) =>
  async (token: string | null, method: string, path: string, body?: Json): Promise<Json> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token === null ? {} : { authorization: `Bearer ${token}` }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer = (await res.json()) as Json;
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(answer)}`);
    return answer;
  };
