/** The console's languages: Chinese first, English switchable. */
export const LANGS = ['zh-CN', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const LANG_STORAGE_KEY = 'kaoping.lang';

/**
 * The language chosen, outside React too: the API client asks for its errors in it. A module of
 * its own (no React), so the console's small entry can send the first requests.
 */
export const currentLang = (): Lang => {
  const stored = globalThis.localStorage?.getItem(LANG_STORAGE_KEY);
  return stored === 'en' ? 'en' : 'zh-CN';
};
