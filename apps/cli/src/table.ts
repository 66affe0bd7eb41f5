// Terminal columns: CJK and full-width characters take two.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export const displayWidth = (text: string): number => {
  let width = 0;
  for (const character of text) width += WIDE.test(character) ? 2 : 1;
  return width;
};

const pad = (text: string, width: number, align: 'left' | 'right'): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
};

/** A plain-text table; columns marked right-aligned hold numbers. */
export const renderTable = (
  input: Readonly<{ header: readonly string[]; rows: readonly (readonly string[])[]; rightAligned: ReadonlySet<number> }>,
): readonly string[] => {
  const widths = input.header.map((title, column) =>
    Math.max(displayWidth(title), ...input.rows.map((row) => displayWidth(row[column] ?? ''))),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => pad(cell, widths[column] ?? 0, input.rightAligned.has(column) ? 'right' : 'left'))
      .join('  ')
      .trimEnd();
  return [line(input.header), widths.map((width) => '-'.repeat(width)).join('  '), ...input.rows.map(line)];
};
