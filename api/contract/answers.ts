// A questionnaire answer as stored and sent: yes/no with details, or the value of a choice, a date
// ('YYYY-MM-DD') or free text (core/clinic-documents.ts).
import { z } from 'zod';
import { msg, zodText } from './words';

export const yesNoAnswer = z.object({
  answer: z.boolean(),
  detail: z
    .string()
    .max(1000, { error: zodText(msg('checks.answers.detailTooLong')) })
    .default(''),
});
export const valueAnswer = z.object({ value: z.string().max(2000, { error: zodText(msg('checks.answers.answerTooLong')) }) });
export const answerSchema = z.union([yesNoAnswer, valueAnswer], { error: zodText(msg('checks.answers.answer')) });
export const answersSchema = z.record(z.string().min(1).max(60), answerSchema);
