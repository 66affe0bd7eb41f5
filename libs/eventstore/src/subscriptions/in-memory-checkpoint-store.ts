import type { CheckpointStore } from '../event-store.port';

/** Checkpoints in a Map: for unit tests and throw-away subscriptions. Lost on restart. */
export class InMemoryCheckpointStore implements CheckpointStore {
  private readonly positions = new Map<string, bigint>();

  async load(subscriptionId: string): Promise<bigint | null> {
    return this.positions.get(subscriptionId) ?? null;
  }

  async store(subscriptionId: string, position: bigint): Promise<void> {
    this.positions.set(subscriptionId, position);
  }
}
