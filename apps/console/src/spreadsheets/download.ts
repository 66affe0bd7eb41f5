import { ok } from '../api/client';

/** An answer of the typed client asked for as a blob (`parseAs: 'blob'`). */
type FileAnswer = Promise<{ data?: Blob; error?: unknown; response: Response }>;

/** The file name the API gives in Content-Disposition (RFC 6266: the UTF-8 `filename*` first). */
export const fileNameOf = (disposition: string | null, fallback: string): string => {
  if (disposition === null) return fallback;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (utf8 !== undefined) return decodeURIComponent(utf8);
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
};

/**
 * Saves a file the API answers (a template, an export): fetched through the typed client, so with
 * the bearer token, then handed to the browser as a download from an object URL. A refusal throws
 * the API's error (ApiFailure).
 */
export const saveFile = async (call: FileAnswer, fallbackName: string): Promise<string> => {
  const pending = call;
  const blob = await ok(pending);
  const { response } = await pending;
  const name = fileNameOf(response.headers.get('Content-Disposition'), fallbackName);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Let the browser start reading the blob before it is released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
};
