import { parseDocumentText, readFactsDocument, type Fact, type FactsDocument } from '@kaoping/scoring';
import type { Headers, Kaoping } from './kaoping';
import { readRepoFile } from './kaoping';

type Body = Record<string, unknown>;

/** What a recorded example left behind: ids the tests act on later (a correction, an appeal). */
export type RecordedExample = Readonly<{
  cycleId: string;
  document: FactsDocument;
  /** Fact id of the facts file → the event id the API recorded for it (a submission, an approval). */
  eventOf: ReadonlyMap<string, string>;
  /** Fact id of a deduction, bonus or veto → its proposal id. */
  proposalOf: ReadonlyMap<string, string>;
}>;

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** zh-CN level labels of the scheme's scales → level ids (people say 好; the API takes `good`). */
const levelIdsOf = (scheme: unknown): ReadonlyMap<string, string> => {
  const ids = new Map<string, string>();
  const scales = isRecord(scheme) ? scheme['scales'] : undefined;
  if (!isRecord(scales)) return ids;
  for (const scale of Object.values(scales)) {
    const levels = isRecord(scale) ? scale['levels'] : undefined;
    if (!Array.isArray(levels)) continue;
    for (const level of levels) {
      if (!isRecord(level) || typeof level['id'] !== 'string' || !isRecord(level['label'])) continue;
      const label = level['label']['zh-CN'];
      if (typeof label === 'string') ids.set(label, level['id']);
    }
  }
  return ids;
};

const firstSourceOf = (scheme: unknown): string => {
  const sources = isRecord(scheme) ? scheme['sources'] : undefined;
  const [first] = Array.isArray(sources) ? sources : [];
  return isRecord(first) && typeof first['id'] === 'string' ? first['id'] : 'performance-office';
};

const levelOf = (categoryId: string): string => (categoryId.includes('township') ? 'township' : 'department');
const optional = (key: string, value: string | undefined): Body => (value === undefined ? {} : { [key]: value });
const firstEventId = (answer: Readonly<Record<string, unknown>>): string => {
  const ids = answer['eventIds'];
  const [id] = Array.isArray(ids) ? ids : [];
  if (typeof id !== 'string') throw new Error(`the answer names no event: ${JSON.stringify(answer)}`);
  return id;
};

/** Reads a facts file of schemes/examples (docs/facts-format.md). */
export const factsFile = (path: string): FactsDocument => {
  const parsed = parseDocumentText(readRepoFile(path), 'yaml');
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error.message}`);
  const read = readFactsDocument(parsed.value);
  if (!read.ok) throw new Error(`${path}: ${JSON.stringify(read.problems)}`);
  return read.document;
};

const isPeriod = (fact: Fact, periods: readonly string[]): boolean => 'period' in fact && fact.period !== undefined && periods.includes(fact.period);

/**
 * Records a worked example the way its people would, through HTTP: the office creates the cycle,
 * publishes the seed scheme, registers the units, assigns indicators to the scheme's first source
 * (统计局 where it has one) and the raters, and opens the phases; that source submits the values, inspectors record findings under their own body,
 * reporters claim bonuses, the office records veto incidents, leaders and committee members rate,
 * the survey office records surveys; in review the committee approves. Each fact of the file
 * becomes the command of the person who would record it.
 */
export const recordExample = async (
  k: Kaoping,
  input: Readonly<{ cycleId: string; year: number; name: string; scheme: string; facts: string; predecessorCycleId?: string }>,
): Promise<RecordedExample> => {
  const { cycleId } = input;
  const schemeYaml = readRepoFile(input.scheme);
  const parsedScheme = parseDocumentText(schemeYaml, 'yaml');
  if (!parsedScheme.ok) throw new Error(parsedScheme.error.message);
  const levelId = (label: string): string => levelIdsOf(parsedScheme.value).get(label) ?? label;
  const defaultSource = firstSourceOf(parsedScheme.value);
  const document = factsFile(input.facts);
  const eventOf = new Map<string, string>();
  const proposalOf = new Map<string, string>();
  const office = await k.asOffice();
  const committee = await k.asCommittee();
  // The scheme's first source reports every value (a provider the scheme does not name is refused).
  const provider = await k.as(`provider.${defaultSource}`, 'data-provider', { providerId: defaultSource });
  const cycle = `/cycles/${cycleId}`;
  const phase = (name: string, action: 'open' | 'close', body: Body = {}) => k.send(office, `${cycle}/phases/${name}/${action}`, body);

  // Planning (方案部署): the cycle, the scheme, units, indicators with their provider, raters.
  await k.send(office, '/cycles', { cycleId, year: input.year, name: input.name, ...optional('predecessorCycleId', input.predecessorCycleId) });
  await k.send(office, `${cycle}/scheme`, { schemeYaml });
  await phase('planning', 'open');
  for (const unit of document.units) {
    await k.send(office, `${cycle}/units`, { unitId: unit.id, name: unit.name ?? unit.id, level: levelOf(unit.category), categoryId: unit.category });
  }
  const assigned = new Set<string>();
  const raters = new Map<string, Readonly<{ raterId: string; raterRole: string }>>();
  for (const fact of document.facts) {
    if (fact.type === 'DataSubmitted' && !assigned.has(`${fact.unitId}/${fact.indicatorId}`)) {
      assigned.add(`${fact.unitId}/${fact.indicatorId}`);
      await k.send(office, `${cycle}/units/${fact.unitId}/indicators`, { indicatorId: fact.indicatorId, providerId: defaultSource });
    }
    if (fact.type === 'RatingGiven') raters.set(`${fact.raterId}/${fact.raterRole}`, { raterId: fact.raterId, raterRole: fact.raterRole });
  }
  for (const rater of raters.values()) await k.send(office, `${cycle}/raters`, { ...rater, units: 'all' });
  // The example's periods all stay open until their own phase closes.
  await phase('planning', 'close', { periods: [] });

  // Monitoring (运行监控): data, findings, complaints, bonus claims, veto incidents.
  await phase('monitoring', 'open');
  const inspectors = new Map<string, Headers>();
  const inspectorOf = async (source: string): Promise<Headers> => {
    const known = inspectors.get(source);
    if (known !== undefined) return known;
    const headers = await k.as(`inspector.${source}`, 'inspector', { providerId: source });
    inspectors.set(source, headers);
    return headers;
  };
  for (const fact of document.facts) {
    switch (fact.type) {
      case 'DataSubmitted': {
        const answer = await k.send(provider, `${cycle}/units/${fact.unitId}/data`, { indicatorId: fact.indicatorId, ...optional('period', fact.period), value: fact.value });
        eventOf.set(fact.id, firstEventId(answer));
        break;
      }
      case 'DeductionApproved': {
        const proposalId = `p-${fact.id}`;
        proposalOf.set(fact.id, proposalId);
        const terms = { ...optional('ruleId', fact.ruleId), ...optional('indicatorId', fact.indicatorId), ...optional('amount', fact.amount), ...optional('count', fact.count), ...optional('persons', fact.persons), ...optional('period', fact.period) };
        if (fact.ruleId?.includes('complaint') === true) {
          const hotline = await k.as('hotline.12345', 'complaint-handler');
          await k.send(hotline, `${cycle}/complaints`, { proposalId, unitId: fact.unitId, summary: '群众投诉办事拖延', channel: '12345' });
          await k.send(hotline, `${cycle}/complaints/${proposalId}/finding`, { unitId: fact.unitId, upheld: true, findings: '经查属实', deduction: { ...terms, source: fact.source ?? defaultSource } });
        } else {
          const source = fact.source ?? defaultSource;
          await k.send(await inspectorOf(source), `${cycle}/inspection-findings`, { proposalId, unitId: fact.unitId, source, what: '察访核验发现问题', where: '现场', ...terms, evidence: [`photo-${fact.id}`] });
        }
        break;
      }
      case 'BonusApproved': {
        const proposalId = `p-${fact.id}`;
        proposalOf.set(fact.id, proposalId);
        await k.send(await k.asReporter(fact.unitId), `${cycle}/bonus-claims`, { proposalId, unitId: fact.unitId, ruleId: fact.ruleId, ...optional('count', fact.count), ...optional('amount', fact.amount), what: '获得表彰', document: `award-${fact.id}` });
        break;
      }
      case 'VetoConfirmed': {
        const proposalId = `p-${fact.id}`;
        proposalOf.set(fact.id, proposalId);
        await k.send(office, `${cycle}/veto-incidents`, { proposalId, unitId: fact.unitId, vetoId: fact.vetoId, what: '发生一票否决事项' });
        break;
      }
      default:
        break;
    }
  }
  await phase('monitoring', 'close', { periods: [] });

  // Mid-year and year-end (中期评估, 年终评估): leaders' and committee's ratings, surveys.
  const rate = async (fact: Fact) => {
    if (fact.type !== 'RatingGiven') return;
    const role = fact.raterRole.includes('committee') ? 'committee' : 'leader';
    const rater = await k.as(fact.raterId, role);
    const answer = await k.send(rater, `${cycle}/units/${fact.unitId}/ratings`, {
      indicatorId: fact.indicatorId,
      ...optional('period', fact.period),
      raterRole: fact.raterRole,
      ...optional('grade', fact.grade === undefined ? undefined : levelId(fact.grade)),
      ...optional('points', fact.points),
    });
    eventOf.set(fact.id, firstEventId(answer));
  };
  const midYear = ['mid-year', 'half-year'];
  await phase('mid-year', 'open');
  for (const fact of document.facts) if (isPeriod(fact, midYear)) await rate(fact);
  await phase('mid-year', 'close');
  await phase('year-end', 'open');
  const survey = await k.as('zhou.survey', 'survey-office', { providerId: 'stats-bureau' });
  for (const fact of document.facts) {
    if (fact.type === 'RatingGiven' && !isPeriod(fact, midYear)) await rate(fact);
    if (fact.type === 'SurveyRecorded') {
      const counts = fact.counts === undefined ? undefined : Object.fromEntries(Object.entries(fact.counts).map(([level, count]) => [levelId(level), String(count)]));
      // A rate-only survey in the facts file names no sample; the survey office always has one (the rate decides the score).
      const sampleSize = fact.sampleSize ?? (counts === undefined ? '500' : String(Object.values(counts).reduce((sum, count) => sum + Number(count), 0)));
      const answer = await k.send(survey, `${cycle}/units/${fact.unitId}/surveys`, { indicatorId: fact.indicatorId, ...optional('period', fact.period), ...(counts === undefined ? {} : { counts }), ...optional('rate', fact.rate), sampleSize: String(sampleSize) });
      eventOf.set(fact.id, firstEventId(answer));
    }
  }
  await phase('year-end', 'close');

  // Review (审核, 审定): the committee approves what was proposed.
  await phase('review', 'open');
  for (const fact of document.facts) {
    const proposalId = proposalOf.get(fact.id);
    if (proposalId === undefined) continue;
    const path = `${cycle}/proposals/${proposalId}`;
    const answer =
      fact.type === 'DeductionApproved'
        ? await k.send(committee, `${path}/deduction/approve`)
        : fact.type === 'BonusApproved'
          ? await k.send(committee, `${path}/bonus/approve`)
          : await k.send(committee, `${path}/veto/confirm`);
    eventOf.set(fact.id, firstEventId(answer));
  }
  return { cycleId, document, eventOf, proposalOf };
};

/** City organs (S6) in two years that follow each other: 2025 (W4), and 2026 naming 2025 as the cycle before it. */
export const CITY_ORGANS_2025 = { cycleId: 'co2025', year: 2025, name: '2025年度市机关绩效考评', scheme: 'schemes/s6-city-organs.yaml', facts: 'schemes/examples/w4-city-organs.facts.yaml' } as const;
export const CITY_ORGANS_2026 = {
  cycleId: 'co2026',
  year: 2026,
  name: '2026年度市机关绩效考评',
  scheme: 'schemes/s6-city-organs.yaml',
  facts: 'test/e2e/fixtures/w4-city-organs-year-two.facts.yaml',
  predecessorCycleId: 'co2025',
} as const;

/** The office closes review, opens publication, computes and publishes a category's results (the notice period far ahead). */
export const publishCategory = async (k: Kaoping, cycleId: string, categoryId: string): Promise<void> => {
  const office = await k.asOffice();
  await k.send(office, `/cycles/${cycleId}/phases/review/close`);
  await k.send(office, `/cycles/${cycleId}/phases/publication/open`);
  await k.send(office, `/cycles/${cycleId}/results/${categoryId}/computations`);
  await k.send(office, `/cycles/${cycleId}/results/${categoryId}/publication`, { noticeEndsAt: '2099-12-31T00:00:00Z' });
};
