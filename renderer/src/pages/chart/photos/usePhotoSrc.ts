// A photo as the page shows it: fetched through the API (the session check of every transport
// covers it) and shown from a data: URL, so the page never loads an image from anywhere else.
import { useApiQuery } from '../../../api/useApi';

export function usePhotoSrc(id: number | null, size: 'thumb' | 'full'): { src: string | undefined; error: string | null } {
  // A photo's bytes never change (it is named by its hash): fetched once per window.
  const q = useApiQuery('photos.image', { id: id ?? 0, size }, { enabled: id !== null, staleTime: Infinity, gcTime: 5 * 60_000 });
  return { src: q.data ? `data:${q.data.mime};base64,${q.data.base64}` : undefined, error: q.error ? q.error.message : null };
}

/** A File's bytes as base64, for photos.import. */
export async function fileToBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) text += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(text);
}
