// Signing a consent document. Everything that can refuse is checked first (the version is current,
// the required answers are there, the pad holds a signature, a scan is a picture); then the signed
// row, its audit entry and what the signature agrees to (the intake's answers and consent, the
// chart's photo consent) are written in one transaction.
import { eq } from 'drizzle-orm';
import { type Answers, type ConsentKind } from '../../core/clinic-documents';
import { signedContentText, type SignedContent } from '../../core/signed-content';
import { pngDataUrlSha256 } from '../../db/document-verify';
import { PhotoImageError, processPhoto } from '../../db/photo-image';
import { sha256, storePhoto } from '../../db/photo-store';
import { intakes, signedDocuments, staff } from '../../db/schema';
import { isSigned, pngBytesOf, signatureInk } from '../../db/signature-image';
import { writeAudit } from '../audit';
import type { HandlerContext } from '../context';
import type { DocumentRecord } from '../contract/documents';
import { fail } from '../result';
import { getClient } from './clients';
import { documentPlace, signedRow, toSummary } from './consent';
import { currentDocument, documentById } from './documents';
import { checkAnswers, getIntake, questionnaireFor, recordAnswerContraindications } from './intake';
import { consentOf, photoHandlers } from './photos';
import type { HandlerMap } from './types';
import { msg, type Text } from '../contract/words';

const isConsent = (kind: string): kind is ConsentKind => kind !== 'questionnaire';

/** The zone the clinic's clock is in: this computer's (the hub's, for a workstation). */
const clinicTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

async function checkSignature(dataUrl: string, field: string, who: Text): Promise<void> {
  const ink = await signatureInk(pngBytesOf(dataUrl));
  if (!ink) throw fail.field(field, msg('refusals.consentSign.notWhole'));
  if (!isSigned(ink)) throw fail.field(field, who);
}

/** Saves the answers signed with the treatment consent as the intake, with its consent, as intake.save would. */
function saveSignedIntake(
  ctx: HandlerContext,
  clientId: number,
  questionnaire: DocumentRecord,
  answers: Answers,
  signedAt: string,
  witness: number,
): void {
  const before = getIntake(ctx, clientId);
  const values = {
    answers,
    questionnaireId: questionnaire.id,
    completedAt: before?.completedAt ?? signedAt,
    completedBy: before?.completedBy ?? ctx.actorId,
    consentGivenAt: before?.consentGivenAt ?? signedAt,
    consentWitnessedBy: before?.consentWitnessedBy ?? witness,
  };
  if (before)
    ctx.db
      .update(intakes)
      .set({ ...values, updatedAt: signedAt, version: before.version + 1 })
      .where(eq(intakes.id, before.id))
      .run();
  else
    ctx.db
      .insert(intakes)
      .values({ clientId, ...values })
      .run();
  const after = getIntake(ctx, clientId)!;
  writeAudit(ctx, {
    entity: 'intake',
    entityId: after.id,
    action: before ? 'update' : 'create',
    before,
    after,
    reason: 'Answered when signing the treatment consent',
  });
  if (!before?.consentGivenAt)
    writeAudit(ctx, {
      entity: 'intake',
      entityId: after.id,
      action: 'consent',
      after: { consentGivenAt: after.consentGivenAt, consentWitnessedBy: after.consentWitnessedBy },
    });
  recordAnswerContraindications(ctx, clientId, questionnaire, before?.answers ?? {}, answers);
}

export const consentSignHandlers: HandlerMap<'consent.sign'> = {
  async 'consent.sign'(ctx, input) {
    const client = getClient(ctx, input.clientId);
    const document = documentById(ctx, input.documentId);
    if (!document || !isConsent(document.kind)) throw fail.field('documentId', msg('refusals.consentSign.noDocument'));
    const kind = document.kind;
    if (currentDocument(ctx, kind).id !== document.id) throw fail.field('documentId', msg('refusals.consentSign.changed', { kind }));
    const practitioner = ctx.db.select().from(staff).where(eq(staff.id, input.practitionerId)).get();
    if (!practitioner?.active || practitioner.role === 'reception')
      throw fail.field('practitionerId', msg('refusals.consentSign.choosePractitioner'));
    if (kind === 'marketing_consent' && consentOf(ctx, client.id).clinicalAt === null)
      throw fail.rule(msg('refusals.consentSign.clinicalFirst'));

    let questionnaire: DocumentRecord | null = null;
    let answers: Answers | null = null;
    if (kind === 'treatment_consent') {
      questionnaire = questionnaireFor(ctx, input.questionnaireId);
      answers = input.answers ?? {};
      checkAnswers(questionnaire, answers, true); // every required answer, each beside its question
    }
    if (input.method === 'screen') await checkSignature(input.signature!, 'signature', msg('refusals.consentSign.clientNotSigned'));
    if (input.practitionerRole === 'countersigned')
      await checkSignature(input.practitionerSignature!, 'practitionerSignature', msg('refusals.consentSign.practitionerNotSigned'));

    let scanSha256: string | null = null;
    if (input.method === 'paper') {
      try {
        const scan = await processPhoto(Buffer.from(input.scan!.data, 'base64'), input.scan!.name);
        const { folder, key } = documentPlace(ctx);
        scanSha256 = storePhoto(folder, scan.full, key); // named by content: a refused signing leaves at most an orphan
      } catch (error) {
        if (error instanceof PhotoImageError) throw fail.field('scan', error.says);
        throw error;
      }
    }

    const signedAt = ctx.now().toISOString();
    const timeZone = clinicTimeZone();
    const signature = input.method === 'screen' ? input.signature : null;
    const practitionerSignature = input.practitionerRole === 'countersigned' ? input.practitionerSignature : null;
    const content: SignedContent = {
      document: { kind, version: document.version, title: document.title, body: document.body },
      questionnaire: questionnaire
        ? { version: questionnaire.version, title: questionnaire.title, questions: questionnaire.questions }
        : null,
      answers,
      clientId: client.id,
      signerName: input.signerName,
      method: input.method,
      signatureSha256: pngDataUrlSha256(signature),
      scanSha256,
      practitioner: {
        id: practitioner.id,
        name: practitioner.name,
        role: input.practitionerRole,
        signatureSha256: pngDataUrlSha256(practitionerSignature),
      },
      signedAt,
      timeZone,
    };
    const contentSha256 = sha256(Buffer.from(signedContentText(content), 'utf8'));

    const id = ctx.sqlite
      .transaction(() => {
        const row = ctx.db
          .insert(signedDocuments)
          .values({
            clientId: client.id,
            documentId: document.id,
            kind,
            questionnaireId: questionnaire?.id ?? null,
            answers,
            method: input.method,
            signerName: input.signerName,
            signaturePng: signature,
            scanSha256,
            practitionerId: practitioner.id,
            practitionerName: practitioner.name,
            practitionerRole: input.practitionerRole,
            practitionerSignaturePng: practitionerSignature,
            signedAt,
            timeZone,
            contentSha256,
          })
          .returning({ id: signedDocuments.id })
          .get();
        const { signaturePng: _s, practitionerSignaturePng: _p, createdAt: _c, ...image } = signedRow(ctx, row.id);
        writeAudit(ctx, {
          entity: 'signed_document',
          entityId: row.id,
          action: 'sign',
          after: { ...image, signatureSha256: content.signatureSha256 },
        });
        if (kind === 'treatment_consent') saveSignedIntake(ctx, client.id, questionnaire!, answers!, signedAt, practitioner.id);
        if (kind === 'photo_consent' || kind === 'marketing_consent') {
          const consent = consentOf(ctx, client.id);
          photoHandlers['photos.setConsent'](ctx, {
            clientId: client.id,
            clinical: true,
            marketing: kind === 'marketing_consent' || consent.marketing,
          });
        }
        return row.id;
      })
      .immediate();
    return toSummary(ctx, signedRow(ctx, id));
  },
};
