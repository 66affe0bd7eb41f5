import type { Lang } from './accept-language';

/**
 * The words of every error code and detail rule the API can answer with, in Chinese and English.
 * One table for both: a code names a refusal (`unit-exists`), a rule what one field broke
 * (`required`), and many are both (a one-field refusal has the field's rule as its code).
 * A text may name parameters as `{name}`: the error's details (a conflict's revisions), a
 * validator's constraints (`{max}` of MaxLength), a count of problems. Chinese is written to follow
 * `字段 <path>：` for a rule, and to stand alone for a code.
 *
 * error-texts.unit.spec.ts reads the sources for every code and rule raised and fails when one
 * is missing here.
 */
export type ErrorTexts = Readonly<Record<Lang, string>>;

const t = (zh: string, en: string): ErrorTexts => ({ 'zh-CN': zh, en });

export const ERROR_TEXTS: Readonly<Record<string, ErrorTexts>> = {
  // ── HTTP and request shape ─────────────────────────────────────────────────────────────────
  'invalid-input': t('输入有误', 'invalid input'),
  'bad-request': t('请求有误', 'bad request'),
  'headers-too-large': t('请求头过大', 'the request headers are too large'),
  'uri-too-long': t('请求地址过长', 'the request URI is too long'),
  'malformed-request': t('请求格式有误，无法解析', 'the request could not be parsed as HTTP'),
  'http-error': t('请求失败', 'the request failed'),
  unauthenticated: t('未登录或登录已失效，请重新登录', 'sign in first'),
  forbidden: t('无权进行此操作', 'not allowed'),
  'not-found': t('请求的资源不存在', 'not found'),
  'method-not-allowed': t('不支持此请求方法', 'method not allowed'),
  conflict: t('与现有数据冲突', 'conflict with existing data'),
  'rule-violated': t('当前不允许此操作', 'refused by a rule'),
  'payload-too-large': t('请求内容过大（上限 1 MiB）', 'the request body is too large'),
  'unsupported-media-type': t('不接受此内容类型（Content-Type）', 'unsupported media type'),
  'too-many-requests': t('请求过于频繁，请稍后再试', 'too many requests: try again later'),
  'invalid-json': t('请求内容不是有效的 JSON', 'the request body is not valid JSON'),
  'json-too-deep': t('请求内容嵌套层级过深（上限 64 层）', 'the request body nests too deeply'),
  internal: t('服务器内部错误，请稍后再试或联系管理员', 'internal error'),
  'storable-text': t('含有无法保存的字符（NUL 或不成对的代理项）', 'contains a character that cannot be stored'),
  'not-null': t('不能为 null：没有值的字段请省略', 'must not be null: omit a field that has no value'),
  'unknown-field': t('不是可接受的字段', 'is not a known field'),
  whitelistValidation: t('不是可接受的字段', 'is not a known field'),
  'one-of': t('scheme 与 schemeYaml 只能给出其一', 'give scheme or schemeYaml, not both'),
  'yaml-syntax': t('YAML 语法错误', 'YAML syntax error'),
  'read-model-behind': t('数据尚在更新，请稍后重试', 'the read model is catching up: retry shortly'),

  // ── class-validator rules (the decorators of the DTOs) ─────────────────────────────────────
  isString: t('须为文本', 'must be a string'),
  isNotEmpty: t('不能为空', 'must not be empty'),
  isIn: t('须为以下值之一：{values}', 'must be one of: {values}'),
  isInt: t('须为整数', 'must be an integer'),
  positionInLog: t('超出日志末尾：须为某次写入返回的 position', 'is past the end of the log: send a position a write returned'),
  isArray: t('须为列表', 'must be a list'),
  isObject: t('须为对象', 'must be an object'),
  isBoolean: t('须为 true 或 false', 'must be true or false'),
  isIso8601: t('须为 ISO 8601 日期或时间', 'must be an ISO 8601 date or date-time'),
  nestedValidation: t('须为对象或对象列表', 'must be an object or a list of objects'),
  maxLength: t('长度不能超过 {max} 个字符', 'at most {max} characters'),
  minLength: t('长度不能少于 {min} 个字符', 'at least {min} characters'),
  max: t('不能大于 {max}', 'at most {max}'),
  min: t('不能小于 {min}', 'at least {min}'),
  arrayMaxSize: t('最多 {max} 项', 'at most {max} items'),
  arrayMinSize: t('至少 {min} 项', 'at least {min} items'),
  matches: t('格式不符：须为{format}', 'wrong format: must be {format}'),
  pattern: t('格式不符：须为 1–64 个字母、数字、“.”“_”或“-”', "must be 1–64 letters, digits, '.', '_' or '-'"),
  recordOf: t('各项的值格式不符', 'a value of the mapping has the wrong format'),

  // ── values (libs/evaluation validation) ────────────────────────────────────────────────────
  required: t('必填', 'required'),
  'not-a-decimal': t('须为十进制数，以文本书写（如 "93.65"）', 'must be a decimal written as a string'),
  negative: t('不能为负数', 'must not be negative'),
  'not-positive': t('须大于零', 'must be greater than zero'),
  'not-a-count': t('须为不小于 1 的整数，以文本书写', 'must be a whole number of at least 1, as a string'),
  'not-a-whole-number': t('须为不小于 0 的整数，以文本书写', 'must be a whole number ≥ 0, as a string'),
  'not-a-date': t('须为日期（yyyy-mm-dd）', 'must be an ISO date (yyyy-mm-dd)'),
  'not-an-instant': t('须为 ISO 8601 日期或时间', 'must be an ISO 8601 date or date-time'),
  'not-a-year': t('须为四位年份', 'must be a four-digit year'),
  'not-a-rank': t('名次须为从 1 开始的整数', 'a rank is a whole number from 1'),
  'not-allowed-value': t('不是允许的取值', 'is not an allowed value'),
  'out-of-range': t('超出允许范围', 'out of range'),
  'empty-list': t('列表不能为空', 'must not be empty'),
  'reason-required': t('此操作会改动已有记录，须说明理由', 'this action changes something earlier: a reason is required'),
  'evidence-required': t('须提供至少一项证据', 'at least one evidence reference is required'),
  sha256: t('须为小写十六进制的 SHA-256 摘要', 'must be a sha256 in lowercase hex'),
  'cycle-id': t('年度标识须为 1–64 个字母、数字、“.”或“_”（不能含“-”）', "must be 1–64 letters, digits, '.' or '_'"),
  duplicate: t('同一角色与范围重复列出', 'listed twice'),

  // ── cycles, schemes, phases ────────────────────────────────────────────────────────────────
  'cycle-exists': t('该考评年度已存在', 'the cycle already exists'),
  'cycle-not-found': t('考评年度不存在', 'no such cycle'),
  'unknown-cycle': t('考评年度不存在', 'no such cycle'),
  'predecessor-is-itself': t('考评年度不能以自身为上一年度', 'a cycle cannot follow itself'),
  'invalid-scheme': t('考评方案有 {count} 处问题，未保存', 'the scheme has {count} problem(s)'),
  'scheme-already-published': t('考评方案已发布，如需修改请以修订方式并说明理由', 'the scheme is published: amend it with a reason'),
  'scheme-not-published': t('考评方案尚未发布', 'the scheme is not published'),
  'scheme-not-found': t('没有该版本的考评方案', 'no such scheme version'),
  'scheme-not-scorable': t('考评方案无法用于计分', 'the scheme cannot be scored'),
  'not-a-valid-scheme': t('考评方案未通过校验', 'not a validated scheme'),
  'version-not-increased': t('修订后的方案版本号须高于现行版本', 'an amendment needs a higher version'),
  'unknown-rater-role': t('方案中没有此评价身份', 'the scheme has no such rater role'),
  'phase-already-opened': t('该阶段已开启', 'the phase has already been opened'),
  'phase-order': t('阶段须按顺序开启', 'phases open in order'),
  'not-scheduled-yet': t('尚未到该阶段的开启日期', 'the phase is not scheduled to open yet'),
  'phase-not-open': t('当前阶段不接受此操作', 'the phase for this action is not open'),
  'phase-closed': t('此操作所属阶段已结束', 'the phases for this action have closed'),
  'phases-started': t('考评阶段已开始，不能再进行此操作', 'the phases have started'),
  'phase-open': t('该阶段已开启，只能调整结束日期', 'the phase is open: only its end can move'),
  'nothing-to-move': t('请给出新的开始日期、结束日期或二者', 'give a new start, a new end, or both'),
  'end-before-start': t('结束日期早于开始日期', 'ends before it starts'),
  'unknown-deadline': t('方案日程中没有此截止事项', 'not a deadline of the scheme calendar'),
  'deadline-not-passed': t('尚未到截止日期', 'the deadline has not passed'),
  'period-closed': t('该期间已关闭，只能以更正方式修改', 'the period is closed: correct with a reason'),
  'late-reason-required': t('该期间已关闭：补报数据须说明迟报理由', 'the period is closed: late data needs a reason'),
  'unknown-period': t('方案中没有此期间', 'the scheme has no such period'),
  'period-not-for-indicator': t('此指标不在该期间考核', 'the indicator is not assessed in this period'),

  // ── units, data, ratings ───────────────────────────────────────────────────────────────────
  'unit-exists': t('该单位已在本年度登记', 'the unit is already registered in this cycle'),
  'unit-not-found': t('该单位尚未登记', 'the unit is not registered'),
  'unit-retired': t('该单位已退出本年度考评', 'the unit has been retired from this cycle'),
  'unit-mismatch': t('所涉单位与原事项不符', 'the proposal concerns another unit'),
  'unknown-category': t('方案中没有此考评类别', 'the scheme has no such category'),
  'category-not-found': t('方案中没有此考评类别', 'the scheme has no such category'),
  'category-not-in-scheme': t('该单位所在类别不在现行方案中', "the unit's category is not in the scheme"),
  'category-required': t('须填写该单位的考评类别（只有作为层级根的县可不填，不参与计分）', 'name the unit’s category (only a county at the root of the tree has none, and is not scored)'),
  'unit-without-category': t('该单位为层级根（县），未登记考评类别，不参与计分', 'the unit is the root of the tree (the county), registered without a category: it is not scored'),
  'same-category': t('该单位已在此类别中', 'the unit is in this category already'),
  'level-not-in-category': t('该考评类别不考评此层级的单位', 'the category does not evaluate units of this level'),
  'parent-required': t('科室和干部须登记在其所属的上级单位之下', 'a section or person is registered under the unit it belongs to'),
  'parent-not-allowed': t('县级为最上一级，不能有上级单位', 'the county is the top level: it has no parent unit'),
  'unknown-parent': t('上级单位尚未在本年度登记，请先登记上级单位', 'the parent unit is not registered in this cycle: register it first'),
  'parent-retired': t('上级单位已退出本年度考评', 'the parent unit has been retired from this cycle'),
  'parent-level-not-allowed': t('上级单位的层级不符（县 → 部门、乡镇 → 科室 → 干部）', 'the parent is of a level this unit cannot hang below (county → departments, townships → sections → persons)'),
  'unknown-provider': t('方案中没有此数据采集单位', 'the scheme names no such data provider'),
  'not-person-grades': t('干部的等次须为优秀、称职、基本称职或不称职之一', 'a person is graded 优秀, 称职, 基本称职 or 不称职'),
  'unknown-indicator': t('方案中该单位所在类别没有此指标', "the unit's category has no such indicator"),
  'wrong-method': t('此指标的计分方法不接受此类数据', "the indicator's method does not take this"),
  'no-target-for-method': t('此指标的计分方法不设目标值', "the indicator's method has no target"),
  'already-submitted': t('该指标该期间已报送，如需修改请以更正方式并说明理由', 'already submitted: correct it with a reason'),
  'submission-not-found': t('没有这条报送记录', 'no such submission'),
  'not-latest': t('该记录已被更正，请更正最新的一条', 'already corrected: correct the latest'),
  'no-change': t('数值与原值相同', 'the value is unchanged'),
  'grade-required': t('此指标须填写等次（而非分值）', 'a rating indicator takes a grade'),
  'points-required': t('此指标须填写分值（而非等次）', 'a points indicator takes points'),
  'unknown-level': t('不是评价量表中的等次', 'not a level of the scale'),
  'duplicate-item': t('同一三级指标列了两次', 'the same level-3 indicator is listed twice'),
  'unknown-item': t('不是绩效办为该单位设定的三级指标', 'not a level-3 indicator the office gave this unit'),
  'points-outside-grade-range': t('分值不在所评等次的分值区间内（如良好8–9分、一般5–6分）', "the points are outside the grade's range (良好 8–9, 一般 5–6)"),
  'points-not-for-grade': t('该等次不是分值区间，只填等次、不填分值', 'the grade is not a range of points: give the grade alone'),
  'rater-role-not-for-indicator': t('此指标不由该评价身份评价', 'the indicator is not rated by this rater role'),
  'indicator-from-projects': t('此指标取所属项目的考核等次，不再另行评价', "the indicator takes the grades of the unit's projects and is not rated by hand"),
  'counts-or-rate': t('须填写各等次人数或满意率，二者只填其一', 'give counts per level or a rate, not both'),
  'counts-exceed-sample': t('各等次人数之和超过样本量', 'the counts exceed the sample size'),
  'already-signed-off': t('该期间已签认', 'the period is signed off already'),
  'self-sign-off': t('本人在该期间评价过该单位，不能签认自己的评价', 'nobody signs off a period in which he rated the unit'),
  'no-plan-submitted': t('没有待审核的考评计划', 'no evaluation plan waits for review'),
  'plan-none': t('尚未提交考评计划', 'no evaluation plan'),
  'plan-submitted': t('考评计划已提交，正在审核', 'the evaluation plan is submitted already'),
  'plan-approved': t('考评计划已审核通过', 'the evaluation plan is approved already'),
  'plan-returned': t('考评计划已退回', 'the evaluation plan is returned already'),
  'category-not-scored': t('该类别尚无实时得分', 'no live scores for this category'),
  'unit-not-scored': t('该单位尚无实时得分', 'no live score for this unit'),
  'no-snapshot': t('该类别尚无快照或计算结果', 'no snapshot or computed results'),

  // ── proposals: deductions, bonuses, vetoes, complaints ────────────────────────────────────
  'proposal-exists': t('该事项已记录', 'the proposal exists already'),
  'proposal-not-found': t('没有该事项', 'no such proposal'),
  'already-decided': t('该事项已有决定', 'already decided'),
  'not-approved': t('只有已批准的事项才能撤销', 'only an approved proposal can be revoked'),
  'wrong-proposal-kind': t('事项类型不符', 'the proposal is of another kind'),
  'amount-required': t('此规则未规定分值，须填写扣分', 'the rule fixes no points: give the amount'),
  'persons-required': t('此规则按人计，须填写人数', 'the rule counts per person: give the number'),
  'rule-or-indicator': t('须填写扣分规则或扣分指标之一，二者只填其一', 'name a rule or an indicator, not both'),
  'unknown-rule': t('方案中没有此扣分规则', 'the category has no such rule'),
  'unknown-source': t('方案中没有此数据来源', 'the scheme has no such source'),
  'unknown-veto': t('方案中没有此否决事项', 'the category has no such veto'),
  'complaint-not-found': t('没有登记该投诉', 'no such complaint'),
  'complaint-under-investigation': t('该投诉尚在调查，没有结论', 'the complaint has no finding yet'),
  'complaint-not-upheld': t('该投诉未被认定，无需审核', 'the complaint was not upheld'),
  'finding-already-recorded': t('该投诉已有调查结论', 'the complaint has its finding already'),
  'deduction-required': t('投诉被认定时须提出扣分', 'an upheld complaint proposes a deduction'),
  'no-deduction-if-not-upheld': t('投诉未被认定时不提出扣分', 'a complaint not upheld proposes no deduction'),

  // ── appeals, results, rectification ───────────────────────────────────────────────────────
  'appeal-exists': t('该申诉已存在', 'the appeal exists already'),
  'appeal-not-found': t('没有该申诉', 'no such appeal'),
  'nothing-to-appeal': t('只能对已批准的事项提出申诉', 'only an approved proposal can be appealed'),
  'dismissed-revokes-nothing': t('驳回的申诉不撤销任何事项', 'a dismissed appeal revokes nothing'),
  'appeals-pending': t('尚有未决定的申诉', 'appeals not yet decided'),
  'open-appeals-unknown': t('须给出该类别未决申诉的情况才能定稿', 'the open appeals must be given to finalise'),
  'stale-scheme': t('结果所用方案版本不是现行版本，请重新计算', 'scored with an older scheme version'),
  'results-final': t('结果已定稿', 'the results are final'),
  'already-final': t('结果已定稿', 'the results are final already'),
  'results-published': t('已公示的结果只能通过申诉决定或重新公示改变', 'published results change only through an appeal decision or a new publication'),
  'already-published': t('这些结果已公示', 'these results are published already'),
  'not-published': t('结果尚未公示', 'the results are not published'),
  'results-not-published': t('该类别尚无已公示的结果', 'no published results'),
  'nothing-computed': t('尚未计算结果', 'no results have been computed'),
  'computed-not-found': t('找不到公示所依据的计算结果', 'the computed results named are missing'),
  'publication-not-found': t('日志中没有该结果公示', 'no such publication of results in the log'),
  'nothing-owed': t('该单位在此截止事项下没有未完成的事项，无需催报', 'nothing is owed at this deadline: nobody to chase'),
  'republication-pending': t('申诉后重新计算的结果须先重新公示', 'recomputed results must be published again first'),
  'notice-in-past': t('公示期须在当前时间之后结束', 'the notice period must end after now'),
  'notice-period-running': t('公示期尚未结束', 'the notice period is running'),
  'nothing-to-export': t('没有可导出的内容', 'nothing to export'),
  'order-exists': t('该整改通知已存在', 'the order exists already'),
  'order-not-found': t('没有该整改通知', 'no such rectification order'),
  'due-in-past': t('整改期限须在当前时间之后', 'the deadline must be after now'),
  'plan-already-submitted': t('整改方案已提交', 'the plan is submitted already'),
  'plan-first': t('请先提交整改方案', 'submit the rectification plan first'),
  'already-reported': t('整改情况已报告', 'already reported'),
  'not-reported': t('尚未报告整改情况', 'nothing reported to accept'),
  'not-yet-due': t('尚未到整改期限', 'the order is not yet due'),

  // ── who may do what ───────────────────────────────────────────────────────────────────────
  'role-not-allowed': t('当前角色无权进行此操作', 'this role may not do this'),
  'not-allowed': t('无权进行此操作', 'not allowed'),
  'cannot-verify': t('缺少核对权限所需的数据，已拒绝', 'cannot verify the access rule'),
  'not-own-unit': t('只能为本单位办理', 'a unit reporter acts for its own unit only'),
  'own-unit': t('只能查看本单位', 'a unit reporter reads only its own unit'),
  'not-own-indicator': t('只能报送本机构负责提供的指标', 'the indicator is not assigned to this provider'),
  'not-own-source': t('只能以本机构名义记录', 'an inspector records for its own body'),
  'not-assigned-rater': t('未被指派评价该单位', 'not assigned to rate this unit'),
  'self-approval': t('不能审批自己记录的事项', 'nobody approves a proposal they recorded'),
  'trigger-role': t('日程由系统执行，手动调整由绩效办进行', 'the schedule is the system’s; a manual change is the office’s'),
  'system-needs-appeal': t('系统只在执行申诉决定时撤销', 'the system revokes only to carry out an appeal decision'),
  'evidence-scope': t('无权查看该证据文件', 'this evidence file is outside your scope'),
  'evidence-empty': t('证据文件为空', 'the evidence file is empty'),
  'evidence-not-found': t('没有该证据文件', 'no such evidence file'),
  'not-empty': t('内容为空', 'must not be empty'),

  // ── accounts and sign-in ──────────────────────────────────────────────────────────────────
  'missing-token': t('请先登录：此操作需要 Authorization: Bearer 令牌', 'sign in: this route needs a bearer token'),
  'invalid-token': t('登录令牌无效，请重新登录', 'the access token is not valid'),
  'token-expired': t('登录已过期，请重新登录', 'the access token has expired: sign in again'),
  'token-revoked': t('密码已更改或账户已停用，请重新登录', 'the token was revoked: sign in again'),
  'invalid-credentials': t('用户名或密码错误，或账户已停用', 'unknown user, wrong password, or disabled account'),
  'wrong-password': t('当前密码不正确', 'currentPassword is not the current password'),
  'role-not-granted': t('该用户未被授予此角色', 'the user does not hold this role'),
  'role-choice-required': t('该用户有多个角色，请选择以何种角色登录', 'choose one of the roles held'),
  held: t('可选的角色', 'a role held'),
  'too-many-sign-in-attempts': t('登录失败次数过多，请稍后再试', 'too many failed sign-ins: try again later'),
  'locked-out': t('多次密码错误，已暂时锁定', 'locked after repeated wrong passwords'),
  'user-exists': t('该用户已存在', 'the user already exists'),
  'user-not-found': t('没有该用户', 'no such user'),
  'user-disabled': t('该用户已停用', 'the user is disabled'),
  'grant-held': t('该用户已有此角色', 'the user holds this grant already'),
  'grant-not-held': t('该用户没有此角色', 'the user does not hold this grant'),
  'self-lockout': t('管理员不能撤销自己的管理员角色', 'an admin cannot revoke its own admin role'),
  'invalid-grants': t('角色授予有误', 'the grants are invalid'),
  'unknown-role': t('不是已有的角色', 'not a role'),
  'scope-required': t('此角色须指定所属单位或机构', 'this role acts for one unit or provider'),
  'scope-not-allowed': t('此角色不设单位或机构', 'this role has no unit or provider'),

  // ── concurrency and idempotency ───────────────────────────────────────────────────────────
  'concurrency-conflict': t(
    '数据已被他人更新（现为第 {actualRevision} 版，而非第 {expectedRevision} 版），未写入任何内容，请重新读取后再试',
    'the stream moved on since it was read: nothing was written; read again and retry',
  ),
  'wrong-expected-revision': t('数据已被他人更新，未写入任何内容，请重新读取后再试', 'the stream is not at the expected revision'),
  'idempotency-key-reused': t('该幂等键（Idempotency-Key）已用于另一个请求，新请求请使用新键', 'the idempotency key was used for another request'),
  'idempotency-mismatch': t('该批事件部分已保存，既非新的写入也非重试', 'neither a new append nor an exact retry'),
  reused: t('已用于另一个请求', 'already used for another request'),
  unsupported: t('当前事件存储不支持此操作', 'the event store cannot do this'),
  'adapter-failure': t('事件存储返回了无法识别的数据', 'the event store returned something unexpected'),
  revision: t('版本号须为不小于 0 的整数', 'a revision is a whole number ≥ 0'),
  count: t('数量须为正整数', 'a count is a positive whole number'),
  blank: t('不能为空', 'must not be blank'),
  'below-batch-size': t('每批最大事件数不能小于每批事件数（batchSize）', 'maxBatchSize must be at least batchSize'),
  'not-identifier': t('须为小写 SQL 标识符（a-z、0-9、_）', 'a lower-case SQL identifier'),

  // ── audit ─────────────────────────────────────────────────────────────────────────────────
  'invalid-moment': t('时刻无效', 'not a valid moment'),
  moment: t('须为 now、事件位置、ISO 时间或已公示的结果', 'now, a position, an ISO time or a publication'),
  'moments-out-of-order': t('起始时刻须早于结束时刻', 'from must come before to'),
  'before-to': t('须早于结束时刻', 'must be before to'),
  'log-broken': t('事件日志已被篡改，此时刻的数值不可信', 'the log is broken: values as of this moment cannot be trusted'),
  'log-intact': t('事件日志须完好', 'the log must be intact'),

  // ── spreadsheets (import problems carry their own texts; these name the rules) ────────────
  'import-refused': t('发现 {count} 处问题，未记录任何数据', '{count} problem(s) found: nothing was recorded'),
  'file-required': t('请上传文件（multipart 字段 file）', 'upload the file as multipart field "file"'),
  'not-a-workbook': t('文件不是有效的 .xlsx 工作簿', 'not an .xlsx workbook'),
  'no-data-sheet': t('工作簿中没有可导入的表', 'no sheet to import'),
  'unknown-sheet-kind': t('无法判断表格类型，请指定类型', 'say which kind of sheet it is'),
  'missing-column': t('缺少必填列', 'a required column is missing'),
  'unknown-column': t('表中没有此列', 'unknown column'),
  'not-exact': t('数值无法精确读取，请以文本格式填写', 'the number cannot be read exactly'),
  'not-importable': t('此类操作不能通过导入进行', 'this action cannot be imported'),
  'duplicate-in-file': t('与文件中前面的行重复', 'repeats an earlier row of the file'),

  // ── notifications ──
  'notification-not-found': t('没有发给您的该条通知', 'no such notification addressed to you'),
  'webhook-not-found': t('该对象未设置通知机器人地址', 'no webhook is set for that address'),
  'delivery-not-found': t('没有这条机器人推送记录', 'no such webhook delivery'),
  'delivery-not-failed': t('只有已用尽重试次数的失败推送才能重新推送（该推送已送达或仍在重试中）', 'only a failed delivery (out of tries) can be retried: this one is delivered or still being tried'),
  isUrl: t('须为 http(s) 网址', 'must be an http(s) URL'),

  // ── operations ────────────────────────────────────────────────────────────────────────────
  'no-queue-dashboard': t('任务在进程内队列中运行，没有队列面板（设置 REDIS_URL 后可用）', 'the in-process queue has no dashboard'),
  'dashboard-session-required': t('队列面板需要管理员的面板会话', 'the queue dashboard needs a dashboard session'),
  missing: t('缺少面板会话', 'no dashboard session'),
  malformed: t('面板会话格式有误', 'malformed dashboard session'),
  'bad-signature': t('面板会话签名无效', 'bad dashboard session signature'),
  expired: t('面板会话已过期', 'the dashboard session expired'),
  'not-admin': t('面板会话不属于管理员', 'not an admin session'),
  revoked: t('面板会话已失效', 'the dashboard session was revoked'),
};

/** Codes written as templates in the sources (`plan-${status}`), with every value they can take. */
export const DYNAMIC_CODES: Readonly<Record<string, readonly string[]>> = {
  '`plan-${unit.plan.status}`': ['plan-none', 'plan-submitted', 'plan-approved', 'plan-returned'],
};

/** Descriptions of the patterns the DTOs check (`matches`), by the pattern's source. */
export const PATTERN_TEXTS: Readonly<Record<string, ErrorTexts>> = {
  '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$': t('1–64 个字母、数字、“.”“_”或“-”，以字母或数字开头', "1–64 letters, digits, '.', '_' or '-', starting with a letter or digit"),
  '^-?\\d{1,12}(\\.\\d{1,6})?$': t('以文本书写的十进制数（如 "93.65"）', 'a decimal written as a string, e.g. "93.65"'),
  '^[1-9]\\d{0,5}$': t('不小于 1 的整数，以文本书写', 'a whole number of at least 1, as a string'),
  '^\\d{4}-\\d{2}-\\d{2}$': t('日期（yyyy-mm-dd）', 'an ISO date (yyyy-mm-dd)'),
  '^\\d{4}$': t('四位年份', 'a year (4 digits)'),
  '^\\d{1,9}$': t('不小于 0 的整数，以文本书写', 'a whole number ≥ 0, as a string'),
  '^\\d{1,19}$': t('事件位置（不小于 0 的整数）', 'a log position (a whole number ≥ 0)'),
};

/**
 * Codes that only say what kind of HTTP refusal it was (raised by Nest, Express or body-parser with
 * a message that carries the specifics: a parser's position, the detected file type): their
 * Chinese keeps that technical message after the Chinese words.
 */
// (A bad input with details is worded from its details; without any, e.g. a body the parser refused, it keeps the parser's message.)
export const KEEPS_RAISED_MESSAGE: ReadonlySet<string> = new Set(['http-error', 'bad-request', 'invalid-input', 'unsupported-media-type', 'invalid-json']);

export const hasErrorText = (key: string): boolean => Object.prototype.hasOwnProperty.call(ERROR_TEXTS, key);

/** Values a text fills in: the same in every language (a number, an id), or worded per language. */
export type Params = Readonly<Record<string, string | ErrorTexts>>;

/** The text of a code or rule with its `{parameters}` filled, or undefined (no entry, or a parameter missing). */
export function errorText(key: string, lang: Lang, params: Params = {}): string | undefined {
  if (!hasErrorText(key)) return undefined;
  const template = ERROR_TEXTS[key]?.[lang] ?? '';
  let missing = false;
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) missing = true;
    return value === undefined ? '' : typeof value === 'string' ? value : value[lang];
  });
  return missing ? undefined : text;
}
