import {
  type CategoryResult,
  type FactsDocument,
  type Label,
  type UnitFlag,
  type ValidScheme,
  parseScheme,
  readFactsDocument,
  scoreCategory,
} from '@kaoping/scoring';
import { type CliIo, type Command, EXIT } from '../cli-io';
import { loadDocumentFile, reportProblems } from '../document-file';
import { parseArgs } from '../options';
import { renderTable } from '../table';

const USAGE = 'score --scheme <file> --facts <file> [--category <id>] [--as-of <iso>] [--json] [--locale zh-CN|en]';

type Locale = 'zh-CN' | 'en';

const HEADINGS: Readonly<Record<Locale, Readonly<{ rank: string; unit: string; bonus: string; deduction: string; total: string; grade: string; flags: string }>>> = {
  'zh-CN': { rank: '名次', unit: '单位', bonus: '加分', deduction: '扣分', total: '总分', grade: '等次', flags: '标记' },
  en: { rank: 'Rank', unit: 'Unit', bonus: 'Bonus', deduction: 'Deductions', total: 'Total', grade: 'Grade', flags: 'Flags' },
};

const flagText = (flag: UnitFlag, locale: Locale): string =>
  flag.items === undefined ? flag.message[locale] : `${flag.message[locale]} (${flag.items.join(', ')})`;

const renderCategory = (result: CategoryResult, locale: Locale): readonly string[] => {
  const headings = HEADINGS[locale];
  const partLabels: readonly Label[] = result.units[0]?.parts.map((part) => part.label) ?? [];
  const header = [headings.rank, headings.unit, ...partLabels.map((label) => label[locale]), headings.bonus, headings.deduction, headings.total, headings.grade, headings.flags];
  const rows = result.units.map((unit) => [
    String(unit.rank),
    unit.name ?? unit.unitId,
    ...unit.parts.map((part) => part.shown),
    unit.bonus.shown,
    unit.deduction.shown,
    unit.total,
    unit.grade.label[locale],
    unit.flags.map((flag) => flagText(flag, locale)).join('; '),
  ]);
  const numeric = new Set([0, ...partLabels.map((_, index) => index + 2), partLabels.length + 2, partLabels.length + 3, partLabels.length + 4]);
  return [
    `${result.label[locale]} (${result.categoryId}) — ${result.schemeId} v${result.schemeVersion}${result.asOf === undefined ? '' : `, as of ${result.asOf}`}`,
    ...renderTable({ header, rows, rightAligned: numeric }),
  ];
};

type ScoreRequest = Readonly<{
  scheme: ValidScheme;
  facts: FactsDocument;
  categoryIds: readonly string[];
  asOf: string | undefined;
}>;

const scoreAll = (request: ScoreRequest): readonly CategoryResult[] =>
  request.categoryIds.map((categoryId) =>
    scoreCategory({
      scheme: request.scheme,
      categoryId,
      units: request.facts.units.filter((unit) => unit.category === categoryId),
      facts: request.facts.facts,
      previous: request.facts.previous,
      ...(request.asOf === undefined ? {} : { asOf: request.asOf }),
      ...(request.facts.cycleYear === undefined ? {} : { cycleYear: request.facts.cycleYear }),
    }),
  );

/** The categories to score: the one asked for, or every category of the scheme that has units. */
const categoriesToScore = (
  input: Readonly<{ scheme: ValidScheme; facts: FactsDocument; asked: string | undefined; io: CliIo }>,
): readonly string[] | undefined => {
  const known = new Set(input.scheme.categories.map((category) => category.id));
  const strays = [...new Set(input.facts.units.map((unit) => unit.category))].filter((category) => !known.has(category));
  if (strays.length > 0) {
    input.io.err(`units are in categories the scheme does not have: ${strays.join(', ')}`);
    return undefined;
  }
  if (input.asked !== undefined) {
    if (known.has(input.asked)) return [input.asked];
    input.io.err(`scheme ${input.scheme.id} has no category "${input.asked}" (it has: ${[...known].join(', ')})`);
    return undefined;
  }
  return input.scheme.categories.map((category) => category.id).filter((id) => input.facts.units.some((unit) => unit.category === id));
};

const loadInputs = (options: ReadonlyMap<string, string>, io: CliIo): Readonly<{ scheme: ValidScheme; facts: FactsDocument }> | undefined => {
  const schemeFile = loadDocumentFile(options.get('scheme') ?? '', io);
  if (schemeFile === undefined) return undefined;
  const scheme = parseScheme(schemeFile.value);
  if (!scheme.ok) {
    reportProblems(schemeFile, scheme.problems, io);
    return undefined;
  }
  const factsFile = loadDocumentFile(options.get('facts') ?? '', io);
  if (factsFile === undefined) return undefined;
  const facts = readFactsDocument(factsFile.value);
  if (!facts.ok) {
    reportProblems(factsFile, facts.problems, io);
    return undefined;
  }
  if (facts.document.scheme !== undefined && facts.document.scheme !== scheme.scheme.id) {
    io.err(`${factsFile.path}: the facts are for scheme "${facts.document.scheme}", not "${scheme.scheme.id}"`);
    return undefined;
  }
  return { scheme: scheme.scheme, facts: facts.document };
};

const run = (args: readonly string[], io: CliIo): number => {
  const parsed = parseArgs(args, { options: ['scheme', 'facts', 'category', 'as-of', 'locale'], switches: ['json'] });
  const locale = parsed.options.get('locale') ?? 'zh-CN';
  const missing = ['scheme', 'facts'].filter((name) => !parsed.options.has(name)).map((name) => `--${name} is required`);
  const errors = [...parsed.errors, ...missing, ...(locale === 'zh-CN' || locale === 'en' ? [] : [`--locale is zh-CN or en, not ${locale}`])];
  if (errors.length > 0 || parsed.positionals.length > 0) {
    for (const error of errors) io.err(error);
    io.err(`usage: ${USAGE}`);
    return EXIT.usage;
  }
  const inputs = loadInputs(parsed.options, io);
  if (inputs === undefined) return EXIT.invalidInput;
  const categoryIds = categoriesToScore({ ...inputs, asked: parsed.options.get('category'), io });
  if (categoryIds === undefined) return EXIT.invalidInput;
  const asOf = parsed.options.get('as-of') ?? inputs.facts.asOf;
  const results = scoreAll({ ...inputs, categoryIds, asOf });
  if (parsed.switches.has('json')) {
    io.out(JSON.stringify({ scheme: { id: inputs.scheme.id, version: inputs.scheme.version }, categories: results }, null, 2));
  } else {
    const shownLocale: Locale = locale === 'en' ? 'en' : 'zh-CN';
    results.forEach((result, index) => {
      if (index > 0) io.out('');
      for (const line of renderCategory(result, shownLocale)) io.out(line);
    });
  }
  for (const warning of results.flatMap((result) => result.warnings)) {
    io.err(`warning [${warning.code}]${warning.factId === undefined ? '' : ` ${warning.factId}`}: ${warning.message['zh-CN']} / ${warning.message.en}`);
  }
  return EXIT.ok;
};

/** Scores the facts of a facts file under a scheme: a ranked table per category, or JSON with explanations. */
export const scoreCommand: Command = { summary: 'score a facts file under a scheme', usage: USAGE, run };
