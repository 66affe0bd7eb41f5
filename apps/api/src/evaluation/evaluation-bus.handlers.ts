import { Inject } from '@nestjs/common';
import { Command, CommandHandler, Query, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { EventStore } from '@kaoping/eventstore';
import type { EvaluationCommand } from '@kaoping/evaluation';
import { handleEvaluationCommand, keepFoldsOf, scoreCategoryFromLog, type CommandOutcome, type ScoredCategory } from '@kaoping/cycle-log';
import { EVENT_STORE, KAOPING_CONFIG, type KaopingConfig } from '@kaoping/runtime';
import { calendarOfView, loadCycleView, missingItems, type MissingItem } from '@kaoping/schedule';
import type { CommandRequestContext } from '../commands/command-request';

/**
 * A lifecycle command sent over HTTP (its actor in its meta; the request's correlation id and
 * If-Match beside it), on the CommandBus. `asked`: what the request asked when the
 * command holds more (results computed at the time): a repeated Idempotency-Key is compared by it.
 * Domain errors name the request's fields already: the exception filter passes them on as they are.
 */
export class SendEvaluationCommand extends Command<CommandOutcome> {
  constructor(
    readonly command: EvaluationCommand,
    readonly request: CommandRequestContext,
    readonly asked?: unknown,
  ) {
    super();
  }
}

@CommandHandler(SendEvaluationCommand)
export class SendEvaluationCommandHandler implements ICommandHandler<SendEvaluationCommand, CommandOutcome> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(KAOPING_CONFIG) config: KaopingConfig,
  ) {
    // The streams this process's commands keep folded, as many events in all as configured.
    keepFoldsOf(store, config.keptFoldEvents);
  }

  execute({ command, request, asked }: SendEvaluationCommand): Promise<CommandOutcome> {
    return handleEvaluationCommand({ store: this.store, command, correlationId: request.correlationId, ...(asked === undefined ? {} : { request: asked }), ...(request.expectedRevision === undefined ? {} : { expectedRevision: request.expectedRevision }) });
  }
}

/** A category's scores from the log as it is now (for snapshots and provisional results), on the QueryBus. */
export class ScoreCategoryNow extends Query<ScoredCategory> {
  constructor(readonly input: Readonly<{ cycleId: string; categoryId: string; asOf: string }>) {
    super();
  }
}

@QueryHandler(ScoreCategoryNow)
export class ScoreCategoryNowHandler implements IQueryHandler<ScoreCategoryNow, ScoredCategory> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ input }: ScoreCategoryNow): Promise<ScoredCategory> {
    return scoreCategoryFromLog({ store: this.store, ...input });
  }
}

/**
 * What is still owed at a deadline, unit by unit, with who owes it (the reminders' rule, read from
 * the cycle's log now); null where the cycle has no such deadline (the command then says why).
 * Named units: only their streams are folded (with the cycle's and the rectification orders'), not
 * the whole cycle's, so that chasing a few laggards of a province takes no fold of the province.
 */
export class OwedAtDeadline extends Query<readonly MissingItem[] | null> {
  constructor(readonly input: Readonly<{ cycleId: string; deadlineId: string; unitIds?: readonly string[] }>) {
    super();
  }
}

@QueryHandler(OwedAtDeadline)
export class OwedAtDeadlineHandler implements IQueryHandler<OwedAtDeadline, readonly MissingItem[] | null> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ input }: OwedAtDeadline): Promise<readonly MissingItem[] | null> {
    const view = await loadCycleView(this.store, input.cycleId, input.unitIds);
    const deadline = calendarOfView(view)?.deadlines.find((d) => d.id === input.deadlineId);
    return view.cycle.status !== 'active' || deadline === undefined ? null : missingItems(view, view.cycle, deadline);
  }
}
