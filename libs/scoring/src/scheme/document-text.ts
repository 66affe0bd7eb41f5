import { LineCounter, YAMLParseError, isNode, parseDocument } from 'yaml';

export type TextPosition = Readonly<{ line: number; column: number }>;

export type DocumentTextResult =
  | Readonly<{ ok: true; value: unknown }>
  | Readonly<{ ok: false; error: TextPosition & Readonly<{ message: string }> }>;

const positionAt = (text: string, offset: number): TextPosition => {
  let line = 1;
  let column = 1;
  for (let index = 0; index < offset && index < text.length; index += 1) {
    if (text[index] === '\n') {
      line += 1;
      column = 1;
    } else column += 1;
  }
  return { line, column };
};

const parseJson = (text: string): DocumentTextResult => {
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = /position (\d+)/.exec(message)?.[1];
    const position = offset === undefined ? { line: 1, column: 1 } : positionAt(text, parseInt(offset, 10));
    return { ok: false, error: { ...position, message } };
  }
};

const parseYaml = (text: string): DocumentTextResult => {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const first = document.errors[0];
  if (first !== undefined) {
    const position = first.linePos?.[0] ?? lineCounter.linePos(first.pos[0]);
    return { ok: false, error: { line: position.line, column: position.col, message: first.message } };
  }
  try {
    return { ok: true, value: document.toJS({ maxAliasCount: 1000 }) };
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    const position = error instanceof YAMLParseError ? lineCounter.linePos(error.pos[0]) : { line: 1, col: 1 };
    return { ok: false, error: { line: position.line, column: position.col, message } };
  }
};

/**
 * Parses scheme or facts text (YAML, or JSON) into a plain object; a syntax error comes back
 * with its line and column. Pure: the caller reads the file.
 */
export const parseDocumentText = (text: string, format: 'yaml' | 'json'): DocumentTextResult =>
  format === 'json' ? parseJson(text) : parseYaml(text);

const segmentsOf = (path: string): readonly (string | number)[] =>
  path === ''
    ? []
    : path.split('.').flatMap((part) => {
        const [key, ...indexes] = part.split('[');
        return [
          ...(key === undefined || key === '' ? [] : [key]),
          ...indexes.map((index) => parseInt(index.replace(']', ''), 10)),
        ];
      });

/**
 * Where a validation path ("categories[0].parts[1].weight") sits in YAML or JSON text: the
 * node itself, or its nearest existing parent when it is missing.
 */
export const locatePath = (text: string, path: string): TextPosition | undefined => {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  if (document.errors.length > 0) return undefined;
  const segments = segmentsOf(path);
  for (let length = segments.length; length >= 0; length -= 1) {
    const node: unknown = document.getIn(segments.slice(0, length), true);
    if (isNode(node) && node.range !== undefined && node.range !== null) {
      const position = lineCounter.linePos(node.range[0]);
      return { line: position.line, column: position.col };
    }
  }
  return undefined;
};
