import type { ActiveCycle } from '../cycle/cycle.state';
import type { CategoryInfo } from '../cycle/scheme-index';
import { RuleViolated, invalidField } from '../shared/domain-error';
import type { CommandMeta } from '../shared/envelope.types';
import { compareDecimal, requireCount, requireDecimal, requireReason } from '../shared/validation.util';
import type { BonusTerms, DeductionTerms } from './proposal.events';

/** A field inside the terms at `path` ('' for terms at the top of the request). */
const within = (path: string, field: string): string => (path === '' ? field : `${path}.${field}`);

type TermsInput<T> = Readonly<{ terms: T; cycle: ActiveCycle; category: CategoryInfo; path: string }>;

const checkSource = (input: Readonly<{ source: string | undefined; cycle: ActiveCycle; path: string }>): void => {
  const { sources } = input.cycle.scheme.index;
  if (input.source === undefined || sources.size === 0 || sources.has(input.source)) return;
  throw invalidField({ path: within(input.path, 'source'), rule: 'unknown-source', message: `${input.source} is not a source of the scheme (${[...sources].join(', ')})` });
};

/** A proposed deduction's terms, checked against the unit's category: a known rule or deduction indicator, amounts and counts. */
export const deductionTerms = (input: TermsInput<DeductionTerms>): DeductionTerms => {
  const { terms, category, path } = input;
  if ((terms.ruleId === undefined) === (terms.indicatorId === undefined)) {
    throw invalidField({ path: within(path, 'ruleId'), rule: 'rule-or-indicator', message: 'name a deduction rule or a deduction-based indicator, not both' });
  }
  let amountRequired = true;
  if (terms.ruleId !== undefined) {
    const rule = category.deductionRules.get(terms.ruleId);
    if (rule === undefined) throw invalidField({ path: within(path, 'ruleId'), rule: 'unknown-rule', message: `${terms.ruleId} is not a deduction rule of category ${category.id}` });
    amountRequired = !rule.hasPoints;
    if (rule.per === 'person' && terms.persons === undefined) {
      throw invalidField({ path: within(path, 'persons'), rule: 'persons-required', message: `${terms.ruleId} counts per person: give the number of persons` });
    }
  }
  if (terms.indicatorId !== undefined && category.indicators.get(terms.indicatorId)?.method !== 'deduction') {
    throw invalidField({ path: within(path, 'indicatorId'), rule: 'unknown-indicator', message: `${terms.indicatorId} is not a deduction-based indicator of category ${category.id}` });
  }
  if (terms.amount === undefined && amountRequired) {
    throw invalidField({ path: within(path, 'amount'), rule: 'amount-required', message: 'the rule fixes no points: give the amount' });
  }
  if (terms.amount !== undefined) requireDecimal({ path: within(path, 'amount'), value: terms.amount, sign: 'positive' });
  if (terms.count !== undefined) requireCount({ path: within(path, 'count'), value: terms.count });
  if (terms.persons !== undefined) requireCount({ path: within(path, 'persons'), value: terms.persons });
  if (terms.period !== undefined && !input.cycle.scheme.index.periods.includes(terms.period)) {
    throw invalidField({ path: within(path, 'period'), rule: 'unknown-period', message: `${terms.period} is not a period of the scheme` });
  }
  checkSource({ source: terms.source, cycle: input.cycle, path });
  return {
    ...(terms.ruleId === undefined ? {} : { ruleId: terms.ruleId }),
    ...(terms.indicatorId === undefined ? {} : { indicatorId: terms.indicatorId }),
    ...(terms.source === undefined ? {} : { source: terms.source }),
    ...(terms.amount === undefined ? {} : { amount: terms.amount }),
    ...(terms.count === undefined ? {} : { count: terms.count }),
    ...(terms.persons === undefined ? {} : { persons: terms.persons }),
    ...(terms.period === undefined ? {} : { period: terms.period }),
  };
};

/** A bonus claim's terms, checked against the unit's category. */
export const bonusTerms = (input: TermsInput<BonusTerms>): BonusTerms => {
  const { terms, category, path } = input;
  const rule = category.bonusRules.get(terms.ruleId);
  if (rule === undefined) throw invalidField({ path: within(path, 'ruleId'), rule: 'unknown-rule', message: `${terms.ruleId} is not a bonus rule of category ${category.id}` });
  if (terms.amount === undefined && !rule.hasPoints) {
    throw invalidField({ path: within(path, 'amount'), rule: 'amount-required', message: 'the rule fixes no points: give the amount' });
  }
  if (terms.amount !== undefined) requireDecimal({ path: within(path, 'amount'), value: terms.amount, sign: 'positive' });
  if (terms.count !== undefined) requireCount({ path: within(path, 'count'), value: terms.count });
  return {
    ruleId: terms.ruleId,
    ...(terms.count === undefined ? {} : { count: terms.count }),
    ...(terms.amount === undefined ? {} : { amount: terms.amount }),
  };
};

type Adjustable = Readonly<{ amount?: string; count?: string; persons?: string }>;

const sameDecimal = (a: string | undefined, b: string | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && compareDecimal(a, b) === 0);

/**
 * The terms the approver approves: the proposal's, with the fields the approver gives replacing
 * them. An adjustment needs a reason (RuleViolated 'reason-required').
 */
export const adjustedTerms = <T extends Adjustable>(input: Readonly<{ proposed: T; given: Adjustable; meta: CommandMeta }>): Readonly<{ terms: T; adjusted: boolean }> => {
  const { given, proposed } = input;
  if (given.amount !== undefined) requireDecimal({ path: 'amount', value: given.amount, sign: 'positive' });
  if (given.count !== undefined) requireCount({ path: 'count', value: given.count });
  if (given.persons !== undefined) requireCount({ path: 'persons', value: given.persons });
  const terms: T = {
    ...proposed,
    ...(given.amount === undefined ? {} : { amount: given.amount }),
    ...(given.count === undefined ? {} : { count: given.count }),
    ...(given.persons === undefined ? {} : { persons: given.persons }),
  };
  const adjusted = !sameDecimal(terms.amount, proposed.amount) || !sameDecimal(terms.count, proposed.count) || !sameDecimal(terms.persons, proposed.persons);
  if (adjusted) requireReason(input.meta);
  return { terms, adjusted };
};

/** Refuses a proposal about another unit than the one the command names. */
export const assertSameUnit = (input: Readonly<{ expected: string; given: string }>): void => {
  if (input.expected === input.given) return;
  throw new RuleViolated({ code: 'unit-mismatch', message: `the proposal is about unit ${input.expected}, not ${input.given}` });
};
