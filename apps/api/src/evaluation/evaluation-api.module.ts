import { Module } from '@nestjs/common';
import { AppealsController } from './appeals/appeals.controller';
import { CyclesController } from './cycles/cycles.controller';
import { OwedAtDeadlineHandler, ScoreCategoryNowHandler, SendEvaluationCommandHandler } from './evaluation-bus.handlers';
import { PhasesController } from './phases/phases.controller';
import { ProposalsController } from './proposals/proposals.controller';
import { RectificationController } from './rectification/rectification.controller';
import { ResultsController } from './results/results.controller';
import { ProposalReviewController } from './review/review.controller';
import {
  DataSubmissionsController,
  EvaluationPlansController,
  RatingsController,
  SelfAssessmentsController,
  SurveysController,
} from './unit-facts.controller';
import { ReadTrackingRoundsHandler, TrackingController } from './tracking/tracking.controller';
import { UnitsController } from './units/units.controller';
import { CompareSchemeDraftHandler, SchemeWhatIfController } from './what-if/what-if.controller';

/**
 * The write side of the lifecycle over HTTP: one route per command a person sends (the system's are
 * the worker's). Controllers put commands and queries on the @nestjs/cqrs buses; each handler is one
 * call into the lifecycle's core. The buses come from the app's CqrsModule.forRoot().
 */
@Module({
  controllers: [
    CyclesController,
    PhasesController,
    UnitsController,
    EvaluationPlansController,
    DataSubmissionsController,
    SelfAssessmentsController,
    RatingsController,
    SurveysController,
    ProposalsController,
    ProposalReviewController,
    AppealsController,
    ResultsController,
    RectificationController,
    SchemeWhatIfController,
    TrackingController,
  ],
  providers: [SendEvaluationCommandHandler, ScoreCategoryNowHandler, OwedAtDeadlineHandler, CompareSchemeDraftHandler, ReadTrackingRoundsHandler],
})
export class EvaluationApiModule {}
