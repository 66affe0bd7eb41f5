import type { Label, MethodModel } from '../scheme/scheme.model';

// The rule each explanation node applied, in words, in both locales.

const label = (zh: string, en: string): Label => ({ 'zh-CN': zh, en });

/** What a rule names by id, in words: the scheme's rater roles and categories (the id where it has no name). */
export type RuleNames = Readonly<{ raterRole: (id: string) => Label; category: (id: string) => Label }>;

const raterNote = (raters: Readonly<{ roles: readonly string[] | undefined; raterWeights: ReadonlyMap<string, unknown> | undefined }>, names: RuleNames): Label => {
  const roles = raters.roles === undefined ? '' : raters.roles.map((role) => names.raterRole(role)['zh-CN']).join('、');
  const rolesEn = raters.roles === undefined ? '' : raters.roles.map((role) => names.raterRole(role).en).join(', ');
  const weighted = raters.raterWeights === undefined ? '' : '，先按评价人角色平均再按角色权重加权';
  const weightedEn = raters.raterWeights === undefined ? '' : ', averaged per rater role and then weighted by role';
  return label(
    `${roles === '' ? '' : `评价人：${roles}；`}各评价人平均${weighted}`,
    `${rolesEn === '' ? '' : `raters: ${rolesEn}; `}averaged over raters${weightedEn}`,
  );
};

export const methodRule = (method: MethodModel, names: RuleNames): Label => {
  switch (method.kind) {
    case 'proportional':
      return method.direction === 'higher'
        ? label(
            '按实际完成比例折算：达到及超过目标值计满分，低于目标值按 实际值÷目标值 × 分值 计分',
            'proportional to target: full points at or above target; below it, points × actual ÷ target',
          )
        : label(
            '越低越好：不超过目标值计满分，超过目标值按 目标值÷实际值 × 分值 计分',
            'lower is better: full points at or under target; above it, points × target ÷ actual',
          );
    case 'rating': {
      if (method.fromProjects !== undefined) {
        return label(
          `取所属项目（类别“${names.category(method.fromProjects)['zh-CN']}”）的考核等次折算分值；区间等次按项目得分在该等次分数段中的位置取值，多个项目取平均`,
          `the grade of the unit's projects (category "${names.category(method.fromProjects).en}") converted to points; a range level follows the project's total within its grade's band; several projects are averaged`,
        );
      }
      const note = raterNote(method.raters, names);
      return label(
        `等级折算：按评价等级对应的百分比（如 好/较好/差 = 100%/80%/50%）折算分值；${note['zh-CN']}`,
        `grade conversion: each level is worth a share of the points (e.g. good/fair/poor = 100%/80%/50%); ${note.en}`,
      );
    }
    case 'points': {
      const note = raterNote(method.raters, names);
      return label(`评价人直接打分（满分 ${method.outOf?.toString() ?? '本项分值'}）；${note['zh-CN']}`, `points given by raters (out of ${method.outOf?.toString() ?? 'the item\'s points'}); ${note.en}`);
    }
    case 'score':
      return label('考评得分按满分折算', 'an assessed score, scaled from its full marks to the points');
    case 'survey':
      return method.tiers.length > 0
        ? label('满意度测评：满意率按档次折算分值', 'satisfaction survey: the satisfaction rate earns the points of its tier')
        : label(
            '满意度测评：各满意等级人数按等级百分比加权，得满意度折算分值',
            'satisfaction survey: counts per level weighted by the level\'s share give the share of the points',
          );
    case 'deduction':
      return label('减分制：满分减去查实扣分，扣完为止', 'deduction-based: full points less approved findings, until zero');
    default: {
      const unhandled: never = method;
      return unhandled;
    }
  }
};

export const sumRule = (): Label => label('下级得分之和', 'sum of the parts below');

export const periodRule = (period: Label): Label =>
  label(`本期（${period['zh-CN']}）得分，按本期权重计入`, `this period's (${period.en}) score, counted by the period's weight`);

export const totalRule = (floor?: string): Label =>
  floor === undefined
    ? label(
        '综合得分 = 各部分得分之和 + 加分 − 扣分，四舍五入保留两位小数',
        'total = sum of the parts + bonus − deductions, rounded half up to 2 decimals',
      )
    : label(
        `综合得分 = 各部分得分之和 + 加分 − 扣分（不低于${floor}），四舍五入保留两位小数`,
        `total = sum of the parts + bonus − deductions (not below ${floor}), rounded half up to 2 decimals`,
      );

export const adjustmentRule = (kind: 'bonus' | 'deduction'): Label =>
  kind === 'bonus'
    ? label('加分：各项加分之和，按封顶规则限制', 'bonus: the sum of approved bonuses, within their caps')
    : label('扣分：各项扣分之和，按封顶规则限制', 'deductions: the sum of approved deductions, within their caps');

export const capRule = (max: string): Label => label(`累计不超过 ${max} 分`, `at most ${max} points together`);

export const itemRule = (per: 'item' | 'person' | 'amount', points: string): Label => {
  if (per === 'amount') return label('按审定分值计', 'the approved amount');
  return per === 'person'
    ? label(`每人（次）${points} 分`, `${points} points per person`)
    : label(`每项（次）${points} 分`, `${points} points per item`);
};
