import { DomainError } from './domain-error';

/** Placeholder body of a function whose behaviour is being written. */
export const notReady = (what: string): never => {
  throw new DomainError({ kind: 'rule-violated', code: 'not-implemented', message: `${what} is not implemented yet` });
};
