import { Rational } from '../decimal/rational';
import type { RatingGiven } from '../facts/fact.types';
import { compiledScheme } from '../scheme/valid-scheme';
import type { ValidScheme } from '../scheme/valid-scheme';
import type { CategoryResult } from './result.types';

/** A graded project: its live result line, or one recorded (computed, published, finalised). */
export type GradedProject = Readonly<{ unitId: string; total: string; grade: Readonly<{ id: string }> }>;
import { ScoringError } from './scoring-error';

/**
 * Projects as units (Qitai special projects, S9 budget projects): the graded projects become
 * ratings of their owners' special-project indicator, so a project's grade lands in its owner's
 * points without being rated again. A project grade maps to the owner's scale level of the same
 * id; for a level given as a range (良好 8–9) the points follow the project's total within its
 * grade's band (a project at 85 in 良好 80–90 gives 8.5). Several projects of one owner are
 * several raters, averaged. Facts carry the project's id as rater and `project:<id>` ids.
 */
export const projectRatings = (
  input: Readonly<{
    scheme: ValidScheme;
    /** The project category and its graded projects (a scored CategoryResult will do). */
    projects: Readonly<{ categoryId: CategoryResult['categoryId']; units: readonly GradedProject[] }>;
    /** Project id → owner unit id. */
    owners: Readonly<Record<string, string>>;
    /** The owner's category and indicator the grade feeds (a `rating` leaf). */
    ownerCategoryId: string;
    indicatorId: string;
    period?: string;
    raterRole: string;
    recordedAt?: string;
  }>,
): readonly RatingGiven[] => {
  const { model, plans } = compiledScheme(input.scheme);
  const leaf = plans.get(input.ownerCategoryId)?.leaves.get(input.indicatorId)?.[0];
  if (leaf === undefined || leaf.method.kind !== 'rating') {
    throw new ScoringError('invalid-input', `${input.ownerCategoryId}/${input.indicatorId} is not a rating indicator`);
  }
  const scale = model.scales.get(leaf.method.scale);
  const projectCategory = model.categories.find((category) => category.id === input.projects.categoryId);
  const grades = projectCategory?.grades ?? [];
  return input.projects.units.flatMap((project: GradedProject): RatingGiven[] => {
    const owner = input.owners[project.unitId];
    if (owner === undefined) return [];
    const level = scale?.levels.find((candidate) => candidate.id === project.grade.id);
    if (level === undefined) {
      throw new ScoringError('invalid-input', `project grade "${project.grade.id}" is no level of scale "${leaf.method.kind === 'rating' ? leaf.method.scale : ''}"`);
    }
    let points: string | undefined;
    if (level.upTo !== undefined) {
      const index = grades.findIndex((grade) => grade.id === project.grade.id);
      const low = grades[index]?.min;
      const high = grades[index - 1]?.min;
      const position =
        low === undefined || high === undefined || !high.greaterThan(low)
          ? new Rational(1).div(2)
          : clamp(new Rational(project.total).minus(low).div(high.minus(low)));
      points = level.ratio.plus(level.upTo.minus(level.ratio).times(position)).times(leaf.scale).toFixedText(2);
    }
    return [
      {
        type: 'RatingGiven',
        id: `project:${project.unitId}`,
        unitId: owner,
        indicatorId: input.indicatorId,
        period: input.period ?? leaf.period,
        raterId: `project:${project.unitId}`,
        raterRole: input.raterRole,
        grade: level.id,
        ...(points === undefined ? {} : { points }),
        ...(input.recordedAt === undefined ? {} : { recordedAt: input.recordedAt }),
      },
    ];
  });
};

const clamp = (value: Rational): Rational => (value.isNeg() ? new Rational(0) : value.greaterThan(1) ? new Rational(1) : value);
