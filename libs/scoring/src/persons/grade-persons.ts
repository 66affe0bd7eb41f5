import { HUNDRED, toDecimal, wholeCount } from '../decimal/decimal';
import { ScoringError } from '../engine/scoring-error';
import type { Label } from '../scheme/scheme.model';

/** The grades of a civil servant's yearly assessment (公务员年度考核等次). */
export const PERSON_GRADES = ['优秀', '称职', '基本称职', '不称职'] as const;
export type PersonGrade = (typeof PERSON_GRADES)[number];

export const PERSON_GRADE_LABELS: Readonly<Record<PersonGrade, Label>> = {
  优秀: { 'zh-CN': '优秀', en: 'Excellent' },
  称职: { 'zh-CN': '称职', en: 'Competent' },
  基本称职: { 'zh-CN': '基本称职', en: 'Basically competent' },
  不称职: { 'zh-CN': '不称职', en: 'Incompetent' },
};

/** A person's rating as the unit proposes it, with the score that orders candidates for 优秀. */
export type PersonRating = Readonly<{ personId: string; proposed: PersonGrade; score?: string }>;

export type PersonResult = Readonly<{
  personId: string;
  grade: PersonGrade;
  proposed: PersonGrade;
  /** Set when a proposed 优秀 found no place in the quota (graded 称职). */
  quotaFilled?: true;
}>;

export type PersonGrading = Readonly<{
  /** Places for 优秀: round_half_up(persons × ratio %). */
  quota: number;
  /** Persons graded 优秀 (more than `quota` only where candidates tie at the boundary). */
  excellent: number;
  persons: readonly PersonResult[];
}>;

/**
 * Grades a unit's staff (优秀/称职/基本称职/不称职) within the share of 优秀 the unit's own grade
 * allows (Jiangsu art. 18: 20/18/15/12 % for 优秀/良好/达标/诫勉 units; `excellenceRatio` is the
 * unit result's `resultsUse.excellenceRatio`). The quota is round_half_up(persons × ratio %);
 * candidates proposed 优秀 are taken by score, best first, and those tied with the last place
 * taken share it; the others become 称职 (quotaFilled). Other ratings stand as proposed.
 * Throws `invalid-input` when the candidates exceed the quota and some have no score to rank by.
 */
export const gradePersons = (input: Readonly<{ excellenceRatio: string; persons: readonly PersonRating[] }>): PersonGrading => {
  const ratio = toDecimal(input.excellenceRatio);
  if (ratio === undefined || ratio.isNeg() || ratio.greaterThan(HUNDRED)) {
    throw new ScoringError('invalid-input', `excellenceRatio "${input.excellenceRatio}" is not a percentage (0–100)`);
  }
  const quota = wholeCount(ratio.times(input.persons.length).div(HUNDRED));
  const candidates = input.persons.filter((person) => person.proposed === '优秀');
  const excellent = new Set<string>();
  if (candidates.length <= quota) for (const person of candidates) excellent.add(person.personId);
  else {
    const scored = candidates.map((person) => {
      const score = toDecimal(person.score ?? '');
      if (score === undefined) {
        throw new ScoringError('invalid-input', `person ${person.personId} is proposed 优秀 beyond the quota of ${quota} without a score to rank by`);
      }
      return { person, score };
    });
    scored.sort((a, b) => b.score.comparedTo(a.score) || (a.person.personId < b.person.personId ? -1 : 1));
    const last = scored[quota - 1];
    for (const [index, entry] of scored.entries()) {
      // Ties at the boundary share the better grade: nobody is graded down by a name's order.
      if (index < quota || (last !== undefined && entry.score.equals(last.score))) excellent.add(entry.person.personId);
    }
  }
  return {
    quota,
    excellent: excellent.size,
    persons: input.persons.map((person): PersonResult => {
      if (person.proposed !== '优秀') return { personId: person.personId, grade: person.proposed, proposed: person.proposed };
      return excellent.has(person.personId)
        ? { personId: person.personId, grade: '优秀', proposed: '优秀' }
        : { personId: person.personId, grade: '称职', proposed: '优秀', quotaFilled: true };
    }),
  };
};
