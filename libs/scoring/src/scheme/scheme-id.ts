/**
 * The one rule for the ids a scheme defines and facts refer to (categories, indicators, periods,
 * grades, scale levels, rules, vetoes, sources, deadlines): 1–64 characters, letters of any
 * script (汉字 included) and digits, then also `_` and `-`; it starts with a letter or a digit.
 * No dot (calendar anchors are "<phase>.start"), no `@` (items are "indicator@period"), no space.
 *
 * The API validates ids that name scheme elements with the same rule (`SCHEME_ID_PATTERN` in a
 * DTO's `@Matches`), so whatever a published scheme accepts, registration accepts too.
 */
export const SCHEME_ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,63}$/u;

/** The rule in words (zh-CN first), for error messages that name it. */
export const SCHEME_ID_RULE = {
  'zh-CN': '标识须为 1–64 个字符：汉字、字母、数字，其后还可用连字符和下划线；以汉字、字母或数字开头',
  en: 'an id is 1–64 characters: letters (Chinese included) and digits, then also hyphens and underscores; it starts with a letter or digit',
} as const;

/** Whether a text is a valid scheme id (see {@link SCHEME_ID_PATTERN}). */
export const isSchemeId = (text: unknown): text is string => typeof text === 'string' && SCHEME_ID_PATTERN.test(text);
