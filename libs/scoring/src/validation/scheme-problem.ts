import { SCHEME_ID_RULE } from '../scheme/scheme-id';
/** Every rule a scheme can break, as a stable code. */
export const PROBLEM_CODES = [
  'not-an-object',
  'not-a-list',
  'required',
  'wrong-type',
  'not-a-decimal',
  'not-an-integer',
  'unknown-field',
  'bad-id',
  'duplicate-id',
  'empty-list',
  'negative',
  'out-of-range',
  'node-shape',
  'share-missing',
  'share-both',
  'mixed-shares',
  'weights-sum',
  'points-sum',
  'period-weights-sum',
  'period-points-sum',
  'period-conflict',
  'unknown-method',
  'unknown-reference',
  'negative-cap',
  'overlapping-caps',
  'quota-shape',
  'quota-over-100',
  'thresholds-order',
  'fallback-grade',
  'tiers-order',
  'rater-weights-sum',
  'veto-effect',
  'bad-date',
  'calendar-cycle',
  'calendar-order',
  'ranking-grades',
  'ranking-overlap',
  'range-order',
  'project-grades',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** One thing wrong with a scheme: where (a path into the document), which rule, and why in zh-CN and en. */
export type SchemeProblem = Readonly<{
  path: string;
  code: ProblemCode;
  message: Readonly<{ 'zh-CN': string; en: string }>;
}>;

type Params = Readonly<Record<string, string>>;
type Template = (p: Params) => readonly [zh: string, en: string];

const TEMPLATES: Readonly<Record<ProblemCode, Template>> = {
  'not-an-object': () => ['应为对象（键值映射）', 'must be an object (a mapping)'],
  'not-a-list': () => ['应为列表', 'must be a list'],
  required: (p) => [`缺少必填字段 ${p.field}`, `required field ${p.field} is missing`],
  'wrong-type': (p) => [`类型错误，应为${p.zh}`, `must be ${p.en}`],
  'not-a-decimal': (p) => [`“${p.value}”不是十进制数`, `"${p.value}" is not a decimal number`],
  'not-an-integer': (p) => [`“${p.value}”不是整数`, `"${p.value}" is not an integer`],
  'unknown-field': (p) => [`未知字段 ${p.field}`, `unknown field ${p.field}`],
  'bad-id': (p) => [
    `标识“${p.value}”不合规则：${SCHEME_ID_RULE['zh-CN']}`,
    `id "${p.value}" breaks the rule: ${SCHEME_ID_RULE.en}`,
  ],
  'duplicate-id': (p) => [`标识“${p.id}”重复（已用于 ${p.first}）`, `duplicate id "${p.id}" (already used at ${p.first})`],
  'empty-list': () => ['列表不能为空', 'must not be empty'],
  'ranking-grades': (p) => [
    `合并排名的类别须使用相同的等次（“${p.category}”与“${p.first}”不同）`,
    `the categories of a ranking group must have the same grades ("${p.category}" differs from "${p.first}")`,
  ],
  'ranking-overlap': (p) => [`类别“${p.category}”已在合并排名“${p.first}”中`, `category "${p.category}" is already in ranking group "${p.first}"`],
  'project-grades': (p) => [
    `项目类别“${p.category}”的每个等次都须是评价等级表的等级（缺少：${p.missing === '' ? '全部' : p.missing}）`,
    `each grade of the project category "${p.category}" must be a level of the scale (missing: ${p.missing === '' ? 'all' : p.missing})`,
  ],
  'range-order': (p) => [`区间上限 ${p.upTo} 须不低于下限 ${p.percent}`, `the range's upper bound ${p.upTo} must not be below its lower bound ${p.percent}`],
  negative: (p) => [`不能为负数（${p.value}）`, `must not be negative (${p.value})`],
  'out-of-range': (p) => [`${p.value} 超出范围 ${p.range}`, `${p.value} is outside ${p.range}`],
  'node-shape': () => [
    '节点须有 children（下级指标）或 method（计分方法）之一，且只能有一个',
    'a node needs exactly one of children (sub-indicators) or method (a scoring method)',
  ],
  'share-missing': () => ['须给出 weight（权重%）或 points（分值）', 'needs a weight (%) or points'],
  'share-both': () => ['weight 与 points 只能给一个', 'give weight or points, not both'],
  'mixed-shares': () => [
    '同级节点须统一按权重或统一按分值计',
    'siblings must all count by weight or all by points',
  ],
  'weights-sum': (p) => [`同级权重之和为 ${p.sum}%，应为 100%`, `sibling weights sum to ${p.sum}%, not 100%`],
  'points-sum': (p) => [
    `下级分值之和为 ${p.sum}，应等于上级分值 ${p.expected}`,
    `children's points sum to ${p.sum}, not the parent's ${p.expected}`,
  ],
  'period-weights-sum': (p) => [
    `各期权重之和为 ${p.sum}%，应为 100%（即 1）`,
    `period weights sum to ${p.sum}%, not 100% (that is, 1)`,
  ],
  'period-points-sum': (p) => [
    `各期分值之和为 ${p.sum}，应等于本节点分值 ${p.expected}`,
    `period points sum to ${p.sum}, not the node's ${p.expected}`,
  ],
  'period-conflict': () => ['period 与 periods 只能给一个', 'give period or periods, not both'],
  'unknown-method': (p) => [
    `未知的计分方法“${p.value}”（可用：${p.known}）`,
    `unknown scoring method "${p.value}" (known: ${p.known})`,
  ],
  'unknown-reference': (p) => [`引用了不存在的${p.zh}“${p.id}”`, `refers to a missing ${p.en} "${p.id}"`],
  'negative-cap': (p) => [`封顶值不能为负数（${p.value}）`, `a cap must not be negative (${p.value})`],
  'overlapping-caps': (p) => [
    `与封顶规则“${p.other}”覆盖了相同的项目`,
    `covers the same items as cap "${p.other}"`,
  ],
  'quota-shape': () => ['名额须给出 share（%）或 count（个数）之一', 'a quota needs exactly one of share (%) or count'],
  'quota-over-100': (p) => [`名额比例累计 ${p.sum}%，超过 100%`, `quota shares add up to ${p.sum}%, over 100%`],
  'thresholds-order': (p) => [
    `等次分数线须自高到低：${p.value} 不低于上一等次的 ${p.previous}`,
    `grade thresholds must descend: ${p.value} is not below the previous grade's ${p.previous}`,
  ],
  'fallback-grade': () => [
    '最后一个等次是兜底等次，不能设分数线或名额',
    'the last grade is the fallback and takes no minimum or quota',
  ],
  'tiers-order': (p) => [
    `档次须按下限自高到低排列：${p.value} 不低于上一档的 ${p.previous}`,
    `tiers must be listed by descending minimum: ${p.value} is not below the previous ${p.previous}`,
  ],
  'rater-weights-sum': (p) => [`评价人权重之和为 ${p.sum}%，应为 100%`, `rater weights sum to ${p.sum}%, not 100%`],
  'veto-effect': () => [
    '否决须给出 forceGrade（强制等次）或 barGrades（取消的等次）',
    'a veto needs forceGrade (the grade forced) or barGrades (the grades barred)',
  ],
  'bad-date': (p) => [`无法识别的日期“${p.value}”`, `cannot read the date "${p.value}"`],
  'calendar-cycle': (p) => [`日期相互引用成环：${p.chain}`, `dates refer to each other in a cycle: ${p.chain}`],
  'calendar-order': (p) => [`日期顺序错误：${p.zh}`, `dates out of order: ${p.en}`],
};

/** A problem with its message in both locales. */
export const problem = (code: ProblemCode, path: string, params: Params = {}): SchemeProblem => {
  const [zh, en] = TEMPLATES[code](params);
  return { path, code, message: { 'zh-CN': zh, en } };
};
