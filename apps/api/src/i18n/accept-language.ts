/** The languages the API answers in: Chinese first (the default), English on request. */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh-CN';

// `*` stands for any language: the API's first, Chinese.
const langOfTag = (tag: string): Lang | undefined => {
  if (tag === '*') return DEFAULT_LANG;
  const primary = tag.toLowerCase().split('-')[0];
  return primary === 'zh' ? 'zh-CN' : primary === 'en' ? 'en' : undefined;
};

/**
 * The language a request prefers, from its Accept-Language header (RFC 9110 §12.5.4): the
 * supported tag (zh…, en…; `*` counts as Chinese) with the highest q-value wins, on a tie the one
 * listed first; unknown tags and q=0 are skipped; nothing left, or no header, gives Chinese.
 */
export function preferredLang(header: string | readonly string[] | undefined): Lang {
  const text = Array.isArray(header) ? header.join(',') : (header ?? '');
  let best: Readonly<{ lang: Lang; q: number }> | undefined;
  for (const range of (text as string).split(',')) {
    const [tagPart = '', ...params] = range.trim().split(';');
    const lang = langOfTag(tagPart.trim());
    if (lang === undefined) continue;
    const qParam = params.map((p) => p.trim()).find((p) => /^q=/i.test(p));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    if (best === undefined || q > best.q) best = { lang, q };
  }
  return best?.lang ?? DEFAULT_LANG;
}
