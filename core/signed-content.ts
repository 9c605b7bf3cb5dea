// The canonical content of a signed document: what its SHA-256 (printed in the PDF's footer, kept in
// the row and the audit trail) is computed over. A PDF cannot hold the hash of its own bytes, so the
// footer carries this one; the PDF file's own SHA-256 goes into the audit entry that records it.
import { canonicalJson, type Answers, type ConsentKind, type Question } from './clinic-documents';

export const SIGNED_CONTENT_FORMAT = 'stipple-signed-document/1';

export interface SignedContent {
  document: { kind: ConsentKind; version: number; title: string; body: string };
  /** Treatment consent: the questionnaire version and the answers given to it. */
  questionnaire: { version: number; title: string; questions: Question[] } | null;
  answers: Answers | null;
  clientId: number;
  signerName: string;
  method: 'screen' | 'paper';
  /** SHA-256 of the drawn signature's PNG bytes (on screen), or of the scan (on paper). */
  signatureSha256: string | null;
  scanSha256: string | null;
  practitioner: { id: number; name: string; role: 'countersigned' | 'witness'; signatureSha256: string | null };
  signedAt: string;
  timeZone: string;
}

/** The bytes hashed: canonical JSON (sorted keys), so the same content always gives the same hash. */
export function signedContentText(content: SignedContent): string {
  return canonicalJson({ format: SIGNED_CONTENT_FORMAT, ...content });
}
