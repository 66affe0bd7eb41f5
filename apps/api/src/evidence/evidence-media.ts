/** What evidence may be: photos and scanned documents, checked by their first bytes, not only by the declared type. */
export const EVIDENCE_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

/** 10 MiB: a phone photo or a scanned notice. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

const startsWith = (content: Buffer, bytes: readonly number[], at = 0): boolean => bytes.every((byte, i) => content[at + i] === byte);

/** The media type the bytes are, by their signature (null: none of the accepted types). */
export const mediaTypeOf = (content: Buffer): EvidenceMediaType | null => {
  if (startsWith(content, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(content, [0x52, 0x49, 0x46, 0x46]) && startsWith(content, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (startsWith(content, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return null;
};
