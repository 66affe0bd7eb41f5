import { formatExact } from '../decimal/decimal';
import { ScoringError } from '../engine/scoring-error';
import type { Label } from '../scheme/scheme.model';
import { compiledScheme, type ValidScheme } from '../scheme/valid-scheme';
import { PERSON_GRADES, gradePersons, type PersonGrade, type PersonRating } from './grade-persons';

/**
 * The share (%) of its staff a unit may grade 优秀, as the scheme's results use sets it for the
 * unit's grade (Jiangsu art. 18: 20/18/15/12 % for 优秀/良好/达标/诫勉 units); undefined where the
 * scheme sets none for that grade or category.
 */
export const excellenceRatioOf = (scheme: ValidScheme, input: Readonly<{ categoryId: string; gradeId: string }>): string | undefined => {
  const category = compiledScheme(scheme).model.categories.find((candidate) => candidate.id === input.categoryId);
  const ratio = category?.resultsUse?.grades.get(input.gradeId)?.excellenceRatio;
  return ratio === undefined ? undefined : formatExact(ratio);
};

/** A person's grade of the four (优秀/称职/基本称职/不称职), read from a scheme grade's Chinese label. */
export const personGradeOf = (label: Label): PersonGrade | undefined => PERSON_GRADES.find((grade) => grade === label['zh-CN']);

/** A person of the unit as the live scores show them: total and grade in their own category, if scored. */
export type StaffMember = Readonly<{ personId: string; total?: string; grade?: Readonly<{ id: string; label: Label }> }>;

export type StaffMemberGrade = Readonly<{
  personId: string;
  total?: string;
  /** The grade the person's own score gives (undefined: not scored yet). */
  scored?: PersonGrade;
  /** The grade after the unit's 优秀 quota (undefined: not scored yet). */
  grade?: PersonGrade;
  /** A scored 优秀 that found no place in the quota: graded 称职. */
  quotaFilled?: true;
}>;

export type StaffGrading = Readonly<{
  /** The unit's 优秀 share in %; undefined: the scheme sets none, so no quota applies. */
  excellenceRatio?: string;
  /** Places for 优秀 among the scored persons: round_half_up(scored × ratio %). */
  quota?: number;
  excellent: number;
  persons: readonly StaffMemberGrade[];
}>;

/**
 * Grades a unit's staff: each scored person's own grade is proposed, and the 优秀 among them are
 * held to the quota the unit's grade allows ({@link gradePersons}: by total, best first, ties
 * sharing the last place). Persons not scored yet are listed without a grade and count for no place.
 * Throws ScoringError 'invalid-input' when a person's grade is not one of the four.
 */
export const gradeStaff = (input: Readonly<{ excellenceRatio?: string; staff: readonly StaffMember[] }>): StaffGrading => {
  const ratings: PersonRating[] = input.staff.flatMap((member) => {
    if (member.grade === undefined) return [];
    const proposed = personGradeOf(member.grade.label);
    if (proposed === undefined) {
      throw new ScoringError('invalid-input', `person ${member.personId} is graded ${member.grade.label['zh-CN']}, not one of ${PERSON_GRADES.join('/')}`);
    }
    return [{ personId: member.personId, proposed, ...(member.total === undefined ? {} : { score: member.total }) }];
  });
  const ratio = input.excellenceRatio;
  const graded = ratio === undefined ? undefined : gradePersons({ excellenceRatio: ratio, persons: ratings });
  const byPerson = new Map(ratings.map((rating) => [rating.personId, rating]));
  const results = new Map(graded?.persons.map((person) => [person.personId, person]));
  return {
    ...(ratio === undefined ? {} : { excellenceRatio: ratio }),
    ...(graded === undefined ? {} : { quota: graded.quota }),
    excellent: graded?.excellent ?? ratings.filter((rating) => rating.proposed === '优秀').length,
    persons: input.staff.map((member): StaffMemberGrade => {
      const rating = byPerson.get(member.personId);
      const result = results.get(member.personId);
      const base = { personId: member.personId, ...(member.total === undefined ? {} : { total: member.total }) };
      if (rating === undefined) return base;
      return {
        ...base,
        scored: rating.proposed,
        grade: result?.grade ?? rating.proposed,
        ...(result?.quotaFilled === true ? { quotaFilled: true } : {}),
      };
    }),
  };
};
