import type { Lang } from '../i18n/i18n';

/** A scheme label ({ 'zh-CN': '…', en?: '…' }) in the chosen language, falling back to Chinese, then to the id. */
export const labelText = (label: unknown, lang: Lang, fallback = ''): string => {
  if (typeof label === 'string') return label;
  if (typeof label !== 'object' || label === null) return fallback;
  const texts = label as Readonly<Record<string, unknown>>;
  const chosen = texts[lang] ?? texts['zh-CN'];
  return typeof chosen === 'string' ? chosen : fallback;
};
