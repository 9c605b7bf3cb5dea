// The questionnaire's answers as a form holds them (every question present, yes/no as text) and as
// the API takes them (only what was answered; details only with a yes).
import type { Answers, Question } from '../../../../../core/clinic-documents';
import { isYesNo } from '../../../../../core/clinic-documents';

export interface FormAnswer {
  answer: '' | 'yes' | 'no';
  detail: string;
  value: string;
}
export type FormAnswers = Record<string, FormAnswer>;

export function formAnswersFrom(questions: readonly Question[], answers: Answers | null | undefined): FormAnswers {
  const out: FormAnswers = {};
  for (const q of questions) {
    const a = answers?.[q.key];
    out[q.key] = isYesNo(a)
      ? { answer: a.answer ? 'yes' : 'no', detail: a.detail, value: '' }
      : { answer: '', detail: '', value: a?.value ?? '' };
  }
  return out;
}

export function answersFrom(questions: readonly Question[], values: FormAnswers): Answers {
  const out: Answers = {};
  for (const q of questions) {
    const v = values[q.key];
    if (!v) continue;
    if (q.kind === 'yes_no') {
      if (v.answer !== '') out[q.key] = { answer: v.answer === 'yes', detail: v.answer === 'yes' ? v.detail.trim() : '' };
    } else if (v.value.trim() !== '') out[q.key] = { value: v.value.trim() };
  }
  return out;
}
