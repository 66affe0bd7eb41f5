import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocumentText, validateScheme } from '@kaoping/scoring';

// The documentation's full example must stay a valid scheme.

const DOCS = join(__dirname, '..', '..', '..', 'docs');

const fullExample = (): string => {
  const text = readFileSync(join(DOCS, 'scheme-format.md'), 'utf8');
  const section = text.slice(text.indexOf('## Full example'));
  const match = /```yaml\n([\s\S]*?)```/.exec(section);
  if (match?.[1] === undefined) throw new Error('no yaml block under "## Full example"');
  return match[1];
};

describe('docs/scheme-format.md', () => {
  it('has a full example that validates', () => {
    const parsed = parseDocumentText(fullExample(), 'yaml');
    if (!parsed.ok) throw new Error(`${parsed.error.line}:${parsed.error.column} ${parsed.error.message}`);
    expect(validateScheme(parsed.value)).toEqual([]);
  });
});
