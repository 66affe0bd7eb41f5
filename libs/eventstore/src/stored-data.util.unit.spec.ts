import type { RecordedEvent } from './event-store.port';
import { keepStoredData, storedDataOf } from './stored-data.util';

const event = (): RecordedEvent => ({
  id: 'e-1',
  streamId: 'unit-1',
  type: 'DataSubmitted',
  data: { value: '12.50', unitId: 'u-1' },
  metadata: { actorId: 'a', role: 'office' },
  revision: 0,
  globalPosition: 1n,
  recordedAt: '2026-01-01T00:00:00.000Z',
  prevHash: '0'.repeat(64),
  hash: '1'.repeat(64),
});

describe('an event\'s data as stored (storedDataOf)', () => {
  it('answers the text the adapter kept, exactly (key order and spacing as stored)', () => {
    const kept = keepStoredData(event(), '{"value": "12.50", "unitId": "u-1"}');
    expect(storedDataOf(kept)).toBe('{"value": "12.50", "unitId": "u-1"}');
  });

  it('serialises the data of an event without kept text, and of a copy (the text is not copied)', () => {
    expect(storedDataOf(event())).toBe('{"value":"12.50","unitId":"u-1"}');
    const kept = keepStoredData(event(), '{"value": "12.50", "unitId": "u-1"}');
    expect(storedDataOf({ ...kept })).toBe('{"value":"12.50","unitId":"u-1"}');
  });

  it('is invisible to comparisons, keys and JSON of the event', () => {
    const kept = keepStoredData(event(), '{"value": "12.50", "unitId": "u-1"}');
    expect(kept).toEqual(event());
    expect(Object.keys(kept)).toEqual(Object.keys(event()));
    expect(JSON.stringify({ ...kept, globalPosition: '1' })).toBe(JSON.stringify({ ...event(), globalPosition: '1' }));
  });
});
