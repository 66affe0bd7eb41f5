import type { ExplanationNode } from '@kaoping/scoring';

type Text = ExplanationNode['label'];

/**
 * A unit's explanation as its live-scores row keeps it (JSON text): each label and rule text said
 * once and pointed at by index. For 100 monthly indicators the same rule text stands on 1,200
 * leaves, and this is about two thirds of the tree's JSON; it is written as text, not jsonb, which
 * PostgreSQL would parse (the read takes the tree whole, nothing queries inside it).
 */
export const storedExplanation = (tree: ExplanationNode): string => {
  const texts: Text[] = [];
  // Most texts are the same object on every node (a rule's words, a scheme node's label): found by
  // identity first, by their JSON otherwise.
  const byObject = new Map<Text, number>();
  const byJson = new Map<string, number>();
  const indexOf = (text: Text): number => {
    let at = byObject.get(text);
    if (at !== undefined) return at;
    const json = JSON.stringify(text);
    at = byJson.get(json);
    if (at === undefined) {
      at = texts.length;
      texts.push(text);
      byJson.set(json, at);
    }
    byObject.set(text, at);
    return at;
  };
  // Key order kept: the tree read back is the tree written, to the JSON text.
  const treeJson = JSON.stringify(tree, (key: string, value: unknown) => ((key === 'label' || key === 'rule') && typeof value === 'object' && value !== null ? indexOf(value as Text) : value));
  return `{"texts":${JSON.stringify(texts)},"tree":${treeJson}}`;
};

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null && !Array.isArray(value);

const treeNode = (texts: readonly unknown[], stored: unknown): ExplanationNode | undefined => {
  if (!isRecord(stored) || !Array.isArray(stored['children'])) return undefined;
  const node: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (key === 'label' || key === 'rule') {
      const text = typeof value === 'number' ? texts[value] : undefined;
      if (!isRecord(text)) return undefined;
      node[key] = text;
    } else if (key === 'children') {
      const children: ExplanationNode[] = [];
      for (const child of value as readonly unknown[]) {
        const read = treeNode(texts, child);
        if (read === undefined) return undefined;
        children.push(read);
      }
      node[key] = children;
    } else node[key] = value;
  }
  return Array.isArray(node['factIds']) ? (node as ExplanationNode) : undefined;
};

const isTree = (value: unknown): value is ExplanationNode => isRecord(value) && Array.isArray(value['factIds']) && Array.isArray(value['children']) && isRecord(value['label']);

/** The tree a row keeps ({@link storedExplanation}; a row written before it holds the tree itself), or undefined if it is neither. */
export const explanationOfStored = (value: unknown): ExplanationNode | undefined => {
  if (isTree(value)) return value;
  if (!isRecord(value) || !Array.isArray(value['texts'])) return undefined;
  return treeNode(value['texts'], value['tree']);
};
