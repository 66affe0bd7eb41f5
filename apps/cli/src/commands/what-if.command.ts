import { DomainError } from '@kaoping/evaluation';
import { compareSchemeFromLog, type SchemeWhatIf, type WhatIfCategory } from '@kaoping/cycle-log';
import { parseScheme } from '@kaoping/scoring';
import { type CliIo, type Command, EXIT } from '../cli-io';
import { openConfiguredStore, withOpened, type ConfiguredStore } from '../configured-store';
import { loadDocumentFile, reportProblems } from '../document-file';
import { parseArgs } from '../options';
import { renderTable } from '../table';

const USAGE = 'what-if --cycle <cycleId> --scheme <draft file> [--category <id>] [--json] [--locale zh-CN|en]   (the store the environment selects; records nothing)';
const SPEC = { options: ['cycle', 'scheme', 'category', 'locale'], switches: ['json'] } as const;

type Locale = 'zh-CN' | 'en';

const WORDS: Readonly<Record<Locale, Readonly<Record<'unit' | 'inForce' | 'draft' | 'change' | 'rank' | 'grade' | 'parts' | 'unchanged' | 'notInDraft' | 'notInForce', string>>>> = {
  'zh-CN': { unit: '单位', inForce: '现行', draft: '草案', change: '变化', rank: '名次', grade: '等次', parts: '变动的部分', unchanged: '无变化', notInDraft: '草案中没有此类别', notInForce: '现行方案中没有此类别' },
  en: { unit: 'Unit', inForce: 'In force', draft: 'Draft', change: 'Change', rank: 'Rank', grade: 'Grade', parts: 'Parts moved', unchanged: 'no change', notInDraft: 'the draft has no such category', notInForce: 'the scheme in force has no such category' },
};

const signed = (places: number): string => (places > 0 ? `+${places}` : String(places));

const renderCategory = (category: WhatIfCategory, locale: Locale): readonly string[] => {
  const words = WORDS[locale];
  const header = [words.unit, `${words.inForce}`, `${words.draft}`, words.change, `${words.rank} ${words.inForce}→${words.draft}`, `${words.grade} ${words.inForce}→${words.draft}`, words.parts];
  const rows = category.units.map((unit) => [
    unit.name ?? unit.unitId,
    unit.inForce.total,
    unit.draft.total,
    unit.totalChange,
    `${unit.inForce.rank}→${unit.draft.rank} (${signed(unit.rankChange)})`,
    unit.gradeChanged ? `${unit.inForce.grade.label[locale]}→${unit.draft.grade.label[locale]}` : unit.draft.grade.label[locale],
    unit.partsMoved.map((part) => `${part.label[locale]} ${part.changeShown.startsWith('-') ? '' : '+'}${part.changeShown}`).join('; '),
  ]);
  return [
    `${category.label[locale]} (${category.categoryId}): ${category.changed.length === 0 ? words.unchanged : category.changed.join(', ')}`,
    ...renderTable({ header, rows, rightAligned: new Set([1, 2, 3]) }),
  ];
};

const render = (result: SchemeWhatIf, locale: Locale, io: CliIo): void => {
  io.out(`${result.cycleId}: ${result.inForce.schemeId} v${result.inForce.version} → ${result.draft.schemeId} v${result.draft.version}, as of ${result.asOf} (log position ${result.asOfPosition})`);
  for (const category of result.categories) {
    io.out('');
    for (const line of renderCategory(category, locale)) io.out(line);
  }
  for (const skipped of result.notCompared) {
    io.out('');
    io.out(`${skipped.label[locale]} (${skipped.categoryId}): ${skipped.reason === 'not-in-draft' ? WORDS[locale].notInDraft : WORDS[locale].notInForce}`);
  }
};

/** `what-if`: a draft scheme file against the scheme in force, on a cycle's log as it is now; nothing is recorded. */
export const createWhatIfCommand = (open: () => Promise<Pick<ConfiguredStore, 'store' | 'close'>>, now: () => Date = () => new Date()): Command => ({
  summary: "Score a cycle's log under a draft scheme file and show what would move against the scheme in force (records nothing)",
  usage: USAGE,
  run: async (args: readonly string[], io: CliIo): Promise<number> => {
    const parsed = parseArgs(args, SPEC);
    const locale = parsed.options.get('locale') ?? 'zh-CN';
    const cycleId = parsed.options.get('cycle');
    const schemePath = parsed.options.get('scheme');
    const errors = [
      ...parsed.errors,
      ...(cycleId === undefined ? ['--cycle is required'] : []),
      ...(schemePath === undefined ? ['--scheme is required'] : []),
      ...(locale === 'zh-CN' || locale === 'en' ? [] : [`--locale is zh-CN or en, not ${locale}`]),
    ];
    if (errors.length > 0 || parsed.positionals.length > 0 || cycleId === undefined || schemePath === undefined) {
      for (const error of errors) io.err(error);
      io.err(`usage: ${USAGE}`);
      return EXIT.usage;
    }
    const file = loadDocumentFile(schemePath, io);
    if (file === undefined) return EXIT.invalidInput;
    // Problems with their file positions first; the same check runs again (as the API runs it) inside compareSchemeFromLog.
    const checked = parseScheme(file.value);
    if (!checked.ok) {
      reportProblems(file, checked.problems, io);
      return EXIT.invalidInput;
    }
    const categoryId = parsed.options.get('category');
    return withOpened({
      io,
      open,
      usageExit: EXIT.usage,
      work: async ({ store }) => {
        let result: SchemeWhatIf;
        try {
          result = await compareSchemeFromLog({ store, cycleId, draft: file.value, asOf: now().toISOString(), ...(categoryId === undefined ? {} : { categoryId }) });
        } catch (error: unknown) {
          if (!(error instanceof DomainError)) throw error;
          io.err(`${error.code}: ${error.message}`);
          return EXIT.invalidInput;
        }
        if (parsed.switches.has('json')) io.out(JSON.stringify(result, null, 2));
        else render(result, locale === 'en' ? 'en' : 'zh-CN', io);
        return EXIT.ok;
      },
    });
  },
});

export const whatIfCommand: Command = createWhatIfCommand(openConfiguredStore);
