// Nest closes the HTTP server (dispose: it waits for open connections) before the modules' onApplicationShutdown
// closes the event store and the database; this pins that order for a request still arriving.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { bootApi, TEST_ADMIN_PASSWORD } from './testing/api-test-app';

describe('shutting the API down (SIGTERM: a deploy, a scale-down)', () => {
  it('lets a request in flight finish before the event store and database close, and takes no new connection', async () => {
    const api = await bootApi();
    await api.app.listen(0, '127.0.0.1');
    const server = api.app.getHttpServer() as Server;
    const { port } = server.address() as AddressInfo;
    const admin = await api.login('admin', TEST_ADMIN_PASSWORD);
    await api.http().post('/users').set('Authorization', `Bearer ${admin}`).send({ userId: 'office', name: '绩效办', grants: [{ role: 'office' }], password: 'office password' }).expect(201);
    const office = await api.login('office', 'office password');
    const body = JSON.stringify({ cycleId: 'y2026', year: 2026, name: '2026年度考评' });
    // The shutdown starts once the server has the request's headers.
    const arrived = new Promise<void>((resolve) => server.once('request', () => resolve()));
    // A new cycle whose body is still arriving when the shutdown starts: its answer needs the event store.
    const answered = new Promise<Readonly<{ status: number; text: string }>>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/cycles', headers: { authorization: `Bearer ${office}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res: IncomingMessage) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 10));
      void arrived.then(() => {
        api.close().catch(reject);
        setTimeout(() => req.end(body.slice(10)), 300);
      });
    });
    const res = await answered;
    expect(res.status).toBe(201);
    expect(JSON.parse(res.text)).toHaveProperty('eventIds');
    // Once closed, the port takes no new connection.
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });
});
