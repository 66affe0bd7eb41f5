import { Controller, Get, Inject, Param, Query as QueryParams } from '@nestjs/common';
import { Query, QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { EventStore } from '@kaoping/eventstore';
import { type CycleTracking, trackingFromLog } from '@kaoping/cycle-log';
import { EVENT_STORE } from '@kaoping/runtime';
import { ReadRoute } from '../../commands/command-route.decorator';
import { ErrorBodyDto } from '../../errors/error-body.dto';
import { ParseIdPipe } from '../id.pipe';
import { CycleTrackingDto, TrackingQuery } from './tracking.dto';

/** A cycle's tracking rounds from the log, on the QueryBus: records nothing. */
export class ReadTrackingRounds extends Query<CycleTracking> {
  constructor(readonly input: Readonly<{ cycleId: string; unitId?: string }>) {
    super();
  }
}

@QueryHandler(ReadTrackingRounds)
export class ReadTrackingRoundsHandler implements IQueryHandler<ReadTrackingRounds, CycleTracking> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ input }: ReadTrackingRounds): Promise<CycleTracking> {
    return trackingFromLog({ store: this.store, ...input });
  }
}

/** 绩效跟踪 (S9): per project and tracking round, the deviation of the data from the target and the corrective action. */
@ApiTags('data submissions & corrections')
@Controller('cycles/:cycleId/tracking')
export class TrackingController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ReadRoute(
    'ReadTrackingRounds',
    "Tracking rounds (绩效跟踪, 偏差分析): per unit whose category tracks indicators (S9's projects), per round and tracked indicator, the round's target, the value that counts, its deviation from the target (exact) and the corrective action recorded with it; read from the log at its head",
  )
  @ApiOkResponse({ type: CycleTrackingDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'A malformed unit id' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'No such cycle, no scheme published, or no such unit' })
  read(@Param('cycleId', ParseIdPipe) cycleId: string, @QueryParams() query: TrackingQuery): Promise<CycleTracking> {
    return this.queries.execute(new ReadTrackingRounds({ cycleId, ...(query.unitId === undefined ? {} : { unitId: query.unitId }) }));
  }
}
