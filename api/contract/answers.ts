// A questionnaire answer as stored and sent: yes/no with details, or the value of a choice, a date
// ('YYYY-MM-DD') or free text (core/clinic-documents.ts).
import { z } from 'zod';

export const yesNoAnswer = z.object({
  answer: z.boolean(),
  detail: z.string().max(1000, { error: 'Keep the details under 1000 characters.' }).default(''),
});
export const valueAnswer = z.object({ value: z.string().max(2000, { error: 'Keep the answer under 2000 characters.' }) });
export const answerSchema = z.union([yesNoAnswer, valueAnswer], { error: 'Answer the question.' });
export const answersSchema = z.record(z.string().min(1).max(60), answerSchema);
