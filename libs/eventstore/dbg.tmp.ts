import { createEventStore, WrongExpectedRevisionError } from './src/index';
const main = async (): Promise<void> => {
  const schema = 'dbg_' + Date.now();
  const store = await createEventStore({ kind: 'postgres', connectionString: 'postgresql://postgres@127.0.0.1:5432/postgres', schema });
  const streamId = 's';
  await Promise.all(Array.from({ length: 8 }, async (_, writer) => {
    for (let n = 0; n < 4; n++) for (;;) {
      const tip = await store.streamTip(streamId);
      try { await store.appendToStream(streamId, [{ type: 'C', data: { writer, n }, metadata: { actorId: 'a', role: 'r' } }], { expectedRevision: tip === null ? 'no_stream' : tip.revision }); break; }
      catch (e) { if (!(e instanceof WrongExpectedRevisionError)) throw e; }
    }
  }));
  console.log(await store.verify());
  const evs = await store.readAll();
  console.log(evs.map(e => `${e.globalPosition}:${e.revision}:${e.prevHash.slice(0,6)}:${e.hash.slice(0,6)}`).join(' '));
  await store.close();
};
void main();
