// The clinic's own documents: the medical questionnaire and the consent texts. Each is versioned (a
// save makes a new version; whatever was answered or signed keeps the version it used). Pure rules
// shared by the API (checks before signing) and the renderer (the same checks beside each question).
import { formatDate } from './format-date';
import { translate } from './i18n/translate';
import { INTAKE_QUESTIONS } from './intake-questions';
import type { ContraindicationTier } from './vocabulary';

export const DOCUMENT_KINDS = ['questionnaire', 'treatment_consent', 'photo_consent', 'marketing_consent'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const CONSENT_KINDS = ['treatment_consent', 'photo_consent', 'marketing_consent'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const DOCUMENT_LABELS: Record<DocumentKind, string> = {
  questionnaire: 'Medical questionnaire',
  treatment_consent: 'Treatment consent (SMP)',
  photo_consent: 'Clinical photo consent',
  marketing_consent: 'Marketing use of photos',
};

/** A document's name inside a sentence: "the treatment consent (SMP)". */
export const documentInSentence = (kind: DocumentKind) => DOCUMENT_LABELS[kind].charAt(0).toLowerCase() + DOCUMENT_LABELS[kind].slice(1);

export const QUESTION_KINDS = ['yes_no', 'choice', 'date', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  yes_no: 'Yes or no, with details',
  choice: 'A choice',
  date: 'A date',
  text: 'Free text',
};

/** One question of the questionnaire. Fields that do not apply to its kind are null or empty. */
export interface Question {
  /** Stable within the questionnaire's versions: answers are stored under it. */
  key: string;
  kind: QuestionKind;
  text: string;
  required: boolean;
  /** yes_no: the contraindication a "yes" points to, or null. */
  tier: ContraindicationTier | null;
  /** yes_no, temporary tier: how many days to wait after a "yes"; null when not set. */
  waitDays: number | null;
  /** yes_no with a tier: a "yes" records the contraindication on the chart itself (it then blocks charting). */
  records: boolean;
  /** choice: the options, in order. */
  options: string[];
}

export type YesNoAnswer = { answer: boolean; detail: string };
export type ValueAnswer = { value: string };
export type Answer = YesNoAnswer | ValueAnswer;
export type Answers = Record<string, Answer>;

export const isYesNo = (a: Answer | undefined): a is YesNoAnswer => a !== undefined && 'answer' in a;
export const answeredYes = (a: Answer | undefined): boolean => isYesNo(a) && a.answer;

/** An answer as the printed documents show it: "Yes — detail", "No", a date in the locale, or a dash. */
export function answerText(q: Question, a: Answer | undefined, locale: string): string {
  if (!a) return '—';
  if (isYesNo(a)) return `${translate(locale, a.answer ? 'consent.q.yes' : 'consent.q.no')}${a.answer && a.detail ? ` — ${a.detail}` : ''}`;
  return q.kind === 'date' ? formatDate(a.value, locale) : a.value;
}

/** The questionnaire every clinic starts with: the 15 questions Stipple always asked, with their tiers as hints. */
export const DEFAULT_QUESTIONS: Question[] = INTAKE_QUESTIONS.map((q) => ({
  key: q.key,
  kind: 'yes_no',
  text: q.question,
  required: true,
  tier: q.tier,
  waitDays: null,
  records: false,
  options: [],
}));
export const DEFAULT_QUESTIONNAIRE_TITLE = 'Medical questionnaire';
export const DEFAULT_QUESTIONNAIRE_BODY = 'Please answer every question. Your answers stay in your chart at this clinic.';

/**
 * What is wrong with the answers to `questions`, keyed `answers.<key>` (where the form shows it).
 * A required question needs an answer of its kind; a choice must be one of the options.
 */
export function answerProblems(questions: readonly Question[], answers: Answers): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const q of questions) {
    const a = answers[q.key];
    const path = `answers.${q.key}`;
    if (q.kind === 'yes_no') {
      if (a !== undefined && !isYesNo(a)) problems[path] = 'Answer yes or no.';
      else if (!a && q.required) problems[path] = 'Answer yes or no.';
      continue;
    }
    const value = a && !isYesNo(a) ? a.value.trim() : '';
    if (a && isYesNo(a)) problems[path] = 'This question is not a yes or no.';
    else if (!value) {
      if (q.required)
        problems[path] = q.kind === 'choice' ? 'Choose one.' : q.kind === 'date' ? 'Enter the date.' : 'Answer this question.';
    } else if (q.kind === 'choice' && !q.options.includes(value)) problems[path] = 'Choose one of the options.';
    else if (q.kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) problems[path] = 'Enter the date as a day, month and year.';
  }
  return problems;
}

/** Problems with a questionnaire's questions, keyed `questions.<i>.<field>` (beside the field in the editor). */
export function questionProblems(questions: readonly Question[]): Record<string, string> {
  const problems: Record<string, string> = {};
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    if (seen.has(q.key)) problems[`questions.${i}.key`] = 'Each question needs its own key.';
    seen.add(q.key);
    if (q.kind === 'choice' && q.options.filter((o) => o.trim()).length < 2)
      problems[`questions.${i}.options`] = 'A choice needs at least two options.';
    if (q.kind === 'choice' && new Set(q.options).size !== q.options.length) problems[`questions.${i}.options`] = 'Each option once.';
    if (q.kind !== 'yes_no' && q.tier !== null)
      problems[`questions.${i}.tier`] = 'Only a yes or no question can point to a contraindication.';
    if (q.records && q.tier === null) problems[`questions.${i}.tier`] = 'Choose the contraindication a yes records.';
    if (q.records && q.tier === 'temporary' && q.waitDays === null)
      problems[`questions.${i}.waitDays`] = 'Say how many days to wait after a yes.';
  });
  return problems;
}

export interface RecordedContraindication {
  questionKey: string;
  condition: string;
  tier: ContraindicationTier;
  /** Temporary: the day it ends ('YYYY-MM-DD'); null otherwise. */
  until: string | null;
  note: string;
}

/**
 * The contraindications a save of answers records: every question that records one and is answered
 * yes now but was not before (answering yes again records nothing twice).
 */
export function contraindicationsFromAnswers(
  questions: readonly Question[],
  before: Answers,
  after: Answers,
  today: string,
  addDays: (date: string, days: number) => string,
): RecordedContraindication[] {
  return questions
    .filter((q) => q.kind === 'yes_no' && q.records && q.tier !== null && answeredYes(after[q.key]) && !answeredYes(before[q.key]))
    .map((q) => {
      const detail = (after[q.key] as YesNoAnswer).detail.trim();
      return {
        questionKey: q.key,
        condition: `${q.text.replace(/\?$/, '')}${detail ? ` — ${detail}` : ''}`.slice(0, 200),
        tier: q.tier!,
        until: q.tier === 'temporary' ? addDays(today, q.waitDays ?? 0) : null,
        note: 'Answered yes on the questionnaire.',
      };
    });
}

/** JSON with keys in sorted order at every level: the same content always gives the same bytes to hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export const RECONSENT_MODES = ['ask', 'require'] as const;
export type ReconsentMode = (typeof RECONSENT_MODES)[number];
