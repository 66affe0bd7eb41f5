/**
 * BullMQ rejects custom job ids that contain ':' (unless split in exactly three parts, kept
 * for its old repeatable jobs) or that read as integers. Our ids are built like
 * `phase.close:cycle-2025:mid-year`, so they are encoded, reversibly: '%' and ':' are
 * percent-escaped, and an id that parses as an integer gets its first character escaped.
 */
export const encodeJobId = (jobId: string): string => {
  const escaped = jobId.replace(/[%:]/g, escapeChar);
  return `${Number.parseInt(escaped, 10)}` === escaped ? `${escapeChar(escaped.charAt(0))}${escaped.slice(1)}` : escaped;
};

export const decodeJobId = (encoded: string): string =>
  encoded.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

const escapeChar = (char: string): string => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
