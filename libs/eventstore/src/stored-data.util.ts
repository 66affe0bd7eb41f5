import type { RecordedEvent } from './event-store.port';

// The text an event's data was read from, kept on the event by an adapter that read it as text
// (the SQL adapters' reads of the log). Not enumerable: copies, comparisons and JSON of the event
// do not see it, and a copy made with a spread goes without it (then the data is serialised).
const STORED_DATA = Symbol('the data as stored');
type WithStoredData = RecordedEvent & { readonly [STORED_DATA]?: string };

/** Keeps on `event` the JSON text its data was parsed from (exactly as stored); answers the event. */
export const keepStoredData = (event: RecordedEvent, text: string): RecordedEvent => {
  Object.defineProperty(event, STORED_DATA, { value: text });
  return event;
};

/**
 * The event's data as JSON text: the text it was stored as where its adapter kept it, else the
 * data serialised. A rebuild writes every event's data into the audit trail: the text read is
 * written back as it came, not parsed and serialised again.
 */
export const storedDataOf = (event: RecordedEvent): string => (event as WithStoredData)[STORED_DATA] ?? JSON.stringify(event.data);
