import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Fact, checkRating, parseDocumentText, parseScheme, projectRatings, scoreCategory } from '@kaoping/scoring';
import { SCHEMES_DIR, loadScheme } from './scheme-files';

// Qitai (S4): a special project's grade enters its owner's 10 points as 先进 10 / 良好 8–9 /
// 一般 5–6 / 差 0; the assessor picks within the range, once a year.

const scheme = loadScheme('s4-qitai-four-level.yaml');

const graded = (grade: string, points?: string): Fact => ({
  type: 'RatingGiven',
  id: `special-${grade}-${points ?? 'none'}`,
  unitId: 'finance-bureau',
  indicatorId: 'special-projects',
  period: 'year-end',
  raterId: 'assessor-1',
  raterRole: 'project-assessor',
  grade,
  ...(points === undefined ? {} : { points }),
});

const specialProjects = (fact: Fact): readonly string[] => {
  const result = scoreCategory({ scheme, categoryId: 'departments', units: [{ id: 'finance-bureau' }], facts: [fact] });
  const unit = result.units[0];
  const leaves: string[] = [];
  const walk = (node: NonNullable<typeof unit>['explanation']): void => {
    if (node.kind === 'leaf' && node.id === 'special-projects') leaves.push(`${node.period ?? ''} ${node.score?.value ?? node.shown}`);
    node.children.forEach(walk);
  };
  if (unit !== undefined) walk(unit.explanation);
  return leaves;
};

describe('Qitai special projects: grades given as ranges', () => {
  it('counts 良好 at the 8.5 points the assessor picked, once a year for both period shares', () => {
    expect(specialProjects(graded('good', '8.5'))).toEqual(['year-end 8.50', 'year-end 8.50']);
  });

  it.each([
    ['good', '8', '8.00'],
    ['good', '9', '9.00'],
    ['fair', '5', '5.00'],
    ['fair', '6', '6.00'],
    ['advanced', undefined, '10.00'],
    ['poor', undefined, '0.00'],
  ])('counts %s with %s points as %s of 10', (grade, points, shown) => {
    expect(specialProjects(graded(grade, points))[0]).toBe(`year-end ${shown}`);
  });

  it('counts the middle of the range when the assessor gave no points', () => {
    expect(specialProjects(graded('fair'))[0]).toBe('year-end 5.50');
  });

  it('counts points outside the range at its bound, and warns', () => {
    const result = scoreCategory({ scheme, categoryId: 'departments', units: [{ id: 'finance-bureau' }], facts: [graded('good', '9.5')] });
    expect(result.warnings.map((warning) => warning.code)).toContain('out-of-range');
    expect(specialProjects(graded('good', '9.5'))[0]).toBe('year-end 9.00');
  });

  it('refuses points outside the range before they are recorded, naming the field and the range', () => {
    expect(checkRating({ scheme, categoryId: 'departments', indicatorId: 'special-projects', grade: 'good', points: '8.5' })).toBeUndefined();
    expect(checkRating({ scheme, categoryId: 'departments', indicatorId: 'special-projects', grade: '良好', points: '9.5' })).toEqual({
      field: 'points',
      code: 'out-of-range',
      message: { 'zh-CN': '“良好”的分值须在 8–9 之间，9.5 不在其内', en: 'points for "Good" must be within 8–9; 9.5 is not' },
    });
    expect(checkRating({ scheme, categoryId: 'departments', indicatorId: 'special-projects', grade: '优秀' })?.field).toBe('grade');
  });

  it('refuses points with a grade that is no range (先进 is 10, 差 is 0), and takes the grade alone', () => {
    expect(checkRating({ scheme, categoryId: 'departments', indicatorId: 'special-projects', grade: 'advanced', points: '9' })).toMatchObject({ field: 'points', code: 'points-not-for-grade' });
    expect(checkRating({ scheme, categoryId: 'departments', indicatorId: 'special-projects', grade: 'advanced' })).toBeUndefined();
  });
});

describe("a special project's grade lands in its owner's points", () => {
  const projectFacts = (tracking: string): readonly Fact[] => [
    { type: 'DataSubmitted', id: `t-${tracking}`, unitId: 'road-project', indicatorId: 'tracking', period: 'year-end', value: tracking },
    { type: 'DataSubmitted', id: `a-${tracking}`, unitId: 'road-project', indicatorId: 'audit', period: 'year-end', value: tracking },
    { type: 'SurveyRecorded', id: `s-${tracking}`, unitId: 'road-project', indicatorId: 'public', period: 'year-end', counts: { satisfied: '1' } },
  ];
  const owned = (tracking: string) => {
    const projects = scoreCategory({ scheme, categoryId: 'special-projects', units: [{ id: 'road-project' }], facts: projectFacts(tracking) });
    const ratings = projectRatings({
      scheme,
      projects,
      owners: { 'road-project': 'transport-bureau' },
      ownerCategoryId: 'departments',
      indicatorId: 'special-projects',
      raterRole: 'project-assessor',
    });
    return { project: projects.units[0], ratings };
  };

  it('turns a project graded 良好 at 82 into 8.2 of the owner’s 10 points, without a second rating', () => {
    // tracking 80 × 80% + audit 80 × 10% + public 100 × 10% = 82 → 良好 (80–90) → 8 + 0.2 = 8.2
    const { project, ratings } = owned('80');
    expect([project?.total, project?.grade.id]).toEqual(['82.00', 'good']);
    expect(ratings).toEqual([
      expect.objectContaining({ unitId: 'transport-bureau', indicatorId: 'special-projects', period: 'year-end', grade: 'good', points: '8.20', raterId: 'project:road-project' }),
    ]);
    const owner = scoreCategory({ scheme, categoryId: 'departments', units: [{ id: 'transport-bureau' }], facts: ratings });
    expect(owner.warnings).toEqual([]);
  });

  it('gives a 先进 project the full 10 points and a 差 project none', () => {
    expect(owned('100').ratings[0]).toMatchObject({ grade: 'advanced' });
    expect(owned('100').ratings[0]?.points).toBeUndefined();
    expect(owned('40').ratings[0]).toMatchObject({ grade: 'poor' });
  });
});

describe('fromProjects and tracking in the scheme file', () => {
  // The shipped file with one YAML text replaced, parsed and validated.
  const problemsWith = (file: string, from: string, to: string) => {
    const text = readFileSync(join(SCHEMES_DIR, file), 'utf8');
    expect(text).toContain(from);
    const read = parseDocumentText(text.replace(from, to), 'yaml');
    if (!read.ok) throw new Error(read.error.message);
    const parsed = parseScheme(read.value);
    return parsed.ok ? [] : parsed.problems.map((problem) => [problem.code, problem.path]);
  };

  it('reads the shipped files as valid, with fromProjects and tracking', () => {
    expect(problemsWith('s4-qitai-four-level.yaml', 'fromProjects: special-projects,', 'fromProjects: special-projects,')).toEqual([]);
    expect(problemsWith('s9-budget-performance.yaml', 'tracking: [tracking-1, tracking-2]', 'tracking: [tracking-1, tracking-2]')).toEqual([]);
  });

  it('refuses grades from a category whose grades are no levels of the scale, or from a missing category', () => {
    expect(problemsWith('s4-qitai-four-level.yaml', 'fromProjects: special-projects,', 'fromProjects: sections,')).toEqual([
      ['project-grades', 'categories[0].parts[0].children[3].method.fromProjects'],
      ['project-grades', 'categories[1].parts[0].children[5].method.fromProjects'],
    ]);
    expect(problemsWith('s4-qitai-four-level.yaml', 'fromProjects: special-projects,', 'fromProjects: roads,')[0]).toEqual([
      'unknown-reference',
      'categories[0].parts[0].children[3].method.fromProjects',
    ]);
  });

  it('refuses a tracking round that is no period of the scheme', () => {
    expect(problemsWith('s9-budget-performance.yaml', 'tracking: [tracking-1, tracking-2]', 'tracking: [tracking-1, tracking-3]')).toEqual([
      ['unknown-reference', 'categories[0].parts[2].children[0].tracking[1]'],
    ]);
  });
});
