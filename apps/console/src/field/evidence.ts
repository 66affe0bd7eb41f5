import { api, ok } from '../api/client';

/**
 * Uploads a piece of evidence (a photo, a scan) to the API, which stores it by its SHA-256; answers
 * the reference (`sha256:<hex>`) the finding's event carries.
 */
export const uploadEvidence = async (file: File): Promise<string> => {
  const stored = await ok(
    api.POST('/evidence', {
      // The API takes the file's bytes as the raw body, typed by its Content-Type.
      body: '',
      bodySerializer: () => file,
      headers: { 'Content-Type': file.type },
    }),
  );
  return stored.reference;
};
