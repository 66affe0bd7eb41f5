import { CycleFolds } from './cycle-views/cycle-views';
import { auditTrailProjection } from './audit-trail/audit-trail.projection';
import { directoryProjection } from './directory/directory.projection';
import { liveScoresProjection } from './live-scores/live-scores.projection';
import { proposalsProjection } from './proposals/proposals.projection';
import type { Projection, ProjectionContext } from './runner/projection';
import { submissionStatusProjection } from './submission-status/submission-status.projection';

/** Every read model of the lifecycle, by projection name. */
export const READ_MODELS = {
  'audit-trail': auditTrailProjection,
  proposals: proposalsProjection,
  'live-scores': liveScoresProjection,
  'submission-status': submissionStatusProjection,
  directory: directoryProjection,
} as const satisfies Readonly<Record<string, (context: ProjectionContext) => Projection>>;

export type ReadModelName = keyof typeof READ_MODELS;
export const READ_MODEL_NAMES = Object.keys(READ_MODELS) as readonly ReadModelName[];

export const isReadModelName = (name: string): name is ReadModelName => Object.hasOwn(READ_MODELS, name);

/** Fresh instances of the read models (all, or those named), sharing their cycle folds. */
export const readModelProjections = (context: ProjectionContext, names: readonly ReadModelName[] = READ_MODEL_NAMES): readonly Projection[] => {
  const shared = { ...context, folds: context.folds ?? new CycleFolds(context.store) };
  return names.map((name) => READ_MODELS[name](shared));
};
