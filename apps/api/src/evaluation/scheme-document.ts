import { parseDocumentText } from '@kaoping/scoring';
import { InvalidInputException } from '../errors/validation';

/** The scheme document of a request: the JSON object, or the YAML text parsed (a syntax error is a 400 with its line). */
export const schemeDocumentOf = (body: Readonly<{ scheme?: Record<string, unknown>; schemeYaml?: string }>): unknown => {
  if (body.schemeYaml === undefined) return body.scheme;
  if (body.scheme !== undefined) {
    throw new InvalidInputException([{ path: 'schemeYaml', rule: 'one-of', message: 'give scheme or schemeYaml, not both' }]);
  }
  const parsed = parseDocumentText(body.schemeYaml, 'yaml');
  if (!parsed.ok) {
    throw new InvalidInputException([
      { path: 'schemeYaml', rule: 'yaml-syntax', message: `line ${parsed.error.line}, column ${parsed.error.column}: ${parsed.error.message}` },
    ]);
  }
  return parsed.value;
};
