/** Chinese labels of a published scheme's ids (indicators, periods, categories, sources, scale levels, rules), read from its document. */
export type SchemeLabels = Readonly<{
  indicators: ReadonlyMap<string, string>;
  periods: ReadonlyMap<string, string>;
  categories: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, string>;
  levels: ReadonlyMap<string, string>;
  rules: ReadonlyMap<string, string>;
  schemeName: string;
}>;

type Json = Readonly<Record<string, unknown>>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** A label's Chinese text (a plain string, or the zh-CN of a label object). */
export const zhOf = (label: unknown, fallback: string): string => {
  if (typeof label === 'string') return label;
  if (isRecord(label)) {
    const zh = label['zh-CN'] ?? label['zh'] ?? label['en'];
    if (typeof zh === 'string') return zh;
  }
  return fallback;
};

const idOf = (value: Json): string => (typeof value['id'] === 'string' ? value['id'] : '');

const labelled = (items: readonly unknown[]): Map<string, string> =>
  new Map(items.filter(isRecord).map((item) => [idOf(item), zhOf(item['label'], idOf(item))] as const));

/** Reads the labels of a scheme document (as published); unknown shapes give empty maps, never an error. */
export const schemeLabelsOf = (document: unknown): SchemeLabels => {
  const scheme = isRecord(document) ? document : {};
  const indicators = new Map<string, string>();
  const rules = new Map<string, string>();
  const visit = (node: unknown): void => {
    if (!isRecord(node)) return;
    indicators.set(idOf(node), zhOf(node['label'], idOf(node)));
    list(node['children']).forEach(visit);
  };
  for (const category of list(scheme['categories']).filter(isRecord)) {
    list(category['parts']).forEach(visit);
    for (const adjustment of [category['deductions'], category['bonuses']]) {
      if (isRecord(adjustment)) for (const [id, label] of labelled(list(adjustment['rules']))) rules.set(id, label);
    }
  }
  const levels = new Map<string, string>();
  if (isRecord(scheme['scales'])) {
    for (const scale of Object.values(scheme['scales']).filter(isRecord)) for (const [id, label] of labelled(list(scale['levels']))) levels.set(id, label);
  }
  return {
    indicators,
    periods: labelled(list(scheme['periods'])),
    categories: labelled(list(scheme['categories'])),
    sources: labelled(list(scheme['sources'])),
    levels,
    rules,
    schemeName: zhOf(scheme['name'], idOf(scheme)),
  };
};
