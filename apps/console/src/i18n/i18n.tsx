import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { currentLang, LANG_STORAGE_KEY, type Lang } from './lang';

export { currentLang, LANGS, type Lang } from './lang';

/**
 * A page family's texts: Chinese first; the English must have exactly the same keys. A value is a
 * string or a function of the numbers/names it shows.
 */
export type Messages = Readonly<Record<string, string | ((...args: never[]) => string)>>;
export type Bilingual<M extends Messages> = Readonly<{ 'zh-CN': M; en: { readonly [K in keyof M]: M[K] } }>;

export const defineMessages = <M extends Messages>(zh: M, en: { readonly [K in keyof M]: M[K] }): Bilingual<M> => ({ 'zh-CN': zh, en });

type LangState = Readonly<{ lang: Lang; setLang: (lang: Lang) => void }>;
const LangContext = createContext<LangState>({ lang: 'zh-CN', setLang: () => undefined });

const initialLang = currentLang;

export function LangProvider({ children }: Readonly<{ children: ReactNode }>) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const value = useMemo<LangState>(
    () => ({
      lang,
      setLang: (next) => {
        localStorage.setItem(LANG_STORAGE_KEY, next);
        document.documentElement.lang = next;
        setLangState(next);
      },
    }),
    [lang],
  );
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export const useLang = (): LangState => useContext(LangContext);

/** The texts of one page family in the chosen language. */
export const useMessages = <M extends Messages>(messages: Bilingual<M>): M => {
  const { lang } = useLang();
  return messages[lang] as M;
};

// Dates and numbers always in zh-CN formats (the offices' habit), whichever language the words are in.
const dateFormat = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
const numberFormat = new Intl.NumberFormat('zh-CN');

/** A calendar date (YYYY-MM-DD or ISO time) as 2026/04/02. */
export const formatDate = (value: string | null | undefined): string => {
  if (value === null || value === undefined || value === '') return '—';
  const date = new Date(value.length === 10 ? `${value}T00:00:00` : value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
};

export const formatDateTime = (value: string | null | undefined): string => {
  if (value === null || value === undefined || value === '') return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
};

/** A count (never a score: scores are shown exactly as the API's strings). */
export const formatCount = (value: number): string => numberFormat.format(value);
