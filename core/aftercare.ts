// Aftercare: timed rules (day 0 = the session day) turned into the client's real dates, the choice
// of template for a session, and the checks that catch rules which overlap or contradict each other.
import { addDays, type IsoDate } from './dates';
import { formatDate } from './format-date';
import { translate, type MessageId } from './i18n/translate';
import type { AftercareSessionKind, PlanKind } from './vocabulary';

export const AFTERCARE_SESSION_KIND_LABELS: Record<AftercareSessionKind, string> = {
  any: 'Any session',
  first: 'First session',
  later: 'Second and later sessions',
  touch_up: 'Touch-up',
};
/** The kind's label in a locale's language (the English ones are AFTERCARE_SESSION_KIND_LABELS). */
export const aftercareSessionKindLabel = (locale: string, kind: AftercareSessionKind): string =>
  translate(locale, `aftercare.sessionKind.${kind}`);

/** Longest a timed rule may run, in days after the session. */
export const AFTERCARE_MAX_DAY = 365;

export interface AftercareRule {
  fromDay: number;
  /** Null: from `fromDay` on, with no end. */
  toDay: number | null;
  instruction: string;
}

export interface DatedRule extends AftercareRule {
  from: IsoDate;
  to: IsoDate | null;
}

/** The rules in day order with real dates, for a session on `sessionDate`. */
export function datedTimeline(sessionDate: IsoDate, rules: readonly AftercareRule[]): DatedRule[] {
  // Array sort is stable: rules with the same days stay in the order they were written.
  return [...rules]
    .sort((a, b) => a.fromDay - b.fromDay || endOf(a) - endOf(b))
    .map((r) => ({
      ...r,
      from: addDays(sessionDate, r.fromDay),
      to: r.toDay === null ? null : addDays(sessionDate, r.toDay),
    }));
}

const endOf = (r: AftercareRule) => r.toDay ?? Number.POSITIVE_INFINITY;

/** Which kind of template fits a session: touch-ups, first sessions, everything after. */
export function sessionAftercareKind(session: { kind: PlanKind; number: number }): Exclude<AftercareSessionKind, 'any'> {
  if (session.kind === 'touch_up') return 'touch_up';
  return session.number <= 1 ? 'first' : 'later';
}

/**
 * The template to use for a session: the newest one made for its kind, else the newest for any
 * session. `templates` holds the latest version of each template.
 */
export function pickTemplate<T extends { sessionKind: AftercareSessionKind; createdAt: string }>(
  templates: readonly T[],
  session: { kind: PlanKind; number: number },
): T | undefined {
  const kind = sessionAftercareKind(session);
  const newest = (list: T[]) => [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  return newest(templates.filter((t) => t.sessionKind === kind)) ?? newest(templates.filter((t) => t.sessionKind === 'any'));
}

// ---- Formatting dates for the sheet, in the clinic's locale ----

/** "Mon 23 Nov", with the year when the date is not in `yearOf`'s year. */
export function formatSheetDate(date: IsoDate, locale: string, yearOf: IsoDate = date): string {
  return formatDate(date, locale, { weekday: true, withoutYear: date.slice(0, 4) === yearOf.slice(0, 4) });
}

/** "Mon 23 Nov – Fri 27 Nov", "Sat 28 Nov", or "From Mon 30 Nov"; years shown when a range leaves the session's year. */
export function formatRuleDates(rule: Pick<DatedRule, 'from' | 'to'>, locale: string, sessionDate: IsoDate): string {
  const crossesYear = rule.to !== null && rule.to.slice(0, 4) !== rule.from.slice(0, 4);
  const yearRef = crossesYear ? '0000-01-01' : sessionDate; // a range across New Year shows both years
  const from = formatSheetDate(rule.from, locale, yearRef);
  if (rule.to === null) return translate(locale, 'aftercare.sheet.fromDate', { date: from });
  if (rule.to === rule.from) return from;
  return `${from} – ${formatSheetDate(rule.to, locale, yearRef)}`;
}

// ---- Overlap and contradiction checks ----

/**
 * What a rule says about each topic. Washing has degrees: keeping the scalp dry and "no soap or
 * shampoo" agree, as do water-only and "no soap"; anything restrictive contradicts "as normal".
 */
type WashState = 'dry' | 'water_only' | 'no_products' | 'normal';
type Polarity = 'avoid' | 'allowed';
export interface RuleTopics {
  wash?: WashState;
  haircut?: Polarity;
  sweat?: Polarity;
  swim?: Polarity;
  sun?: Polarity;
  touch?: Polarity;
}
type Topic = keyof RuleTopics;

const TOPIC_WORDS: Record<Exclude<Topic, 'wash'>, RegExp> = {
  haircut: /\b(hair ?cuts?|cut(ting)? (your |the )?hair|shav(e|ing)|clippers?|barber)\b/,
  sweat: /\b(sweat(ing|y)?|exercis(e|ing)|gym|sports?|work ?outs?|running|sauna|steam)\b/,
  swim: /\b(swim(ming)?|pools?|hot ?tubs?|sea water|jacuzzi)\b/,
  sun: /\b(sun(light|bathing|beds?|shine)?|tanning|uv)\b/,
  touch: /\b(touch(ing)?|scratch(ing)?|pick(ing)?|rub(bing)?)\b/,
};
const WASH_WORDS = /\b(wash(ing)?|wet|dry|shampoo|soap|shower(ing)?|rins(e|ing)|water)\b/;
const NEGATIVE =
  /\b(no|not|don'?t|do not|can'?t|cannot|must not|mustn'?t|avoid|never|stay out|keep (it |your scalp |the scalp )?(completely )?dry|without)\b/;
const POSITIVE = /\b(as (normal|usual)|normally|again|fine|can|may|resume|ok(ay)?|allowed)\b/;

/** Reads an instruction (English) for what it says about each topic. Unknown wording says nothing. */
export function classifyInstruction(instruction: string): RuleTopics {
  const text = instruction.toLowerCase().replace(/[’‘]/g, "'");
  const negative = NEGATIVE.test(text);
  const positive = POSITIVE.test(text);
  const polarity: Polarity | undefined = negative ? 'avoid' : positive ? 'allowed' : undefined;
  const topics: RuleTopics = {};
  if (polarity) {
    for (const [topic, words] of Object.entries(TOPIC_WORDS) as [Exclude<Topic, 'wash'>, RegExp][]) {
      if (words.test(text)) topics[topic] = polarity;
    }
  }
  if (WASH_WORDS.test(text)) {
    if (/\b(water only|only (with )?water|just water|rinse (it )?(gently )?with (clean |lukewarm |warm )?water)\b/.test(text))
      topics.wash = 'water_only';
    else if (
      /\b(completely dry|keep (it |your scalp |the scalp )?dry|don'?t (get (it |your scalp |the scalp )?)?wet|do not (get (it |your scalp |the scalp )?)?wet|no wash(ing)?|don'?t wash|do not wash|no water)\b/.test(
        text,
      )
    )
      topics.wash = 'dry';
    else if (/\b(no|without|avoid|don'?t use|do not use) (soap|shampoo)/.test(text)) topics.wash = 'no_products';
    else if (
      /\b(wash(ing)? (your |the )?(scalp |hair )?(as (normal|usual)|normally)|normal washing|shampoo as (normal|usual)|wash as (normal|usual))\b/.test(
        text,
      ) ||
      (positive && !negative)
    )
      topics.wash = 'normal';
    // a rule that only mentions drying off ("pat dry") says nothing definite about washing
  }
  return topics;
}

function washAgrees(a: WashState, b: WashState): boolean {
  if (a === b) return true;
  const pair = new Set([a, b]);
  return pair.has('no_products') && !pair.has('normal');
}

export interface RuleProblem {
  /** Index of the rule flagged (the later of the two in the list). */
  index: number;
  field: 'fromDay' | 'toDay' | 'instruction';
  kind: 'order' | 'overlap' | 'contradiction';
  /** In English; `says` is the same by message id, read in the reader's language by the contract. */
  message: string;
  says: { id: MessageId; values: Record<string, string | number> };
}

/** A problem found in the rules: its words by id, and in English. */
function problem(
  index: number,
  field: RuleProblem['field'],
  kind: RuleProblem['kind'],
  id: MessageId,
  values: Record<string, string | number> = {},
): RuleProblem {
  return { index, field, kind, message: translate('en-GB', id, values), says: { id, values } };
}

function overlapDays(a: AftercareRule, b: AftercareRule): [number, number | null] | null {
  const start = Math.max(a.fromDay, b.fromDay);
  const endA = endOf(a);
  const endB = endOf(b);
  const end = Math.min(endA, endB);
  if (start > end) return null;
  return [start, end === Number.POSITIVE_INFINITY ? null : end];
}

/** The days two rules share, as the problem messages' `span`, `start` and `end`. */
function dayValues([start, end]: [number, number | null]): Record<string, string> {
  const span = end === null ? 'from' : start === end ? 'one' : 'range';
  return { span, start: String(start), end: end === null ? '' : String(end) };
}

const quote = (s: string) => `“${s.length > 48 ? `${s.slice(0, 47).trimEnd()}…` : s}”`;

/**
 * Rules that end before they start, repeat each other on the same days, or contradict each other
 * (the same day both "keep dry" and "wash as normal"). Each problem names the rule to change.
 */
export function findRuleProblems(rules: readonly AftercareRule[]): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const flagged = new Set<number>();
  rules.forEach((r, i) => {
    if (r.toDay !== null && r.toDay < r.fromDay) {
      problems.push(problem(i, 'toDay', 'order', 'aftercare.problem.order'));
      flagged.add(i);
    }
  });
  const topics = rules.map((r) => classifyInstruction(r.instruction));
  for (let i = 0; i < rules.length; i++) {
    if (flagged.has(i)) continue;
    const ri = rules[i]!;
    for (let j = 0; j < i; j++) {
      if (flagged.has(j)) continue;
      const rj = rules[j]!;
      const days = overlapDays(ri, rj);
      if (!days) continue;
      // The field that moves the rule off the other one: its start if it starts inside, else its end.
      const field = ri.fromDay >= rj.fromDay ? 'fromDay' : 'toDay';
      const clash = (Object.keys(topics[i]!) as Topic[]).find((t) => {
        const a = topics[i]![t];
        const b = topics[j]![t];
        if (a === undefined || b === undefined) return false;
        return t === 'wash' ? !washAgrees(a as WashState, b as WashState) : a !== b;
      });
      if (clash) {
        problems.push(
          problem(i, field, 'contradiction', 'aftercare.problem.contradiction', {
            rule: String(j + 1),
            quote: quote(rj.instruction),
            topic: clash,
            ...dayValues(days),
          }),
        );
        flagged.add(i);
        break;
      }
      const same = ri.instruction.trim().toLowerCase() === rj.instruction.trim().toLowerCase();
      const repeated = (Object.keys(topics[i]!) as Topic[]).find((t) => topics[i]![t] !== undefined && topics[i]![t] === topics[j]![t]);
      if (same || repeated) {
        const values = { rule: String(j + 1), quote: quote(rj.instruction), ...dayValues(days) };
        problems.push(
          repeated && !same
            ? problem(i, field, 'overlap', 'aftercare.problem.overlapCovers', { ...values, topic: repeated })
            : problem(i, field, 'overlap', 'aftercare.problem.overlap', values),
        );
        flagged.add(i);
        break;
      }
    }
  }
  return problems.sort((a, b) => a.index - b.index);
}
