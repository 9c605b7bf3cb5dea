// The clinic documents' names and the question kinds, in the reader's language.
import type { DocumentKind, QuestionKind } from '../../../../core/clinic-documents';
import { t } from '../../i18n';

export const documentLabel = (kind: DocumentKind): string => t(`forms.kind.${kind}`);
export const questionKindLabel = (kind: QuestionKind): string => t(`forms.questionKind.${kind}`);
