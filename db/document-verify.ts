// verify's look at signed documents. Each file (a PDF, a paper consent's scan) must be beside the
// database in documents/, open with the key and hash to its name; each PDF must be the one whose
// SHA-256 the audit trail recorded; and each row's content must still hash to its content_sha256
// (the hash printed in the PDF). A file problem is said as a photo's is; a content or trail mismatch
// means the records were edited outside Stipple (`tampered`).
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import { DOCUMENT_LABELS, type Answers, type ConsentKind, type Question } from '../core/clinic-documents';
import { signedContentText } from '../core/signed-content';
import type { DatabaseKey } from './cipher';
import { documentKey, storedDocumentFiles } from './document-store';
import { openPhoto, photoFile, sha256 } from './photo-store';

export interface DocumentCheck {
  /** Signed documents checked. */
  checked: number;
  /** Files missing or altered beside the database. */
  problems: string[];
  /** Content or PDF that no longer matches what the audit trail recorded. */
  tampered: string[];
}

const label = (kind: string) => DOCUMENT_LABELS[kind as ConsentKind] ?? kind;

/** SHA-256 of the PNG inside a data: URL (what the canonical content names a signature by). */
export function pngDataUrlSha256(dataUrl: string | null): string | null {
  if (dataUrl === null) return null;
  return sha256(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
}

interface SignedRow {
  id: number;
  client_id: number;
  kind: ConsentKind;
  answers: string | null;
  method: 'screen' | 'paper';
  signer_name: string;
  signature_png: string | null;
  scan_sha256: string | null;
  practitioner_id: number;
  practitioner_name: string;
  practitioner_role: 'countersigned' | 'witness';
  practitioner_signature_png: string | null;
  signed_at: string;
  time_zone: string;
  content_sha256: string;
  d_version: number;
  d_title: string;
  d_body: string;
  q_version: number | null;
  q_title: string | null;
  q_questions: string | null;
}

/** The content hash a row's fields give now (core/signed-content.ts). */
export function contentHashOf(r: SignedRow): string {
  return sha256(
    Buffer.from(
      signedContentText({
        document: { kind: r.kind, version: r.d_version, title: r.d_title, body: r.d_body },
        questionnaire:
          r.q_version === null ? null : { version: r.q_version, title: r.q_title!, questions: JSON.parse(r.q_questions!) as Question[] },
        answers: r.answers === null ? null : (JSON.parse(r.answers) as Answers),
        clientId: r.client_id,
        signerName: r.signer_name,
        method: r.method,
        signatureSha256: pngDataUrlSha256(r.signature_png),
        scanSha256: r.scan_sha256,
        practitioner: {
          id: r.practitioner_id,
          name: r.practitioner_name,
          role: r.practitioner_role,
          signatureSha256: pngDataUrlSha256(r.practitioner_signature_png),
        },
        signedAt: r.signed_at,
        timeZone: r.time_zone,
      }),
      'utf8',
    ),
  );
}

export const SIGNED_ROWS_SQL = `
  SELECT s.*, d.version AS d_version, d.title AS d_title, d.body AS d_body,
         q.version AS q_version, q.title AS q_title, q.questions AS q_questions
  FROM signed_documents s
  JOIN clinic_documents d ON d.id = s.document_id
  LEFT JOIN clinic_documents q ON q.id = s.questionnaire_id`;

export function checkDocumentFiles(sqlite: Database.Database, folder: string, key: DatabaseKey): DocumentCheck {
  const check: DocumentCheck = { checked: 0, problems: [], tampered: [] };
  const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'signed_documents'").get();
  if (!hasTable) return check;
  const sealKey = documentKey(key);
  const opened = new Map<string, Buffer>();
  for (const f of storedDocumentFiles(sqlite)) {
    const file = photoFile(folder, f.hash);
    let sealed: Buffer | null;
    try {
      sealed = fs.readFileSync(file);
    } catch {
      sealed = null;
    }
    const plain = sealed === null ? null : openPhoto(sealed, sealKey, f.hash);
    if (plain) {
      opened.set(f.hash, plain);
      continue;
    }
    const what = `The ${f.kind === 'pdf' ? 'signed PDF' : 'paper scan'} of signed document ${f.documentId} (${label(f.documentKind)}) of client ${f.clientId}`;
    check.problems.push(
      sealed === null
        ? `${what} is missing: ${file} does not exist.`
        : `${what} was altered: its bytes no longer match the SHA-256 ${f.hash.slice(0, 12)}… the audit trail recorded.`,
    );
  }
  const pdfEntry = sqlite.prepare(
    "SELECT after FROM audit_log WHERE entity = 'signed_document' AND entity_id = ? AND action = 'pdf' ORDER BY id DESC LIMIT 1",
  );
  for (const row of sqlite.prepare(`${SIGNED_ROWS_SQL} ORDER BY s.id`).iterate() as Iterable<SignedRow & { pdf_sha256: string | null }>) {
    check.checked++;
    const what = `Signed document ${row.id} (${label(row.kind)}) of client ${row.client_id}`;
    if (contentHashOf(row) !== row.content_sha256)
      check.tampered.push(
        `${what} no longer matches the SHA-256 printed on it: its text, answers or signature were changed outside Stipple.`,
      );
    if (row.pdf_sha256 === null) continue;
    const entry = pdfEntry.get(String(row.id)) as { after: string | null } | undefined;
    const recorded = entry?.after ? (JSON.parse(entry.after) as { pdfSha256?: string }).pdfSha256 : undefined;
    const bytes = opened.get(row.pdf_sha256);
    if (recorded !== row.pdf_sha256 || (bytes && sha256(bytes) !== recorded))
      check.tampered.push(`${what}: its PDF is not the one the audit trail recorded (SHA-256 ${String(recorded).slice(0, 12)}…).`);
  }
  return check;
}
