import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@kaoping/eventstore';
import { DomainError, type EvaluationCommand } from '@kaoping/evaluation';
import { handleEvaluationCommand, scoreCategoryFromLog, type CommandOutcome, type ScoredCategory } from '@kaoping/lifecycle';
import { EVENT_STORE } from '@kaoping/runtime';
import type { CommandRequestContext } from '../commands/command-request';

/** `data.unitId` → `unitId`, `meta.reason` → `reason`: the names the HTTP body and path use. */
const httpPath = (path: string): string => (path.startsWith('meta.actor') ? path : path.replace(/^(data|meta)\./, ''));

const withHttpPaths = (error: DomainError): DomainError => {
  const mapped = new DomainError({
    kind: error.kind,
    code: error.code,
    message: error.message.replace(/\b(data|meta)\.(?!actor)/g, ''),
    details: error.details.map((detail) => ({ ...detail, path: httpPath(detail.path) })),
  });
  mapped.name = error.name;
  return mapped;
};

/** Sends lifecycle commands built by the controllers through the lifecycle's command handling. */
@Injectable()
export class LifecycleCommands {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** A category's scores from the log as it is now (for snapshots and provisional results). */
  async score(input: Readonly<{ cycleId: string; categoryId: string; asOf: string }>): Promise<ScoredCategory> {
    try {
      return await scoreCategoryFromLog({ store: this.store, ...input });
    } catch (error: unknown) {
      throw error instanceof DomainError ? withHttpPaths(error) : error;
    }
  }

  /**
   * Sends a command built from a request. `asked`: what the request asked when the command holds
   * more (results computed at the time): a repeated Idempotency-Key is compared by it.
   */
  async send(command: EvaluationCommand, request: CommandRequestContext, asked?: unknown): Promise<CommandOutcome> {
    try {
      return await handleEvaluationCommand({
        store: this.store,
        command,
        correlationId: request.correlationId,
        ...(asked === undefined ? {} : { request: asked }),
        ...(request.expectedRevision === undefined ? {} : { expectedRevision: request.expectedRevision }),
      });
    } catch (error: unknown) {
      throw error instanceof DomainError ? withHttpPaths(error) : error;
    }
  }
}
