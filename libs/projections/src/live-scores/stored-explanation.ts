import type { ExplanationNode } from '@kaoping/scoring';

type Texts = { list: ExplanationNode['label'][]; index: Map<string, number> };

/** A node as stored: its label and rule are indexes into the texts said once for the whole tree. */
type StoredNode = Omit<ExplanationNode, 'label' | 'rule' | 'children'> & Readonly<{ label: number; rule: number; children: readonly StoredNode[] }>;

type Stored = Readonly<{ texts: readonly ExplanationNode['label'][]; tree: StoredNode }>;

const textIndex = (texts: Texts, text: ExplanationNode['label']): number => {
  const key = JSON.stringify(text);
  let at = texts.index.get(key);
  if (at === undefined) {
    at = texts.list.length;
    texts.list.push(text);
    texts.index.set(key, at);
  }
  return at;
};

const storedNode = (texts: Texts, node: ExplanationNode): StoredNode => {
  // Key order kept: the tree read back is the tree written, to the JSON text.
  const stored: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    stored[key] = key === 'label' || key === 'rule' ? textIndex(texts, value as ExplanationNode['label']) : key === 'children' ? node.children.map((child) => storedNode(texts, child)) : value;
  }
  return stored as StoredNode;
};

/**
 * A unit's explanation as its live-scores row keeps it (JSON text): each label and rule text said
 * once and pointed at by index. For 100 monthly indicators the same rule text stands on 1,200
 * leaves, and this is about two thirds of the tree's JSON; it is written as text, not jsonb, which
 * PostgreSQL would parse (the read takes the tree whole, nothing queries inside it).
 */
export const storedExplanation = (tree: ExplanationNode): string => {
  const texts: Texts = { list: [], index: new Map() };
  const stored: Stored = { tree: storedNode(texts, tree), texts: texts.list };
  return JSON.stringify({ texts: stored.texts, tree: stored.tree });
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
