/**
 * The content address of a piece of evidence (a photo): `sha256:<hex>` of its bytes, the reference
 * the finding's event carries.
 */
export const evidenceRef = async (file: Blob): Promise<string> => {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
};
