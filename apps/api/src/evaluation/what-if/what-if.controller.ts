import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@kaoping/eventstore';
import { compareSchemeFromLog, type SchemeWhatIf } from '@kaoping/cycle-log';
import { EVENT_STORE } from '@kaoping/runtime';
import { ReadRoute } from '../../commands/command-route.decorator';
import { ReceivedAt } from '../../commands/request-clock';
import { ErrorBodyDto } from '../../errors/error-body.dto';
import { ParseIdPipe } from '../id.pipe';
import { schemeDocumentOf } from '../scheme-document';
import { SchemeWhatIfDto, WhatIfRequestDto } from './what-if.dto';

/** What a draft scheme would do to a cycle's scores now, on the QueryBus: reads the log, records nothing. */
export class CompareSchemeDraft extends Query<SchemeWhatIf> {
  constructor(readonly input: Readonly<{ cycleId: string; draft: unknown; asOf: string; categoryId?: string }>) {
    super();
  }
}

@QueryHandler(CompareSchemeDraft)
export class CompareSchemeDraftHandler implements IQueryHandler<CompareSchemeDraft, SchemeWhatIf> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ input }: CompareSchemeDraft): Promise<SchemeWhatIf> {
    return compareSchemeFromLog({ store: this.store, ...input });
  }
}

/** What-if (模拟测算): a draft amendment of the scheme against the scheme in force, on the cycle's facts. */
@ApiTags('cycles & schemes')
@Controller('cycles/:cycleId/what-if')
export class SchemeWhatIfController {
  constructor(private readonly queries: QueryBus) {}

  @Post()
  @HttpCode(200)
  @ReadRoute(
    'CompareSchemeDraft',
    "Score the cycle's log as it is now under a draft scheme (JSON, or YAML text) and under the scheme in force, and compare per unit: total, grade, rank and the parts that moved. Records nothing",
  )
  @ApiOkResponse({ type: SchemeWhatIfDto, description: 'Per category and unit: before (in force) and after (draft)' })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'The draft is no valid scheme: every problem at its path (as when publishing)' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'No such cycle, no scheme published, or a category one of the schemes lacks' })
  compare(@ReceivedAt() now: string, @Param('cycleId', ParseIdPipe) cycleId: string, @Body() body: WhatIfRequestDto): Promise<SchemeWhatIf> {
    const input = { cycleId, draft: schemeDocumentOf(body), asOf: now, ...(body.categoryId === undefined ? {} : { categoryId: body.categoryId }) };
    return this.queries.execute(new CompareSchemeDraft(input));
  }
}
