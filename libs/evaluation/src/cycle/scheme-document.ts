import { type ValidScheme, parseScheme } from '@kaoping/scoring';
import { InvalidInput } from '../shared/domain-error';

/** A scheme document that passed validation: the document as given, its version, and the scheme ready to score with. */
export type ValidatedScheme = Readonly<{ document: unknown; version: number; valid: ValidScheme }>;

/**
 * The one check of a scheme document a person sends (publishing, amending, a what-if draft):
 * @kaoping/scoring's `parseScheme`, its problems refused as InvalidInput 'invalid-scheme' with
 * each problem at its path under `scheme` (zh-CN and en words kept).
 */
export const requireValidScheme = (scheme: unknown): ValidatedScheme => {
  const parsed = parseScheme(scheme);
  if (!parsed.ok) {
    throw new InvalidInput({
      code: 'invalid-scheme',
      message: `the scheme has ${parsed.problems.length} problem(s)`,
      // Each problem keeps its zh-CN and en words (the API answers in the reader's language).
      details: parsed.problems.map((problem) => ({
        path: problem.path === '' ? 'scheme' : `scheme.${problem.path}`,
        rule: problem.code,
        message: problem.message.en,
        texts: problem.message,
      })),
    });
  }
  return { document: scheme, version: parsed.scheme.version, valid: parsed.scheme };
};
