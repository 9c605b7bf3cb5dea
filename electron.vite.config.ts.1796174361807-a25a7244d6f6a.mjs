import "node:module";
import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "electron-vite";
import { z } from "zod";
// core/aftercare.ts
const endOf = (r) => r.toDay ?? Number.POSITIVE_INFINITY;
const TOPIC_LABELS = {
	wash: "washing",
	haircut: "haircuts",
	sweat: "sweating and exercise",
	swim: "swimming",
	sun: "sun",
	touch: "touching the scalp"
};
const TOPIC_WORDS = {
	haircut: /\b(hair ?cuts?|cut(ting)? (your |the )?hair|shav(e|ing)|clippers?|barber)\b/,
	sweat: /\b(sweat(ing|y)?|exercis(e|ing)|gym|sports?|work ?outs?|running|sauna|steam)\b/,
	swim: /\b(swim(ming)?|pools?|hot ?tubs?|sea water|jacuzzi)\b/,
	sun: /\b(sun(light|bathing|beds?|shine)?|tanning|uv)\b/,
	touch: /\b(touch(ing)?|scratch(ing)?|pick(ing)?|rub(bing)?)\b/
};
const WASH_WORDS = /\b(wash(ing)?|wet|dry|shampoo|soap|shower(ing)?|rins(e|ing)|water)\b/;
const NEGATIVE = /\b(no|not|don'?t|do not|can'?t|cannot|must not|mustn'?t|avoid|never|stay out|keep (it |your scalp |the scalp )?(completely )?dry|without)\b/;
const POSITIVE = /\b(as (normal|usual)|normally|again|fine|can|may|resume|ok(ay)?|allowed)\b/;
/** Reads an instruction (English) for what it says about each topic. Unknown wording says nothing. */
function classifyInstruction(instruction) {
	const text = instruction.toLowerCase().replace(/[’‘]/g, "'");
	const negative = NEGATIVE.test(text);
	const positive = POSITIVE.test(text);
	const polarity = negative ? "avoid" : positive ? "allowed" : void 0;
	const topics = {};
	if (polarity) {
		for (const [topic, words] of Object.entries(TOPIC_WORDS)) if (words.test(text)) topics[topic] = polarity;
	}
	if (WASH_WORDS.test(text)) {
		if (/\b(water only|only (with )?water|just water|rinse (it )?(gently )?with (clean |lukewarm |warm )?water)\b/.test(text)) topics.wash = "water_only";
		else if (/\b(completely dry|keep (it |your scalp |the scalp )?dry|don'?t (get (it |your scalp |the scalp )?)?wet|do not (get (it |your scalp |the scalp )?)?wet|no wash(ing)?|don'?t wash|do not wash|no water)\b/.test(text)) topics.wash = "dry";
		else if (/\b(no|without|avoid|don'?t use|do not use) (soap|shampoo)/.test(text)) topics.wash = "no_products";
		else if (/\b(wash(ing)? (your |the )?(scalp |hair )?(as (normal|usual)|normally)|normal washing|shampoo as (normal|usual)|wash as (normal|usual))\b/.test(text) || positive && !negative) topics.wash = "normal";
	}
	return topics;
}
function washAgrees(a, b) {
	if (a === b) return true;
	const pair = /* @__PURE__ */ new Set([a, b]);
	return pair.has("no_products") && !pair.has("normal");
}
function overlapDays(a, b) {
	const start = Math.max(a.fromDay, b.fromDay);
	const endA = endOf(a);
	const endB = endOf(b);
	const end = Math.min(endA, endB);
	if (start > end) return null;
	return [start, end === Number.POSITIVE_INFINITY ? null : end];
}
function dayText([start, end]) {
	if (end === null) return `from day ${start}`;
	return start === end ? `day ${start}` : `days ${start}–${end}`;
}
const quote = (s) => `“${s.length > 48 ? `${s.slice(0, 47).trimEnd()}…` : s}”`;
/**
* Rules that end before they start, repeat each other on the same days, or contradict each other
* (the same day both "keep dry" and "wash as normal"). Each problem names the rule to change.
*/
function findRuleProblems(rules) {
	const problems = [];
	const flagged = /* @__PURE__ */ new Set();
	rules.forEach((r, i) => {
		if (r.toDay !== null && r.toDay < r.fromDay) {
			problems.push({
				index: i,
				field: "toDay",
				kind: "order",
				message: "The last day must not be before the first day."
			});
			flagged.add(i);
		}
	});
	const topics = rules.map((r) => classifyInstruction(r.instruction));
	for (let i = 0; i < rules.length; i++) {
		if (flagged.has(i)) continue;
		const ri = rules[i];
		for (let j = 0; j < i; j++) {
			if (flagged.has(j)) continue;
			const rj = rules[j];
			const days = overlapDays(ri, rj);
			if (!days) continue;
			const field = ri.fromDay >= rj.fromDay ? "fromDay" : "toDay";
			const clash = Object.keys(topics[i]).find((t) => {
				const a = topics[i][t];
				const b = topics[j][t];
				if (a === void 0 || b === void 0) return false;
				return t === "wash" ? !washAgrees(a, b) : a !== b;
			});
			if (clash) {
				problems.push({
					index: i,
					field,
					kind: "contradiction",
					message: `This contradicts rule ${j + 1} (${quote(rj.instruction)}) about ${TOPIC_LABELS[clash]} on ${dayText(days)}. Change the days so they don’t meet.`
				});
				flagged.add(i);
				break;
			}
			const same = ri.instruction.trim().toLowerCase() === rj.instruction.trim().toLowerCase();
			const repeated = Object.keys(topics[i]).find((t) => topics[i][t] !== void 0 && topics[i][t] === topics[j][t]);
			if (same || repeated) {
				problems.push({
					index: i,
					field,
					kind: "overlap",
					message: `This overlaps rule ${j + 1} (${quote(rj.instruction)}) on ${dayText(days)}${repeated && !same ? `, which already covers ${TOPIC_LABELS[repeated]}` : ""}. Merge them or change the days.`
				});
				flagged.add(i);
				break;
			}
		}
	}
	return problems.sort((a, b) => a.index - b.index);
}
// core/vocabulary.ts
const ZONES = [
	"frontal_hairline",
	"left_temple",
	"right_temple",
	"mid_scalp",
	"crown",
	"sides_back",
	"scar"
];
const RETENTION_RATINGS = [
	"held_well",
	"slight_fading",
	"heavy_fading",
	"patchy",
	"too_dark"
];
const HAIR_LOSS_SCALES = ["norwood", "ludwig"];
/** Norwood stages 1–7 with the common "A" and vertex variants; Ludwig I–III. */
const NORWOOD_STAGES = [
	"1",
	"2",
	"2A",
	"3",
	"3A",
	"3V",
	"4",
	"4A",
	"5",
	"5A",
	"6",
	"7"
];
const LUDWIG_STAGES = [
	"I",
	"II",
	"III"
];
const FITZPATRICK_TYPES = [
	1,
	2,
	3,
	4,
	5,
	6
];
const CASE_TYPES = [
	"hair_loss",
	"scar_fut",
	"scar_fue",
	"diffuse_thinning",
	"alopecia",
	"other"
];
const STAFF_ROLES = [
	"owner",
	"practitioner",
	"reception"
];
const CONTRAINDICATION_TIERS = [
	"absolute",
	"temporary",
	"doctor_letter"
];
const PLAN_KINDS = ["course", "touch_up"];
const PLAN_STATUSES = [
	"quoted",
	"active",
	"completed",
	"cancelled"
];
const SESSION_STATUSES = [
	"booked",
	"performed",
	"cancelled",
	"no_show"
];
const SHADE_CHANGE_REASONS = [
	"faded",
	"client_darker",
	"client_lighter",
	"skin_response",
	"other"
];
const HAIRLINE_REQUEST_KINDS = [
	"lower_hairline",
	"raise_hairline",
	"darker",
	"lighter",
	"softer_temples",
	"reshape",
	"other"
];
const HAIRLINE_REQUEST_STATUSES = [
	"open",
	"agreed",
	"declined",
	"done"
];
const DEPOSIT_STATUSES = [
	"required",
	"paid",
	"applied",
	"refunded",
	"forfeited",
	"waived"
];
const PAYMENT_METHODS = [
	"cash",
	"card",
	"bank_transfer",
	"other"
];
const AFTERCARE_SESSION_KINDS = [
	"any",
	"first",
	"later",
	"touch_up"
];
/** Where a plan's next session stands on reception's board. */
const BOARD_STATES = [
	"deposit_outstanding",
	"paid_not_booked",
	"not_booked",
	"booked",
	"applied",
	"performed",
	"recall_due"
];
// api/contract/common.ts
const id = z.number().int().positive();
const version = z.number().int().positive();
const requiredText = (label, max = 200) => z.string({ error: `Enter ${label}.` }).trim().min(1, { error: `Enter ${label}.` }).max(max, { error: `Keep ${label} under ${max} characters.` });
const optionalText = (label, max = 200) => z.string().trim().max(max, { error: `Keep ${label} under ${max} characters.` }).transform((s) => s === "" ? null : s).nullable().optional();
const notes = (label = "the notes", max = 1e4) => z.string().max(max, { error: `Keep ${label} under ${max} characters.` }).default("");
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A calendar date 'YYYY-MM-DD' that exists (rejects 2026-02-30). */
const isoDate = (label) => z.string({ error: `Enter ${label}.` }).regex(ISO_DATE, { error: `Enter ${label} as a date.` }).refine((s) => {
	const d = /* @__PURE__ */ new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}, { error: `${label[0].toUpperCase()}${label.slice(1)} is not a real date.` });
/** An instant with its offset, e.g. 2026-11-23T10:00:00.000Z. */
const instant = (label) => z.iso.datetime({
	offset: true,
	error: `Enter ${label} as a date and time.`
});
const currency = z.string().regex(/^[A-Z]{3}$/, { error: "Use a three-letter currency code such as GBP or EUR." });
const minorAmount = (label) => z.number({ error: `Enter ${label}.` }).int({ error: `Enter ${label} in whole minor units.` }).nonnegative({ error: `${label[0].toUpperCase()}${label.slice(1)} cannot be negative.` }).max(1e8, { error: `${label[0].toUpperCase()}${label.slice(1)} is too large.` });
const email = z.string().trim().max(200).refine((s) => s === "" || z.email().safeParse(s).success, { error: "Enter an email address like name@example.com." }).transform((s) => s === "" ? null : s).nullable().optional();
const phone = z.string().trim().max(40, { error: "Keep the phone number under 40 characters." }).refine((s) => s === "" || /^[+()\d\s.-]{5,}$/.test(s), { error: "Enter a phone number using digits, spaces and + ( ) - only." }).transform((s) => s === "" ? null : s).nullable().optional();
const ok = z.object({ ok: z.literal(true) });
// api/contract/chart.ts
const nullableText$1 = z.string().nullable();
const nullableId = id.nullable();
const staffRecord = z.object({
	id,
	name: z.string(),
	role: z.enum(STAFF_ROLES),
	active: z.boolean(),
	hasPin: z.boolean(),
	version
});
const intakeRecord = z.object({
	id,
	clientId: id,
	answers: z.record(z.string(), z.object({
		answer: z.boolean(),
		detail: z.string()
	})),
	completedAt: nullableText$1,
	completedBy: nullableId,
	consentGivenAt: nullableText$1,
	consentWitnessedBy: nullableId,
	updatedAt: z.string(),
	version
});
const contraindicationRecord = z.object({
	id,
	clientId: id,
	condition: z.string(),
	tier: z.enum(CONTRAINDICATION_TIERS),
	until: nullableText$1,
	doctorLetterReceivedAt: nullableText$1,
	note: z.string(),
	resolvedAt: nullableText$1,
	createdAt: z.string(),
	version
});
const planRecord = z.object({
	id,
	clientId: id,
	kind: z.enum(PLAN_KINDS),
	quotedSessions: z.number().int(),
	priceMinor: z.number().int(),
	currency: z.string(),
	status: z.enum(PLAN_STATUSES),
	recallOn: nullableText$1,
	notes: z.string(),
	createdAt: z.string(),
	version
});
const retentionRecord = z.object({
	id,
	sessionId: id,
	zone: z.string(),
	rating: z.enum(RETENTION_RATINGS),
	note: z.string()
});
const shadeChangeRecord = z.object({
	id,
	sessionId: id,
	fromShade: nullableText$1,
	toShade: nullableText$1,
	fromDilution: nullableText$1,
	toDilution: nullableText$1,
	reason: z.enum(SHADE_CHANGE_REASONS),
	note: z.string(),
	createdAt: z.string()
});
const sessionRecord = z.object({
	id,
	clientId: id,
	planId: nullableId,
	kind: z.enum(PLAN_KINDS),
	number: z.number().int(),
	status: z.enum(SESSION_STATUSES),
	bookedFor: nullableText$1,
	performedAt: nullableText$1,
	practitionerId: nullableId,
	prepDone: z.boolean(),
	prepNotes: z.string(),
	assessmentNotes: z.string(),
	pigmentBrand: nullableText$1,
	pigmentShade: nullableText$1,
	dilution: nullableText$1,
	pigmentBatch: nullableText$1,
	pigmentExpiry: nullableText$1,
	needle: nullableText$1,
	zones: z.array(z.string()),
	densityNotes: z.string(),
	blendingNotes: z.string(),
	notes: z.string(),
	outsideWindowReason: nullableText$1,
	depositOverrideReason: nullableText$1,
	contraindicationOverrideReason: nullableText$1,
	cancelReason: nullableText$1,
	updatedAt: z.string(),
	version
});
const hairlineRequestRecord = z.object({
	id,
	clientId: id,
	raisedAtSessionId: nullableId,
	kind: z.enum(HAIRLINE_REQUEST_KINDS),
	request: z.string(),
	status: z.enum(HAIRLINE_REQUEST_STATUSES),
	doneAtSessionId: nullableId,
	resolutionNote: z.string(),
	createdAt: z.string(),
	version
});
const paymentRecord = z.object({
	id,
	depositId: id,
	amountMinor: z.number().int(),
	method: z.enum(PAYMENT_METHODS),
	receipt: z.string(),
	paidAt: z.string(),
	recordedBy: nullableId
});
const depositRecord = z.object({
	id,
	planId: id,
	sessionNumber: z.number().int(),
	purpose: z.string(),
	amountMinor: z.number().int(),
	currency: z.string(),
	status: z.enum(DEPOSIT_STATUSES),
	paidMinor: z.number().int(),
	paidAt: nullableText$1,
	method: nullableText$1,
	receipt: nullableText$1,
	note: z.string(),
	overrideReason: nullableText$1,
	appliedSessionId: nullableId,
	statusReason: nullableText$1,
	statusChangedAt: nullableText$1,
	statusChangedBy: nullableId,
	payments: z.array(paymentRecord),
	version
});
const printRecord = z.object({
	id,
	sessionId: id,
	templateId: id,
	templateName: z.string(),
	templateVersion: z.number().int(),
	printedAt: z.string(),
	printedBy: nullableId
});
const clientForChart = z.object({
	id,
	firstName: z.string(),
	lastName: z.string(),
	phone: nullableText$1,
	email: nullableText$1,
	dateOfBirth: nullableText$1,
	hairLossScale: z.enum(HAIR_LOSS_SCALES).nullable(),
	hairLossStage: nullableText$1,
	fitzpatrick: z.number().int().nullable(),
	caseType: z.enum(CASE_TYPES),
	notes: z.string(),
	archivedAt: nullableText$1,
	createdAt: z.string(),
	updatedAt: z.string(),
	version
});
/** Everything about one client, newest sessions first. */
const chartRecord = z.object({
	client: clientForChart,
	intake: intakeRecord.nullable(),
	contraindications: z.array(contraindicationRecord),
	plans: z.array(planRecord),
	sessions: z.array(sessionRecord.extend({
		retention: z.array(retentionRecord),
		shadeChanges: z.array(shadeChangeRecord)
	})),
	hairlineRequests: z.array(hairlineRequestRecord),
	deposits: z.array(depositRecord),
	prints: z.array(printRecord)
});
// api/contract/define.ts
function effectsOf(effects) {
	return "because" in effects ? {
		invalidates: effects.invalidates,
		staleNothingBecause: effects.because
	} : { invalidates: effects.invalidates };
}
const query = (input, output) => ({
	input,
	output,
	changes: false,
	kind: "query"
});
const task = (input, output, effects) => ({
	input,
	output,
	changes: false,
	task: true,
	kind: "task",
	...effectsOf(effects)
});
const change = (input, output, effects) => ({
	input,
	output,
	changes: true,
	kind: "change",
	...effectsOf(effects)
});
// api/contract/aftercare.ts
const day = (label) => z.number({ error: `Enter ${label} as a number.` }).int({ error: `Enter ${label} as a whole number of days.` }).min(0, { error: "Day 0 is the session day; days cannot be before it." }).max(365, { error: `Keep rules within 365 days of the session.` });
const aftercareRule = z.object({
	fromDay: day("the first day"),
	/** Null: no end ("from day 7"). */
	toDay: day("the last day").nullable(),
	instruction: requiredText("the instruction", 300)
});
const templateKey = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,59}$/, { error: "That template does not exist." });
const aftercareTemplateInput = z.object({
	/** Null makes a new template; otherwise a new version of the template with this key. */
	key: templateKey.nullable().default(null),
	/** The version the editor started from; a save against an older one is a conflict. */
	expectedVersion: version.nullable().default(null),
	name: requiredText("a name for the template", 80),
	sessionKind: z.enum(AFTERCARE_SESSION_KINDS, { error: "Choose which sessions this template is for." }),
	rules: z.array(aftercareRule, { error: "Add at least one timed rule." }).min(1, { error: "Add at least one timed rule." }).max(30, { error: "Keep the sheet to 30 timed rules or fewer." }),
	advice: z.array(requiredText("the advice", 500)).max(20, { error: "Keep the long-term advice to 20 points or fewer." }).default([])
}).superRefine((t, ctx) => {
	for (const p of findRuleProblems(t.rules)) ctx.addIssue({
		code: "custom",
		path: [
			"rules",
			p.index,
			p.field
		],
		message: p.message
	});
});
const aftercareTemplateRecord = z.object({
	id,
	key: z.string(),
	version: z.number().int().positive(),
	name: z.string(),
	sessionKind: z.enum(AFTERCARE_SESSION_KINDS),
	rules: z.array(z.object({
		fromDay: z.number().int(),
		toDay: z.number().int().nullable(),
		instruction: z.string()
	})),
	advice: z.array(z.string()),
	createdAt: z.string(),
	createdBy: id.nullable()
});
const versionSummary = z.object({
	id,
	version: z.number().int(),
	createdAt: z.string(),
	createdBy: id.nullable(),
	prints: z.number().int()
});
/** Everything one printed sheet shows. Dates are 'YYYY-MM-DD'; the sheet formats them in `clinic.locale`. */
const aftercareSheetData = z.object({
	clinic: z.object({
		name: z.string(),
		address: z.string(),
		phone: z.string(),
		logo: z.string(),
		paperSize: z.enum(["A4", "LETTER"]),
		locale: z.string()
	}),
	client: z.object({
		id,
		firstName: z.string(),
		lastName: z.string()
	}),
	session: z.object({
		id,
		number: z.number().int(),
		kind: z.enum(PLAN_KINDS),
		date: z.string()
	}),
	template: aftercareTemplateRecord,
	/** When the next session can be booked; null when there is nothing to say. */
	nextSession: z.object({
		kind: z.enum(PLAN_KINDS),
		number: z.number().int(),
		earliest: z.string(),
		latest: z.string().nullable(),
		/** True when it goes beyond the sessions quoted ("if a further session is needed"). */
		optional: z.boolean()
	}).nullable()
});
const aftercareContract = {
	/** The latest version of every template. */
	"aftercare.templates.list": query(z.object({}).default({}), z.array(aftercareTemplateRecord.extend({ versions: z.number().int() }))),
	/** One template: the latest version, or the version asked for, with its history. */
	"aftercare.templates.get": query(z.object({
		key: templateKey,
		version: z.number().int().positive().nullable().default(null)
	}), aftercareTemplateRecord.extend({ history: z.array(versionSummary) })),
	"aftercare.templates.save": change(aftercareTemplateInput, aftercareTemplateRecord, { invalidates: [
		"aftercare.templates.list",
		"aftercare.templates.get",
		"aftercare.sheet"
	] }),
	/** The data of a session's sheet; `templateId` picks a template (any version), else the one for the session's kind. */
	"aftercare.sheet": query(z.object({
		sessionId: id,
		templateId: id.nullable().default(null)
	}), aftercareSheetData),
	/** Records that a sheet was printed or saved for the client. */
	"aftercare.prints.record": change(z.object({
		sessionId: id,
		templateId: id
	}), printRecord, { invalidates: [
		"clients.chart",
		"aftercare.templates.get",
		"audit.history"
	] })
};
// core/client-list.ts
const CLIENT_LIST_SORTS = [
	"name",
	"progress",
	"lastSession",
	"nextDue",
	"deposit"
];
// api/contract/client-list.ts
const clientListEntry = z.object({
	id,
	firstName: z.string(),
	lastName: z.string(),
	phone: z.string().nullable(),
	email: z.string().nullable(),
	performedSessions: z.number().int(),
	quotedSessions: z.number().int().nullable(),
	lastSessionAt: z.string().nullable(),
	nextDue: z.string().nullable(),
	nextBooked: z.boolean(),
	depositStatus: z.string().nullable()
});
const clientListContract = { "clients.list": query(z.object({
	query: z.string().max(100).default(""),
	sort: z.enum(CLIENT_LIST_SORTS, { error: "Sort by name, plan progress, last session, next session due or deposit." }).default("name"),
	descending: z.boolean().default(false),
	limit: z.number().int().min(1).max(500).default(100),
	offset: z.number().int().min(0).max(1e7).default(0)
}), z.object({
	rows: z.array(clientListEntry),
	total: z.number().int()
})) };
// api/contract/clients.ts
const clientFields = z.object({
	firstName: requiredText("the first name", 100),
	lastName: requiredText("the last name", 100),
	phone,
	email,
	dateOfBirth: isoDate("the date of birth").nullable().optional(),
	hairLossScale: z.enum(HAIR_LOSS_SCALES).nullable().optional(),
	hairLossStage: z.string().trim().max(10).nullable().optional(),
	fitzpatrick: z.number().int().refine((n) => FITZPATRICK_TYPES.includes(n), { error: "Choose a Fitzpatrick type from I to VI." }).nullable().optional(),
	caseType: z.enum(CASE_TYPES).default("hair_loss"),
	notes: notes()
});
/** The stage must belong to the chosen scale; the date of birth must be in the past. */
function checkClient(value, ctx) {
	const { hairLossScale: scale, hairLossStage: stage } = value;
	if (stage && !scale) ctx.addIssue({
		code: "custom",
		path: ["hairLossScale"],
		message: "Choose Norwood or Ludwig for this stage."
	});
	if (stage && scale === "norwood" && !NORWOOD_STAGES.includes(stage)) ctx.addIssue({
		code: "custom",
		path: ["hairLossStage"],
		message: "Choose a Norwood stage from 1 to 7."
	});
	if (stage && scale === "ludwig" && !LUDWIG_STAGES.includes(stage)) ctx.addIssue({
		code: "custom",
		path: ["hairLossStage"],
		message: "Choose a Ludwig stage: I, II or III."
	});
	if (value.dateOfBirth && value.dateOfBirth > (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)) ctx.addIssue({
		code: "custom",
		path: ["dateOfBirth"],
		message: "The date of birth cannot be in the future."
	});
}
const clientInput = clientFields.superRefine(checkClient);
const clientRecord = clientForChart;
const clientListRow = z.object({
	id,
	firstName: z.string(),
	lastName: z.string(),
	phone: z.string().nullable(),
	email: z.string().nullable(),
	archived: z.boolean(),
	/** "session 2 of 3" data: performed sessions and quoted sessions of the current course. */
	performedSessions: z.number().int(),
	quotedSessions: z.number().int().nullable(),
	lastSessionAt: z.string().nullable(),
	nextBookedFor: z.string().nullable(),
	depositStatus: z.string().nullable()
});
/** A client's name, phone and archived flag show on their chart, in both lists, on the board, in
*  booking lists and on aftercare sheets; the chart's History shows the audit entry. */
const CLIENT_SHOWN = [
	"clients.chart",
	"clients.search",
	"clients.list",
	"reception.board",
	"reception.day",
	"reception.bookings",
	"aftercare.sheet",
	"audit.history"
];
const clientsContract = {
	"clients.create": change(clientInput, clientRecord, { invalidates: ["clients.search", "clients.list"] }),
	"clients.update": change(clientFields.extend({
		id,
		expectedVersion: version
	}).superRefine(checkClient), clientRecord, { invalidates: CLIENT_SHOWN }),
	"clients.search": query(z.object({
		query: z.string().max(100).default(""),
		includeArchived: z.boolean().default(false),
		limit: z.number().int().min(1).max(500).default(100),
		offset: z.number().int().min(0).default(0)
	}), z.object({
		rows: z.array(clientListRow),
		total: z.number().int()
	})),
	"clients.chart": query(z.object({ id }), chartRecord),
	"clients.archive": change(z.object({
		id,
		expectedVersion: version,
		archived: z.boolean().default(true),
		reason: notes("the reason", 500)
	}), clientRecord, { invalidates: CLIENT_SHOWN })
};
// api/contract/deposits.ts
/** A deposit's amount, payments and status: the chart, both client lists (latest deposit status), the
*  board and its totals, the booking lists, the next session's deposit, and the chart's History. */
const DEPOSIT_SHOWN = [
	"clients.chart",
	"deposits.forPlan",
	"clients.search",
	"clients.list",
	"reception.board",
	"reception.day",
	"reception.bookings",
	"reception.nextSession",
	"audit.history"
];
const depositsContract = {
	/** A payment towards a deposit; the deposit becomes paid once fully covered. */
	"deposits.recordPayment": change(z.object({
		depositId: id,
		expectedVersion: version,
		amountMinor: minorAmount("the amount").refine((n) => n > 0, { error: "Enter an amount above zero." }),
		method: z.enum(PAYMENT_METHODS, { error: "Choose how it was paid." }),
		receipt: requiredText("the receipt number", 60),
		paidAt: instant("when it was paid")
	}), depositRecord, { invalidates: DEPOSIT_SHOWN }),
	"deposits.setStatus": change(z.object({
		depositId: id,
		expectedVersion: version,
		status: z.enum([
			"refunded",
			"forfeited",
			"waived",
			"applied"
		]),
		reason: requiredText("the reason", 500)
	}), depositRecord, { invalidates: DEPOSIT_SHOWN }),
	/** A booking deposit added to a plan after it was quoted, for one of its sessions beyond the second. */
	"deposits.add": change(z.object({
		planId: id,
		sessionNumber: z.number({ error: "Choose the session it secures." }).int().min(3, { error: "Deposits secure the third session or later." }),
		amountMinor: minorAmount("the deposit").refine((n) => n > 0, { error: "A deposit must be more than zero." }),
		reason: requiredText("the reason", 500)
	}), depositRecord, { invalidates: DEPOSIT_SHOWN }),
	/** A required deposit's amount changed (never below what has been paid). */
	"deposits.setAmount": change(z.object({
		depositId: id,
		expectedVersion: version,
		amountMinor: minorAmount("the deposit").refine((n) => n > 0, { error: "A deposit must be more than zero." }),
		reason: requiredText("the reason", 500)
	}), depositRecord, { invalidates: DEPOSIT_SHOWN }),
	"deposits.forPlan": query(z.object({ planId: id }), z.array(depositRecord))
};
// api/contract/drafts.ts
/**
* 'session' (a new session), 'session:<id>' (correcting one), 'intake', 'screen' (everything half-typed
* on the client's chart when the window locked: renderer/src/lock/).
*/
const form = z.string().regex(/^(session|session:\d{1,12}|intake|screen)$/, { error: "Unknown form for a draft." });
const MAX_DRAFT_CHARS = 2e5;
const data = z.record(z.string().max(100), z.unknown()).refine((v) => JSON.stringify(v).length <= MAX_DRAFT_CHARS, { error: "This draft is too large to keep." });
const draftRecord = z.object({
	clientId: id,
	form: z.string(),
	data: z.record(z.string(), z.unknown()),
	baseVersion: version.nullable(),
	savedAt: z.string()
});
const draftsContract = {
	"drafts.get": query(z.object({
		clientId: id,
		form
	}), draftRecord.nullable()),
	/** Replaces the client's draft of this form. */
	"drafts.save": change(z.object({
		clientId: id,
		form,
		data,
		baseVersion: version.nullable().default(null)
	}), draftRecord, { invalidates: ["drafts.get"] }),
	"drafts.discard": change(z.object({
		clientId: id,
		form
	}), ok, { invalidates: ["drafts.get"] })
};
// api/contract/intake.ts
const answer = z.object({
	answer: z.boolean(),
	detail: z.string().max(1e3).default("")
});
const intakeContract = {
	/** Saves the questionnaire; consent is recorded once with who witnessed it. */
	"intake.save": change(z.object({
		clientId: id,
		expectedVersion: version.nullable().default(null),
		answers: z.record(z.string().min(1).max(60), answer),
		complete: z.boolean().default(false),
		consentGivenAt: instant("when consent was given").nullable().default(null),
		consentWitnessedBy: id.nullable().default(null)
	}).superRefine((v, ctx) => {
		if (v.consentGivenAt && !v.consentWitnessedBy) ctx.addIssue({
			code: "custom",
			path: ["consentWitnessedBy"],
			message: "Choose who witnessed the consent."
		});
		if (v.complete && !v.consentGivenAt) ctx.addIssue({
			code: "custom",
			path: ["consentGivenAt"],
			message: "Record the consent before completing the intake."
		});
	}), intakeRecord, { invalidates: ["clients.chart", "audit.history"] }),
	"contraindications.add": change(z.object({
		clientId: id,
		condition: requiredText("the condition", 200),
		tier: z.enum(CONTRAINDICATION_TIERS, { error: "Choose absolute, temporary or needs a doctor’s letter." }),
		until: isoDate("the end date").nullable().default(null),
		note: notes("the note", 2e3)
	}).superRefine((v, ctx) => {
		if (v.tier === "temporary" && !v.until) ctx.addIssue({
			code: "custom",
			path: ["until"],
			message: "A temporary contraindication needs the date it ends."
		});
	}), contraindicationRecord, { invalidates: ["clients.chart", "audit.history"] }),
	"contraindications.resolve": change(z.object({
		id,
		expectedVersion: version,
		doctorLetterReceived: z.boolean().default(false),
		note: notes("the note", 2e3)
	}), contraindicationRecord, { invalidates: ["clients.chart", "audit.history"] })
};
// api/contract/pigments.ts
const pigmentRecord = z.object({
	id,
	brand: z.string(),
	shade: z.string(),
	darkness: z.number().int(),
	active: z.boolean()
});
const pigmentsContract = {
	"pigments.list": query(z.object({ includeInactive: z.boolean().default(false) }), z.array(pigmentRecord)),
	"pigments.add": change(z.object({
		brand: requiredText("the brand", 100),
		shade: requiredText("the shade", 100),
		darkness: z.number().int().min(0).max(100).default(0)
	}), pigmentRecord, { invalidates: ["pigments.list"] })
};
// api/contract/plans.ts
/** For each session beyond the second: whether a booking deposit secures it, and how much. */
const depositPlan = z.object({
	sessionNumber: z.number().int().min(3),
	amountMinor: minorAmount("the deposit").refine((n) => n > 0, { error: "A deposit must be more than zero." })
});
const plansContract = {
	"plans.create": change(z.object({
		clientId: id,
		kind: z.enum(PLAN_KINDS).default("course"),
		quotedSessions: z.number({ error: "Enter how many sessions are quoted." }).int().min(1).max(10),
		priceMinor: minorAmount("the price"),
		currency,
		recallOn: isoDate("the recall date").nullable().default(null),
		deposits: z.array(depositPlan).default([]),
		notes: notes()
	}).superRefine((v, ctx) => {
		if (v.kind === "course" && v.quotedSessions < 2) ctx.addIssue({
			code: "custom",
			path: ["quotedSessions"],
			message: "A course quotes at least two sessions."
		});
		if (v.kind === "touch_up" && v.deposits.length > 0) ctx.addIssue({
			code: "custom",
			path: ["deposits"],
			message: "A touch-up plan has no third-session deposit."
		});
		v.deposits.forEach((d, i) => {
			if (d.sessionNumber > v.quotedSessions) ctx.addIssue({
				code: "custom",
				path: [
					"deposits",
					i,
					"sessionNumber"
				],
				message: `Session ${d.sessionNumber} is not part of a ${v.quotedSessions}-session quote.`
			});
		});
	}), planRecord, { invalidates: [
		"clients.chart",
		"plans.list",
		"clients.search",
		"clients.list",
		"reception.board",
		"audit.history"
	] }),
	"plans.setStatus": change(z.object({
		id,
		expectedVersion: version,
		status: z.enum(PLAN_STATUSES),
		reason: notes("the reason", 500)
	}), planRecord, { invalidates: [
		"clients.chart",
		"plans.list",
		"clients.search",
		"clients.list",
		"reception.board",
		"reception.nextSession",
		"audit.history"
	] }),
	"plans.list": query(z.object({ clientId: id }), z.array(planRecord))
};
// api/contract/reception.ts
const nullableText = z.string().nullable();
const boardRow = z.object({
	/** Stable per plan × session number. */
	key: z.string(),
	clientId: id,
	firstName: z.string(),
	lastName: z.string(),
	phone: nullableText,
	planId: id,
	planKind: z.enum(PLAN_KINDS),
	sessionNumber: z.number().int(),
	quotedSessions: z.number().int(),
	state: z.enum(BOARD_STATES),
	depositId: id.nullable(),
	depositStatus: z.enum(DEPOSIT_STATUSES).nullable(),
	depositAmountMinor: z.number().int().nullable(),
	depositPaidMinor: z.number().int(),
	outstandingMinor: z.number().int(),
	heldMinor: z.number().int(),
	currency: z.string(),
	/** The session before this one: its date (performed, else booked) and whether it is done. */
	previousDate: nullableText,
	previousPerformed: z.boolean(),
	daysSincePrevious: z.number().int().nullable(),
	windowEarliest: nullableText,
	windowLatest: nullableText,
	bookedFor: nullableText,
	sessionId: id.nullable(),
	performedAt: nullableText,
	recallOn: nullableText,
	/** Not booked, and its window opens on or before the end of this week. */
	dueThisWeek: z.boolean()
});
const moneyTotal = z.object({
	currency: z.string(),
	outstandingMinor: z.number().int(),
	heldMinor: z.number().int()
});
const board = z.object({
	today: z.string(),
	weekFrom: z.string(),
	weekTo: z.string(),
	rows: z.array(boardRow),
	/** Over every deposit on file, per currency. */
	totals: z.array(moneyTotal)
});
const booking = z.object({
	sessionId: id,
	clientId: id,
	firstName: z.string(),
	lastName: z.string(),
	phone: nullableText,
	bookedFor: z.string(),
	number: z.number().int(),
	kind: z.enum(PLAN_KINDS),
	planId: id.nullable(),
	quotedSessions: z.number().int().nullable(),
	practitionerName: nullableText,
	depositStatus: z.enum(DEPOSIT_STATUSES).nullable(),
	outstandingMinor: z.number().int(),
	currency: nullableText,
	outsideWindowReason: nullableText,
	depositOverrideReason: nullableText,
	version: z.number().int()
});
const nextSession = z.object({
	planId: id,
	kind: z.enum(PLAN_KINDS),
	number: z.number().int(),
	quotedSessions: z.number().int(),
	/** False when every quoted session is already booked or performed. */
	canBook: z.boolean(),
	previous: z.object({
		number: z.number().int(),
		date: z.string(),
		performed: z.boolean()
	}).nullable(),
	window: z.object({
		earliest: z.string(),
		latest: nullableText
	}).nullable(),
	deposit: z.object({
		id,
		status: z.enum(DEPOSIT_STATUSES),
		amountMinor: z.number().int(),
		paidMinor: z.number().int(),
		currency: z.string(),
		version: z.number().int()
	}).nullable(),
	recallOn: nullableText
});
const range = z.object({
	from: isoDate("the first day"),
	to: isoDate("the last day")
}).refine((r) => r.to >= r.from, {
	path: ["to"],
	error: "The last day must not be before the first."
}).refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 948672e5, {
	path: ["to"],
	error: "Choose at most three years of bookings at a time."
});
const receptionContract = {
	"reception.board": query(z.object({ today: isoDate("today’s date").optional() }).default({}), board),
	"reception.day": query(z.object({ date: isoDate("the day") }), z.array(booking)),
	"reception.bookings": query(range, z.array(booking)),
	"reception.nextSession": query(z.object({ planId: id }), nextSession)
};
// api/contract/requests.ts
const requestsContract = {
	"hairlineRequests.raise": change(z.object({
		clientId: id,
		raisedAtSessionId: id.nullable().default(null),
		kind: z.enum(HAIRLINE_REQUEST_KINDS, { error: "Choose what the client asked for." }),
		request: requiredText("what the client asked for", 1e3)
	}), hairlineRequestRecord, { invalidates: ["clients.chart", "audit.history"] }),
	"hairlineRequests.setStatus": change(z.object({
		id,
		expectedVersion: version,
		status: z.enum(HAIRLINE_REQUEST_STATUSES),
		doneAtSessionId: id.nullable().default(null),
		note: notes("the note", 1e3)
	}).superRefine((v, ctx) => {
		if (v.status === "done" && !v.doneAtSessionId) ctx.addIssue({
			code: "custom",
			path: ["doneAtSessionId"],
			message: "Choose the session where it was done."
		});
	}), hairlineRequestRecord, { invalidates: ["clients.chart", "audit.history"] })
};
// api/contract/sessions.ts
const reason = (label) => requiredText(label, 500);
/** A session's date and status: the chart, both client lists (sessions done, last and next), the
*  board, the booking lists, the next session's window, the session itself and its aftercare sheet. */
const SESSION_SHOWN = [
	"clients.chart",
	"clients.search",
	"clients.list",
	"reception.board",
	"reception.day",
	"reception.bookings",
	"reception.nextSession",
	"sessions.get",
	"aftercare.sheet",
	"audit.history"
];
const sessionsContract = {
	"sessions.book": change(z.object({
		clientId: id,
		planId: id.nullable().default(null),
		bookedFor: instant("the booking time"),
		practitionerId: id.nullable().default(null),
		/** Required when the date is outside the booking window. */
		outsideWindowReason: optionalText("the reason", 500),
		/** Required when the session's deposit is not paid. */
		depositOverrideReason: optionalText("the reason", 500)
	}), sessionRecord, { invalidates: [...SESSION_SHOWN, "deposits.forPlan"] }),
	"sessions.reschedule": change(z.object({
		id,
		expectedVersion: version,
		bookedFor: instant("the new booking time"),
		reason: reason("why the session is moved"),
		outsideWindowReason: optionalText("the reason", 500)
	}), sessionRecord, { invalidates: SESSION_SHOWN }),
	"sessions.cancel": change(z.object({
		id,
		expectedVersion: version,
		reason: reason("why the session is cancelled"),
		noShow: z.boolean().default(false)
	}), sessionRecord, { invalidates: SESSION_SHOWN }),
	/** Records what was done in the chair; creates the session if it was not booked. */
	"sessions.chart": change(z.object({
		clientId: id,
		sessionId: id.nullable().default(null),
		expectedVersion: version.nullable().default(null),
		planId: id.nullable().default(null),
		performedAt: instant("when the session was performed"),
		practitionerId: id.nullable().default(null),
		prepDone: z.boolean().default(false),
		prepNotes: notes("the preparation notes", 2e3),
		assessmentNotes: notes("the assessment", 4e3),
		pigmentBrand: requiredText("the pigment brand", 100),
		pigmentShade: requiredText("the pigment shade", 100),
		dilution: requiredText("the dilution", 40),
		pigmentBatch: requiredText("the batch number", 60),
		pigmentExpiry: isoDate("the batch expiry date"),
		needle: requiredText("the needle configuration", 60),
		zones: z.array(z.enum(ZONES)).min(1, { error: "Choose at least one zone treated." }).refine((z) => new Set(z).size === z.length, { error: "Each zone once." }),
		densityNotes: notes("the density notes", 4e3),
		blendingNotes: notes("the blending notes", 4e3),
		notes: notes("the notes", 1e4),
		contraindicationOverrideReason: optionalText("the override reason", 500),
		retention: z.array(z.object({
			zone: z.enum(ZONES),
			rating: z.enum(RETENTION_RATINGS),
			note: notes("the note", 1e3)
		})).default([]),
		shadeChange: z.object({
			reason: z.enum(SHADE_CHANGE_REASONS, { error: "Choose why the shade changed." }),
			note: notes("the note", 1e3)
		}).nullable().default(null),
		/** Hairline requests completed in this session. */
		doneRequestIds: z.array(id).default([]),
		/** Alterations the client asked for during this session, raised in the same save. */
		raiseRequests: z.array(z.object({
			kind: z.enum(HAIRLINE_REQUEST_KINDS, { error: "Choose what the client asked for." }),
			request: requiredText("what the client asked for", 1e3)
		})).max(20).default([]),
		/**
		* For a new session: the number the form was charting. If someone else charted that session
		* meanwhile, the save is refused as a conflict instead of silently becoming the next session.
		*/
		expectedNumber: z.number().int().positive().nullable().default(null)
	}), sessionRecord, { invalidates: [
		...SESSION_SHOWN,
		"deposits.forPlan",
		"plans.list"
	] }),
	"sessions.get": query(z.object({ id }), sessionRecord),
	"retention.save": change(z.object({
		sessionId: id,
		notes: z.array(z.object({
			zone: z.enum(ZONES),
			rating: z.enum(RETENTION_RATINGS),
			note: notes("the note", 1e3)
		})).min(1)
	}), z.array(retentionRecord), { invalidates: ["clients.chart", "audit.history"] }),
	"shadeChanges.record": change(z.object({
		sessionId: id,
		fromShade: optionalText("the previous shade", 100),
		toShade: optionalText("the new shade", 100),
		fromDilution: optionalText("the previous dilution", 40),
		toDilution: optionalText("the new dilution", 40),
		reason: z.enum(SHADE_CHANGE_REASONS, { error: "Choose why the shade changed." }),
		note: notes("the note", 1e3)
	}), shadeChangeRecord, { invalidates: ["clients.chart", "audit.history"] })
};
/** Every clinic setting with its default; the API stores only what differs. */
const clinicSettings = z.object({
	clinicName: z.string().trim().max(120).default("My SMP clinic"),
	clinicAddress: z.string().max(400).default(""),
	clinicPhone: z.string().max(40).default(""),
	/** A data: URL of the clinic's logo for printouts, or empty. */
	clinicLogo: z.string().max(5e5).default(""),
	locale: z.string().min(2).max(20).default("en-GB"),
	currency: currency.default("GBP"),
	paperSize: z.enum(["A4", "LETTER"]).default("A4"),
	defaultDepositMinor: minorAmount("the default deposit").default(5e3),
	/** Booking windows, in days after the previous session. */
	secondSessionMinDays: z.number().int().min(1).max(90).default(7),
	laterSessionMinDays: z.number().int().min(1).max(120).default(21),
	laterSessionMaxDays: z.number().int().min(1).max(180).default(28),
	touchUpRecallYears: z.number().int().min(1).max(10).default(3),
	idleLockMinutes: z.number().int().min(1).max(240).default(10),
	/** The shortest PIN a staff member may choose: 4, or 6 when the owner requires longer PINs. */
	minPinLength: z.union([z.literal(4), z.literal(6)], { error: "Choose PINs of at least 4 or at least 6 digits." }).default(4),
	backupFolder: optionalText("the backup folder", 1e3).default(null)
});
/** Each setting optional and without its default: an update names only what it changes, and a
*  setting it leaves out stays as stored (`.partial()` would fill it in with the default). */
function withoutDefaults(shape) {
	return Object.fromEntries(Object.entries(shape).map(([key, schema]) => [key, schema.unwrap().optional()]));
}
const settingsContract = {
	"settings.get": query(z.object({}).default({}), clinicSettings),
	"settings.update": change(z.object(withoutDefaults(clinicSettings.shape)).superRefine((v, ctx) => {
		if (v.laterSessionMinDays && v.laterSessionMaxDays && v.laterSessionMaxDays < v.laterSessionMinDays) ctx.addIssue({
			code: "custom",
			path: ["laterSessionMaxDays"],
			message: "The latest day must not be before the earliest day."
		});
	}), clinicSettings, { invalidates: [
		"settings.get",
		"auth.status",
		"clients.list",
		"reception.board",
		"reception.nextSession",
		"aftercare.sheet",
		"safety.status"
	] })
};
// api/contract/staff.ts
const staffContract = {
	"staff.list": query(z.object({ includeInactive: z.boolean().default(false) }), z.array(staffRecord)),
	"staff.create": change(z.object({
		name: requiredText("the name", 100),
		role: z.enum(STAFF_ROLES, { error: "Choose a role." })
	}), staffRecord, { invalidates: ["staff.list"] }),
	"staff.update": change(z.object({
		id,
		expectedVersion: version,
		name: requiredText("the name", 100),
		role: z.enum(STAFF_ROLES, { error: "Choose a role." }),
		active: z.boolean()
	}), staffRecord, { invalidates: [
		"staff.list",
		"auth.status",
		"reception.day",
		"reception.bookings",
		"audit.history"
	] })
};
// api/contract/auth.ts
const pin = z.string({ error: "Enter a PIN of 4 to 8 digits." }).regex(/^\d{4,8}$/, { error: "Enter a PIN of 4 to 8 digits." });
const staffMember = z.object({
	id,
	name: z.string(),
	role: z.enum(STAFF_ROLES)
});
const authContract = {
	/** Who is signed in, who can sign in, and whether the owner account still has to be created. */
	"auth.status": query(z.object({}).default({}), z.object({
		actor: staffMember.nullable(),
		needsOwner: z.boolean(),
		staff: z.array(staffMember),
		idleLockMinutes: z.number().int().positive()
	})),
	"auth.setupOwner": change(z.object({
		name: requiredText("your name", 100),
		pin,
		confirmPin: z.string()
	}).refine((v) => v.pin === v.confirmPin, {
		path: ["confirmPin"],
		error: "The two PINs differ. Enter the same PIN twice."
	}), staffMember, { invalidates: ["auth.status", "staff.list"] }),
	/** Who is signed in belongs to the caller's session; no other session reads anything it changes. */
	"auth.signIn": change(z.object({
		staffId: id,
		pin
	}), staffMember, { invalidates: ["auth.status"] }),
	/** Signing out and locking both clear who is acting; the open page stays as it is. */
	"auth.signOut": query(z.object({ reason: z.enum(["sign_out", "lock"]).default("sign_out") }), ok),
	/** An owner sets anyone's PIN; anyone else changes their own with their current PIN. */
	"auth.setPin": change(z.object({
		staffId: id,
		pin,
		currentPin: z.string().max(8).optional()
	}), ok, { invalidates: ["staff.list", "auth.status"] })
};
// api/contract/safety.ts
const folderStatus = z.object({
	folder: z.string(),
	kind: z.enum(["app", "second"]),
	exists: z.boolean(),
	lastBackupAt: z.string().nullable(),
	lastBackupFile: z.string().nullable(),
	count: z.number().int().nonnegative()
});
const auditEntry = z.object({
	id,
	at: z.string(),
	staffId: z.number().int().nullable(),
	staffName: z.string().nullable(),
	entity: z.string(),
	entityId: z.string(),
	action: z.string(),
	before: z.unknown(),
	after: z.unknown(),
	reason: z.string().nullable()
});
const recordRef = z.object({
	entity: z.string().regex(/^[a-z_]{1,40}$/, { error: "Name a kind of record." }),
	entityId: z.union([id, z.string().min(1).max(60)]).transform(String)
});
const safetyContract = {
	"safety.status": query(z.object({}).default({}), z.object({
		databaseFile: z.string(),
		lastBackup: z.object({
			at: z.string(),
			file: z.string(),
			folder: z.string()
		}).nullable(),
		folders: z.array(folderStatus),
		backups: z.array(z.object({
			file: z.string(),
			at: z.string(),
			bytes: z.number().int().nonnegative(),
			folder: z.string()
		})),
		warnings: z.array(z.string()),
		advice: z.string().nullable()
	})),
	"safety.backupNow": task(z.object({}).default({}), z.object({
		made: z.array(z.object({
			file: z.string(),
			at: z.string(),
			bytes: z.number().int().nonnegative()
		})),
		warnings: z.array(z.string())
	}), { invalidates: ["safety.status"] }),
	/** What a backup file holds, before restoring it: checked read-only, nothing changed. A task: the
	*  whole file is read (integrity check, the audit chain), with progress. */
	"safety.inspect": task(z.object({ file: requiredText("the backup file", 1e3) }), z.object({
		file: z.string(),
		ok: z.boolean(),
		problems: z.array(z.string()),
		takenAt: z.string().nullable(),
		schemaVersion: z.number().int().nonnegative(),
		latestSchema: z.number().int().nonnegative(),
		clients: z.number().int().nonnegative(),
		sessions: z.number().int().nonnegative(),
		auditEntries: z.number().int().nonnegative(),
		auditOk: z.boolean()
	}), {
		invalidates: [],
		because: "It only reads a backup file; nothing in the database changes."
	}),
	"safety.restore": task(z.object({ file: requiredText("the backup file", 1e3) }), z.object({
		restoredFrom: z.string(),
		safetyBackup: z.string(),
		schemaBefore: z.number().int(),
		schemaAfter: z.number().int(),
		auditWarning: z.string().nullable()
	}), { invalidates: "all" }),
	"safety.export": task(z.object({ folder: requiredText("the folder to export into", 1e3) }), z.object({
		folder: z.string(),
		charts: z.number().int().nonnegative(),
		files: z.number().int().nonnegative()
	}), {
		invalidates: [],
		because: "It writes files outside the database; its audit entry belongs to no chart, so no query answers differently."
	}),
	/** The audit entries of the given records, newest first. */
	"audit.history": query(z.object({
		records: z.array(recordRef).min(1, { error: "Name at least one record." }).max(500),
		limit: z.number().int().min(1).max(1e3).default(200)
	}), z.array(auditEntry))
};
// api/contract/index.ts
const contract = {
	...clientsContract,
	...intakeContract,
	...plansContract,
	...receptionContract,
	...sessionsContract,
	...requestsContract,
	...depositsContract,
	...staffContract,
	...authContract,
	...safetyContract,
	...settingsContract,
	...pigmentsContract,
	...aftercareContract,
	...draftsContract,
	...clientListContract
};
const CHANNELS = Object.keys(contract);
// core/csp.ts
const DIRECTIVES = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob:",
	"font-src 'self' data:",
	"worker-src 'self' blob:",
	"connect-src 'self' data:",
	"object-src 'none'",
	"base-uri 'none'",
	"frame-ancestors 'none'",
	"form-action 'none'"
];
DIRECTIVES.join("; ");
/** As a <meta> tag: the same, less frame-ancestors, which browsers ignore (and warn about) there. */
const CONTENT_SECURITY_POLICY_META = DIRECTIVES.filter((d) => !d.startsWith("frame-ancestors")).join("; ");
/** Where renderer/index.html takes the tag: before any script or style, so it governs them all. */
const CSP_META_PLACEHOLDER = "<!-- stipple:content-security-policy -->";
/** The page with the policy's <meta> tag in place of the placeholder (the renderer build runs this). */
function withContentSecurityPolicy(html) {
	if (!html.includes("<!-- stipple:content-security-policy -->")) throw new Error(`index.html has no ${CSP_META_PLACEHOLDER} for the CSP.`);
	return html.replace(CSP_META_PLACEHOLDER, `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`);
}
// electron.vite.config.ts
const root = import.meta.dirname;
const preloadOutput = { rolldownOptions: { output: {
	format: "cjs",
	entryFileNames: "[name].cjs"
} } };
const rendererInput = { rolldownOptions: { input: resolve(root, "renderer/index.html") } };
/**
* In the preload bundle, replace the API contract with just its channel names: the preload needs
* the allowlist, not zod schemas or anything they import. Main and tests use the real contract.
*/
function channelNamesOnly() {
	const contractIndex = resolve(root, "api/contract/index.ts");
	const virtualId = "\0stipple-channel-names";
	return {
		name: "stipple:channel-names-only",
		enforce: "pre",
		async resolveId(source, importer) {
			if (!importer) return null;
			return (await this.resolve(source, importer, { skipSelf: true }))?.id === contractIndex ? virtualId : null;
		},
		load(id) {
			if (id !== virtualId) return null;
			return `export const CHANNELS = Object.freeze(${JSON.stringify(CHANNELS)});`;
		}
	};
}
/** The renderer's CSP <meta> tag (core/csp.ts), which file:// pages need: they have no headers. */
function contentSecurityPolicyMeta() {
	return {
		name: "stipple:csp-meta",
		transformIndexHtml: {
			order: "pre",
			handler: withContentSecurityPolicy
		}
	};
}
var electron_vite_config_default = defineConfig({
	main: { build: {
		outDir: resolve(root, "out/main"),
		lib: { entry: {
			index: resolve(root, "electron/main/index.ts"),
			"api-process": resolve(root, "electron/api-process/index.ts"),
			"task-worker": resolve(root, "api/tasks/worker.ts")
		} },
		externalizeDeps: { include: ["better-sqlite3"] }
	} },
	preload: {
		plugins: [channelNamesOnly()],
		build: {
			outDir: resolve(root, "out/preload"),
			lib: { entry: resolve(root, "electron/preload/index.ts") },
			externalizeDeps: false,
			...preloadOutput
		}
	},
	renderer: {
		root: resolve(root, "renderer"),
		plugins: [react(), contentSecurityPolicyMeta()],
		build: {
			outDir: resolve(root, "out/renderer"),
			...rendererInput
		}
	}
});
export { electron_vite_config_default as default };

//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiZWxlY3Ryb24udml0ZS5jb25maWcuanMiLCJuYW1lcyI6WyJudWxsYWJsZVRleHQiXSwic291cmNlcyI6WyIvd29yay93dC9sb2NrL2NvcmUvYWZ0ZXJjYXJlLnRzIiwiL3dvcmsvd3QvbG9jay9jb3JlL3ZvY2FidWxhcnkudHMiLCIvd29yay93dC9sb2NrL2FwaS9jb250cmFjdC9jb21tb24udHMiLCIvd29yay93dC9sb2NrL2FwaS9jb250cmFjdC9jaGFydC50cyIsIi93b3JrL3d0L2xvY2svYXBpL2NvbnRyYWN0L2RlZmluZS50cyIsIi93b3JrL3d0L2xvY2svYXBpL2NvbnRyYWN0L2FmdGVyY2FyZS50cyIsIi93b3JrL3d0L2xvY2svY29yZS9jbGllbnQtbGlzdC50cyIsIi93b3JrL3d0L2xvY2svYXBpL2NvbnRyYWN0L2NsaWVudC1saXN0LnRzIiwiL3dvcmsvd3QvbG9jay9hcGkvY29udHJhY3QvY2xpZW50cy50cyIsIi93b3JrL3d0L2xvY2svYXBpL2NvbnRyYWN0L2RlcG9zaXRzLnRzIiwiL3dvcmsvd3QvbG9jay9hcGkvY29udHJhY3QvZHJhZnRzLnRzIiwiL3dvcmsvd3QvbG9jay9hcGkvY29udHJhY3QvaW50YWtlLnRzIiwiL3dvcmsvd3QvbG9jay9hcGkvY29udHJhY3QvcGlnbWVudHMudHMiLCIvd29yay93dC9sb2NrL2FwaS9jb250cmFjdC9wbGFucy50cyIsIi93b3JrL3d0L2xvY2svYXBpL2NvbnRyYWN0L3JlY2VwdGlvbi50cyIsIi93b3JrL3d0L2xvY2svYXBpL2NvbnRyYWN0L3JlcXVlc3RzLnRzIiwiL3dvcmsvd3QvbG9jay9hcGkvY29udHJhY3Qvc2Vzc2lvbnMudHMiLCIvd29yay93dC9sb2NrL2FwaS9jb250cmFjdC9zZXR0aW5ncy50cyIsIi93b3JrL3d0L2xvY2svYXBpL2NvbnRyYWN0L3N0YWZmLnRzIiwiL3dvcmsvd3QvbG9jay9hcGkvY29udHJhY3QvYXV0aC50cyIsIi93b3JrL3d0L2xvY2svYXBpL2NvbnRyYWN0L3NhZmV0eS50cyIsIi93b3JrL3d0L2xvY2svYXBpL2NvbnRyYWN0L2luZGV4LnRzIiwiL3dvcmsvd3QvbG9jay9jb3JlL2NzcC50cyIsIi93b3JrL3d0L2xvY2svZWxlY3Ryb24udml0ZS5jb25maWcudHMiXSwic291cmNlc0NvbnRlbnQiOlsiLy8gQWZ0ZXJjYXJlOiB0aW1lZCBydWxlcyAoZGF5IDAgPSB0aGUgc2Vzc2lvbiBkYXkpIHR1cm5lZCBpbnRvIHRoZSBjbGllbnQncyByZWFsIGRhdGVzLCB0aGUgY2hvaWNlXG4vLyBvZiB0ZW1wbGF0ZSBmb3IgYSBzZXNzaW9uLCBhbmQgdGhlIGNoZWNrcyB0aGF0IGNhdGNoIHJ1bGVzIHdoaWNoIG92ZXJsYXAgb3IgY29udHJhZGljdCBlYWNoIG90aGVyLlxuaW1wb3J0IHsgYWRkRGF5cywgdHlwZSBJc29EYXRlIH0gZnJvbSAnLi9kYXRlcyc7XG5pbXBvcnQgdHlwZSB7IEFmdGVyY2FyZVNlc3Npb25LaW5kLCBQbGFuS2luZCB9IGZyb20gJy4vdm9jYWJ1bGFyeSc7XG5cbmV4cG9ydCBjb25zdCBBRlRFUkNBUkVfU0VTU0lPTl9LSU5EX0xBQkVMUzogUmVjb3JkPEFmdGVyY2FyZVNlc3Npb25LaW5kLCBzdHJpbmc+ID0ge1xuICBhbnk6ICdBbnkgc2Vzc2lvbicsXG4gIGZpcnN0OiAnRmlyc3Qgc2Vzc2lvbicsXG4gIGxhdGVyOiAnU2Vjb25kIGFuZCBsYXRlciBzZXNzaW9ucycsXG4gIHRvdWNoX3VwOiAnVG91Y2gtdXAnLFxufTtcblxuLyoqIExvbmdlc3QgYSB0aW1lZCBydWxlIG1heSBydW4sIGluIGRheXMgYWZ0ZXIgdGhlIHNlc3Npb24uICovXG5leHBvcnQgY29uc3QgQUZURVJDQVJFX01BWF9EQVkgPSAzNjU7XG5cbmV4cG9ydCBpbnRlcmZhY2UgQWZ0ZXJjYXJlUnVsZSB7XG4gIGZyb21EYXk6IG51bWJlcjtcbiAgLyoqIE51bGw6IGZyb20gYGZyb21EYXlgIG9uLCB3aXRoIG5vIGVuZC4gKi9cbiAgdG9EYXk6IG51bWJlciB8IG51bGw7XG4gIGluc3RydWN0aW9uOiBzdHJpbmc7XG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgRGF0ZWRSdWxlIGV4dGVuZHMgQWZ0ZXJjYXJlUnVsZSB7XG4gIGZyb206IElzb0RhdGU7XG4gIHRvOiBJc29EYXRlIHwgbnVsbDtcbn1cblxuLyoqIFRoZSBydWxlcyBpbiBkYXkgb3JkZXIgd2l0aCByZWFsIGRhdGVzLCBmb3IgYSBzZXNzaW9uIG9uIGBzZXNzaW9uRGF0ZWAuICovXG5leHBvcnQgZnVuY3Rpb24gZGF0ZWRUaW1lbGluZShzZXNzaW9uRGF0ZTogSXNvRGF0ZSwgcnVsZXM6IHJlYWRvbmx5IEFmdGVyY2FyZVJ1bGVbXSk6IERhdGVkUnVsZVtdIHtcbiAgLy8gQXJyYXkgc29ydCBpcyBzdGFibGU6IHJ1bGVzIHdpdGggdGhlIHNhbWUgZGF5cyBzdGF5IGluIHRoZSBvcmRlciB0aGV5IHdlcmUgd3JpdHRlbi5cbiAgcmV0dXJuIFsuLi5ydWxlc11cbiAgICAuc29ydCgoYSwgYikgPT4gYS5mcm9tRGF5IC0gYi5mcm9tRGF5IHx8IGVuZE9mKGEpIC0gZW5kT2YoYikpXG4gICAgLm1hcCgocikgPT4gKHtcbiAgICAgIC4uLnIsXG4gICAgICBmcm9tOiBhZGREYXlzKHNlc3Npb25EYXRlLCByLmZyb21EYXkpLFxuICAgICAgdG86IHIudG9EYXkgPT09IG51bGwgPyBudWxsIDogYWRkRGF5cyhzZXNzaW9uRGF0ZSwgci50b0RheSksXG4gICAgfSkpO1xufVxuXG5jb25zdCBlbmRPZiA9IChyOiBBZnRlcmNhcmVSdWxlKSA9PiByLnRvRGF5ID8/IE51bWJlci5QT1NJVElWRV9JTkZJTklUWTtcblxuLyoqIFdoaWNoIGtpbmQgb2YgdGVtcGxhdGUgZml0cyBhIHNlc3Npb246IHRvdWNoLXVwcywgZmlyc3Qgc2Vzc2lvbnMsIGV2ZXJ5dGhpbmcgYWZ0ZXIuICovXG5leHBvcnQgZnVuY3Rpb24gc2Vzc2lvbkFmdGVyY2FyZUtpbmQoc2Vzc2lvbjogeyBraW5kOiBQbGFuS2luZDsgbnVtYmVyOiBudW1iZXIgfSk6IEV4Y2x1ZGU8QWZ0ZXJjYXJlU2Vzc2lvbktpbmQsICdhbnknPiB7XG4gIGlmIChzZXNzaW9uLmtpbmQgPT09ICd0b3VjaF91cCcpIHJldHVybiAndG91Y2hfdXAnO1xuICByZXR1cm4gc2Vzc2lvbi5udW1iZXIgPD0gMSA/ICdmaXJzdCcgOiAnbGF0ZXInO1xufVxuXG4vKipcbiAqIFRoZSB0ZW1wbGF0ZSB0byB1c2UgZm9yIGEgc2Vzc2lvbjogdGhlIG5ld2VzdCBvbmUgbWFkZSBmb3IgaXRzIGtpbmQsIGVsc2UgdGhlIG5ld2VzdCBmb3IgYW55XG4gKiBzZXNzaW9uLiBgdGVtcGxhdGVzYCBob2xkcyB0aGUgbGF0ZXN0IHZlcnNpb24gb2YgZWFjaCB0ZW1wbGF0ZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBpY2tUZW1wbGF0ZTxUIGV4dGVuZHMgeyBzZXNzaW9uS2luZDogQWZ0ZXJjYXJlU2Vzc2lvbktpbmQ7IGNyZWF0ZWRBdDogc3RyaW5nIH0+KFxuICB0ZW1wbGF0ZXM6IHJlYWRvbmx5IFRbXSxcbiAgc2Vzc2lvbjogeyBraW5kOiBQbGFuS2luZDsgbnVtYmVyOiBudW1iZXIgfSxcbik6IFQgfCB1bmRlZmluZWQge1xuICBjb25zdCBraW5kID0gc2Vzc2lvbkFmdGVyY2FyZUtpbmQoc2Vzc2lvbik7XG4gIGNvbnN0IG5ld2VzdCA9IChsaXN0OiBUW10pID0+IFsuLi5saXN0XS5zb3J0KChhLCBiKSA9PiBiLmNyZWF0ZWRBdC5sb2NhbGVDb21wYXJlKGEuY3JlYXRlZEF0KSlbMF07XG4gIHJldHVybiBuZXdlc3QodGVtcGxhdGVzLmZpbHRlcigodCkgPT4gdC5zZXNzaW9uS2luZCA9PT0ga2luZCkpID8/IG5ld2VzdCh0ZW1wbGF0ZXMuZmlsdGVyKCh0KSA9PiB0LnNlc3Npb25LaW5kID09PSAnYW55JykpO1xufVxuXG4vLyAtLS0tIEZvcm1hdHRpbmcgZGF0ZXMgZm9yIHRoZSBzaGVldCwgaW4gdGhlIGNsaW5pYydzIGxvY2FsZSAtLS0tXG5cbmZ1bmN0aW9uIHV0YyhkYXRlOiBJc29EYXRlKTogRGF0ZSB7XG4gIHJldHVybiBuZXcgRGF0ZShgJHtkYXRlfVQwMDowMDowMFpgKTtcbn1cblxuLy8gTWFraW5nIGFuIEludGwuRGF0ZVRpbWVGb3JtYXQgaXMgc2xvdyBuZXh0IHRvIHVzaW5nIG9uZTsgYSBzaGVldCBmb3JtYXRzIGEgZG96ZW4gZGF0ZXMuXG5jb25zdCBmb3JtYXR0ZXJzID0gbmV3IE1hcDxzdHJpbmcsIEludGwuRGF0ZVRpbWVGb3JtYXQ+KCk7XG5mdW5jdGlvbiBmb3JtYXR0ZXIobG9jYWxlOiBzdHJpbmcsIHdpdGhZZWFyOiBib29sZWFuKTogSW50bC5EYXRlVGltZUZvcm1hdCB7XG4gIGNvbnN0IGtleSA9IGAke2xvY2FsZX18JHt3aXRoWWVhcn1gO1xuICBsZXQgZiA9IGZvcm1hdHRlcnMuZ2V0KGtleSk7XG4gIGlmIChmKSByZXR1cm4gZjtcbiAgY29uc3Qgb3B0aW9uczogSW50bC5EYXRlVGltZUZvcm1hdE9wdGlvbnMgPSB7IHdlZWtkYXk6ICdzaG9ydCcsIGRheTogJ251bWVyaWMnLCBtb250aDogJ3Nob3J0JywgdGltZVpvbmU6ICdVVEMnIH07XG4gIGlmICh3aXRoWWVhcikgb3B0aW9ucy55ZWFyID0gJ251bWVyaWMnO1xuICB0cnkge1xuICAgIGYgPSBuZXcgSW50bC5EYXRlVGltZUZvcm1hdChsb2NhbGUsIG9wdGlvbnMpO1xuICB9IGNhdGNoIHtcbiAgICBmID0gbmV3IEludGwuRGF0ZVRpbWVGb3JtYXQoJ2VuLUdCJywgb3B0aW9ucyk7IC8vIGEgbWFsZm9ybWVkIGxvY2FsZSBzZXR0aW5nIG11c3Qgbm90IHN0b3AgYSBwcmludFxuICB9XG4gIGZvcm1hdHRlcnMuc2V0KGtleSwgZik7XG4gIHJldHVybiBmO1xufVxuXG4vKiogXCJNb24gMjMgTm92XCIsIHdpdGggdGhlIHllYXIgd2hlbiB0aGUgZGF0ZSBpcyBub3QgaW4gYHllYXJPZmAncyB5ZWFyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdFNoZWV0RGF0ZShkYXRlOiBJc29EYXRlLCBsb2NhbGU6IHN0cmluZywgeWVhck9mOiBJc29EYXRlID0gZGF0ZSk6IHN0cmluZyB7XG4gIHJldHVybiBmb3JtYXR0ZXIobG9jYWxlLCBkYXRlLnNsaWNlKDAsIDQpICE9PSB5ZWFyT2Yuc2xpY2UoMCwgNCkpLmZvcm1hdCh1dGMoZGF0ZSkpO1xufVxuXG4vKiogXCJNb24gMjMgTm92IOKAkyBGcmkgMjcgTm92XCIsIFwiU2F0IDI4IE5vdlwiLCBvciBcIkZyb20gTW9uIDMwIE5vdlwiOyB5ZWFycyBzaG93biB3aGVuIGEgcmFuZ2UgbGVhdmVzIHRoZSBzZXNzaW9uJ3MgeWVhci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRSdWxlRGF0ZXMocnVsZTogUGljazxEYXRlZFJ1bGUsICdmcm9tJyB8ICd0byc+LCBsb2NhbGU6IHN0cmluZywgc2Vzc2lvbkRhdGU6IElzb0RhdGUpOiBzdHJpbmcge1xuICBjb25zdCBjcm9zc2VzWWVhciA9IHJ1bGUudG8gIT09IG51bGwgJiYgcnVsZS50by5zbGljZSgwLCA0KSAhPT0gcnVsZS5mcm9tLnNsaWNlKDAsIDQpO1xuICBjb25zdCB5ZWFyUmVmID0gY3Jvc3Nlc1llYXIgPyAnMDAwMC0wMS0wMScgOiBzZXNzaW9uRGF0ZTsgLy8gYSByYW5nZSBhY3Jvc3MgTmV3IFllYXIgc2hvd3MgYm90aCB5ZWFyc1xuICBjb25zdCBmcm9tID0gZm9ybWF0U2hlZXREYXRlKHJ1bGUuZnJvbSwgbG9jYWxlLCB5ZWFyUmVmKTtcbiAgaWYgKHJ1bGUudG8gPT09IG51bGwpIHJldHVybiBgJHtGUk9NX1dPUkQobG9jYWxlKX0gJHtmcm9tfWA7XG4gIGlmIChydWxlLnRvID09PSBydWxlLmZyb20pIHJldHVybiBmcm9tO1xuICByZXR1cm4gYCR7ZnJvbX0g4oCTICR7Zm9ybWF0U2hlZXREYXRlKHJ1bGUudG8sIGxvY2FsZSwgeWVhclJlZil9YDtcbn1cblxuLy8gVGhlIHNoZWV0IGlzIHdyaXR0ZW4gaW4gRW5nbGlzaDsgb25seSBkYXRlcyBmb2xsb3cgdGhlIGxvY2FsZS4gXCJGcm9tXCIgaXMgdGhlIG9uZSB3b3JkIGEgZGF0ZSBuZWVkcy5cbmNvbnN0IEZST01fV09SRCA9IChfbG9jYWxlOiBzdHJpbmcpID0+ICdGcm9tJztcblxuLy8gLS0tLSBPdmVybGFwIGFuZCBjb250cmFkaWN0aW9uIGNoZWNrcyAtLS0tXG5cbi8qKlxuICogV2hhdCBhIHJ1bGUgc2F5cyBhYm91dCBlYWNoIHRvcGljLiBXYXNoaW5nIGhhcyBkZWdyZWVzOiBrZWVwaW5nIHRoZSBzY2FscCBkcnkgYW5kIFwibm8gc29hcCBvclxuICogc2hhbXBvb1wiIGFncmVlLCBhcyBkbyB3YXRlci1vbmx5IGFuZCBcIm5vIHNvYXBcIjsgYW55dGhpbmcgcmVzdHJpY3RpdmUgY29udHJhZGljdHMgXCJhcyBub3JtYWxcIi5cbiAqL1xudHlwZSBXYXNoU3RhdGUgPSAnZHJ5JyB8ICd3YXRlcl9vbmx5JyB8ICdub19wcm9kdWN0cycgfCAnbm9ybWFsJztcbnR5cGUgUG9sYXJpdHkgPSAnYXZvaWQnIHwgJ2FsbG93ZWQnO1xuZXhwb3J0IGludGVyZmFjZSBSdWxlVG9waWNzIHtcbiAgd2FzaD86IFdhc2hTdGF0ZTtcbiAgaGFpcmN1dD86IFBvbGFyaXR5O1xuICBzd2VhdD86IFBvbGFyaXR5O1xuICBzd2ltPzogUG9sYXJpdHk7XG4gIHN1bj86IFBvbGFyaXR5O1xuICB0b3VjaD86IFBvbGFyaXR5O1xufVxudHlwZSBUb3BpYyA9IGtleW9mIFJ1bGVUb3BpY3M7XG5cbmNvbnN0IFRPUElDX0xBQkVMUzogUmVjb3JkPFRvcGljLCBzdHJpbmc+ID0ge1xuICB3YXNoOiAnd2FzaGluZycsXG4gIGhhaXJjdXQ6ICdoYWlyY3V0cycsXG4gIHN3ZWF0OiAnc3dlYXRpbmcgYW5kIGV4ZXJjaXNlJyxcbiAgc3dpbTogJ3N3aW1taW5nJyxcbiAgc3VuOiAnc3VuJyxcbiAgdG91Y2g6ICd0b3VjaGluZyB0aGUgc2NhbHAnLFxufTtcblxuY29uc3QgVE9QSUNfV09SRFM6IFJlY29yZDxFeGNsdWRlPFRvcGljLCAnd2FzaCc+LCBSZWdFeHA+ID0ge1xuICBoYWlyY3V0OiAvXFxiKGhhaXIgP2N1dHM/fGN1dCh0aW5nKT8gKHlvdXIgfHRoZSApP2hhaXJ8c2hhdihlfGluZyl8Y2xpcHBlcnM/fGJhcmJlcilcXGIvLFxuICBzd2VhdDogL1xcYihzd2VhdChpbmd8eSk/fGV4ZXJjaXMoZXxpbmcpfGd5bXxzcG9ydHM/fHdvcmsgP291dHM/fHJ1bm5pbmd8c2F1bmF8c3RlYW0pXFxiLyxcbiAgc3dpbTogL1xcYihzd2ltKG1pbmcpP3xwb29scz98aG90ID90dWJzP3xzZWEgd2F0ZXJ8amFjdXp6aSlcXGIvLFxuICBzdW46IC9cXGIoc3VuKGxpZ2h0fGJhdGhpbmd8YmVkcz98c2hpbmUpP3x0YW5uaW5nfHV2KVxcYi8sXG4gIHRvdWNoOiAvXFxiKHRvdWNoKGluZyk/fHNjcmF0Y2goaW5nKT98cGljayhpbmcpP3xydWIoYmluZyk/KVxcYi8sXG59O1xuY29uc3QgV0FTSF9XT1JEUyA9IC9cXGIod2FzaChpbmcpP3x3ZXR8ZHJ5fHNoYW1wb298c29hcHxzaG93ZXIoaW5nKT98cmlucyhlfGluZyl8d2F0ZXIpXFxiLztcbmNvbnN0IE5FR0FUSVZFID1cbiAgL1xcYihub3xub3R8ZG9uJz90fGRvIG5vdHxjYW4nP3R8Y2Fubm90fG11c3Qgbm90fG11c3RuJz90fGF2b2lkfG5ldmVyfHN0YXkgb3V0fGtlZXAgKGl0IHx5b3VyIHNjYWxwIHx0aGUgc2NhbHAgKT8oY29tcGxldGVseSApP2RyeXx3aXRob3V0KVxcYi87XG5jb25zdCBQT1NJVElWRSA9IC9cXGIoYXMgKG5vcm1hbHx1c3VhbCl8bm9ybWFsbHl8YWdhaW58ZmluZXxjYW58bWF5fHJlc3VtZXxvayhheSk/fGFsbG93ZWQpXFxiLztcblxuLyoqIFJlYWRzIGFuIGluc3RydWN0aW9uIChFbmdsaXNoKSBmb3Igd2hhdCBpdCBzYXlzIGFib3V0IGVhY2ggdG9waWMuIFVua25vd24gd29yZGluZyBzYXlzIG5vdGhpbmcuICovXG5leHBvcnQgZnVuY3Rpb24gY2xhc3NpZnlJbnN0cnVjdGlvbihpbnN0cnVjdGlvbjogc3RyaW5nKTogUnVsZVRvcGljcyB7XG4gIGNvbnN0IHRleHQgPSBpbnN0cnVjdGlvbi50b0xvd2VyQ2FzZSgpLnJlcGxhY2UoL1vigJnigJhdL2csIFwiJ1wiKTtcbiAgY29uc3QgbmVnYXRpdmUgPSBORUdBVElWRS50ZXN0KHRleHQpO1xuICBjb25zdCBwb3NpdGl2ZSA9IFBPU0lUSVZFLnRlc3QodGV4dCk7XG4gIGNvbnN0IHBvbGFyaXR5OiBQb2xhcml0eSB8IHVuZGVmaW5lZCA9IG5lZ2F0aXZlID8gJ2F2b2lkJyA6IHBvc2l0aXZlID8gJ2FsbG93ZWQnIDogdW5kZWZpbmVkO1xuICBjb25zdCB0b3BpY3M6IFJ1bGVUb3BpY3MgPSB7fTtcbiAgaWYgKHBvbGFyaXR5KSB7XG4gICAgZm9yIChjb25zdCBbdG9waWMsIHdvcmRzXSBvZiBPYmplY3QuZW50cmllcyhUT1BJQ19XT1JEUykgYXMgW0V4Y2x1ZGU8VG9waWMsICd3YXNoJz4sIFJlZ0V4cF1bXSkge1xuICAgICAgaWYgKHdvcmRzLnRlc3QodGV4dCkpIHRvcGljc1t0b3BpY10gPSBwb2xhcml0eTtcbiAgICB9XG4gIH1cbiAgaWYgKFdBU0hfV09SRFMudGVzdCh0ZXh0KSkge1xuICAgIGlmICgvXFxiKHdhdGVyIG9ubHl8b25seSAod2l0aCApP3dhdGVyfGp1c3Qgd2F0ZXJ8cmluc2UgKGl0ICk/KGdlbnRseSApP3dpdGggKGNsZWFuIHxsdWtld2FybSB8d2FybSApP3dhdGVyKVxcYi8udGVzdCh0ZXh0KSlcbiAgICAgIHRvcGljcy53YXNoID0gJ3dhdGVyX29ubHknO1xuICAgIGVsc2UgaWYgKFxuICAgICAgL1xcYihjb21wbGV0ZWx5IGRyeXxrZWVwIChpdCB8eW91ciBzY2FscCB8dGhlIHNjYWxwICk/ZHJ5fGRvbic/dCAoZ2V0IChpdCB8eW91ciBzY2FscCB8dGhlIHNjYWxwICk/KT93ZXR8ZG8gbm90IChnZXQgKGl0IHx5b3VyIHNjYWxwIHx0aGUgc2NhbHAgKT8pP3dldHxubyB3YXNoKGluZyk/fGRvbic/dCB3YXNofGRvIG5vdCB3YXNofG5vIHdhdGVyKVxcYi8udGVzdChcbiAgICAgICAgdGV4dCxcbiAgICAgIClcbiAgICApXG4gICAgICB0b3BpY3Mud2FzaCA9ICdkcnknO1xuICAgIGVsc2UgaWYgKC9cXGIobm98d2l0aG91dHxhdm9pZHxkb24nP3QgdXNlfGRvIG5vdCB1c2UpIChzb2FwfHNoYW1wb28pLy50ZXN0KHRleHQpKSB0b3BpY3Mud2FzaCA9ICdub19wcm9kdWN0cyc7XG4gICAgZWxzZSBpZiAoXG4gICAgICAvXFxiKHdhc2goaW5nKT8gKHlvdXIgfHRoZSApPyhzY2FscCB8aGFpciApPyhhcyAobm9ybWFsfHVzdWFsKXxub3JtYWxseSl8bm9ybWFsIHdhc2hpbmd8c2hhbXBvbyBhcyAobm9ybWFsfHVzdWFsKXx3YXNoIGFzIChub3JtYWx8dXN1YWwpKVxcYi8udGVzdChcbiAgICAgICAgdGV4dCxcbiAgICAgICkgfHxcbiAgICAgIChwb3NpdGl2ZSAmJiAhbmVnYXRpdmUpXG4gICAgKVxuICAgICAgdG9waWNzLndhc2ggPSAnbm9ybWFsJztcbiAgICAvLyBhIHJ1bGUgdGhhdCBvbmx5IG1lbnRpb25zIGRyeWluZyBvZmYgKFwicGF0IGRyeVwiKSBzYXlzIG5vdGhpbmcgZGVmaW5pdGUgYWJvdXQgd2FzaGluZ1xuICB9XG4gIHJldHVybiB0b3BpY3M7XG59XG5cbmZ1bmN0aW9uIHdhc2hBZ3JlZXMoYTogV2FzaFN0YXRlLCBiOiBXYXNoU3RhdGUpOiBib29sZWFuIHtcbiAgaWYgKGEgPT09IGIpIHJldHVybiB0cnVlO1xuICBjb25zdCBwYWlyID0gbmV3IFNldChbYSwgYl0pO1xuICByZXR1cm4gcGFpci5oYXMoJ25vX3Byb2R1Y3RzJykgJiYgIXBhaXIuaGFzKCdub3JtYWwnKTtcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSdWxlUHJvYmxlbSB7XG4gIC8qKiBJbmRleCBvZiB0aGUgcnVsZSBmbGFnZ2VkICh0aGUgbGF0ZXIgb2YgdGhlIHR3byBpbiB0aGUgbGlzdCkuICovXG4gIGluZGV4OiBudW1iZXI7XG4gIGZpZWxkOiAnZnJvbURheScgfCAndG9EYXknIHwgJ2luc3RydWN0aW9uJztcbiAga2luZDogJ29yZGVyJyB8ICdvdmVybGFwJyB8ICdjb250cmFkaWN0aW9uJztcbiAgbWVzc2FnZTogc3RyaW5nO1xufVxuXG5mdW5jdGlvbiBvdmVybGFwRGF5cyhhOiBBZnRlcmNhcmVSdWxlLCBiOiBBZnRlcmNhcmVSdWxlKTogW251bWJlciwgbnVtYmVyIHwgbnVsbF0gfCBudWxsIHtcbiAgY29uc3Qgc3RhcnQgPSBNYXRoLm1heChhLmZyb21EYXksIGIuZnJvbURheSk7XG4gIGNvbnN0IGVuZEEgPSBlbmRPZihhKTtcbiAgY29uc3QgZW5kQiA9IGVuZE9mKGIpO1xuICBjb25zdCBlbmQgPSBNYXRoLm1pbihlbmRBLCBlbmRCKTtcbiAgaWYgKHN0YXJ0ID4gZW5kKSByZXR1cm4gbnVsbDtcbiAgcmV0dXJuIFtzdGFydCwgZW5kID09PSBOdW1iZXIuUE9TSVRJVkVfSU5GSU5JVFkgPyBudWxsIDogZW5kXTtcbn1cblxuZnVuY3Rpb24gZGF5VGV4dChbc3RhcnQsIGVuZF06IFtudW1iZXIsIG51bWJlciB8IG51bGxdKTogc3RyaW5nIHtcbiAgaWYgKGVuZCA9PT0gbnVsbCkgcmV0dXJuIGBmcm9tIGRheSAke3N0YXJ0fWA7XG4gIHJldHVybiBzdGFydCA9PT0gZW5kID8gYGRheSAke3N0YXJ0fWAgOiBgZGF5cyAke3N0YXJ0feKAkyR7ZW5kfWA7XG59XG5cbmNvbnN0IHF1b3RlID0gKHM6IHN0cmluZykgPT4gYOKAnCR7cy5sZW5ndGggPiA0OCA/IGAke3Muc2xpY2UoMCwgNDcpLnRyaW1FbmQoKX3igKZgIDogc33igJ1gO1xuXG4vKipcbiAqIFJ1bGVzIHRoYXQgZW5kIGJlZm9yZSB0aGV5IHN0YXJ0LCByZXBlYXQgZWFjaCBvdGhlciBvbiB0aGUgc2FtZSBkYXlzLCBvciBjb250cmFkaWN0IGVhY2ggb3RoZXJcbiAqICh0aGUgc2FtZSBkYXkgYm90aCBcImtlZXAgZHJ5XCIgYW5kIFwid2FzaCBhcyBub3JtYWxcIikuIEVhY2ggcHJvYmxlbSBuYW1lcyB0aGUgcnVsZSB0byBjaGFuZ2UuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmaW5kUnVsZVByb2JsZW1zKHJ1bGVzOiByZWFkb25seSBBZnRlcmNhcmVSdWxlW10pOiBSdWxlUHJvYmxlbVtdIHtcbiAgY29uc3QgcHJvYmxlbXM6IFJ1bGVQcm9ibGVtW10gPSBbXTtcbiAgY29uc3QgZmxhZ2dlZCA9IG5ldyBTZXQ8bnVtYmVyPigpO1xuICBydWxlcy5mb3JFYWNoKChyLCBpKSA9PiB7XG4gICAgaWYgKHIudG9EYXkgIT09IG51bGwgJiYgci50b0RheSA8IHIuZnJvbURheSkge1xuICAgICAgcHJvYmxlbXMucHVzaCh7IGluZGV4OiBpLCBmaWVsZDogJ3RvRGF5Jywga2luZDogJ29yZGVyJywgbWVzc2FnZTogJ1RoZSBsYXN0IGRheSBtdXN0IG5vdCBiZSBiZWZvcmUgdGhlIGZpcnN0IGRheS4nIH0pO1xuICAgICAgZmxhZ2dlZC5hZGQoaSk7XG4gICAgfVxuICB9KTtcbiAgY29uc3QgdG9waWNzID0gcnVsZXMubWFwKChyKSA9PiBjbGFzc2lmeUluc3RydWN0aW9uKHIuaW5zdHJ1Y3Rpb24pKTtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCBydWxlcy5sZW5ndGg7IGkrKykge1xuICAgIGlmIChmbGFnZ2VkLmhhcyhpKSkgY29udGludWU7XG4gICAgY29uc3QgcmkgPSBydWxlc1tpXSE7XG4gICAgZm9yIChsZXQgaiA9IDA7IGogPCBpOyBqKyspIHtcbiAgICAgIGlmIChmbGFnZ2VkLmhhcyhqKSkgY29udGludWU7XG4gICAgICBjb25zdCByaiA9IHJ1bGVzW2pdITtcbiAgICAgIGNvbnN0IGRheXMgPSBvdmVybGFwRGF5cyhyaSwgcmopO1xuICAgICAgaWYgKCFkYXlzKSBjb250aW51ZTtcbiAgICAgIC8vIFRoZSBmaWVsZCB0aGF0IG1vdmVzIHRoZSBydWxlIG9mZiB0aGUgb3RoZXIgb25lOiBpdHMgc3RhcnQgaWYgaXQgc3RhcnRzIGluc2lkZSwgZWxzZSBpdHMgZW5kLlxuICAgICAgY29uc3QgZmllbGQgPSByaS5mcm9tRGF5ID49IHJqLmZyb21EYXkgPyAnZnJvbURheScgOiAndG9EYXknO1xuICAgICAgY29uc3QgY2xhc2ggPSAoT2JqZWN0LmtleXModG9waWNzW2ldISkgYXMgVG9waWNbXSkuZmluZCgodCkgPT4ge1xuICAgICAgICBjb25zdCBhID0gdG9waWNzW2ldIVt0XTtcbiAgICAgICAgY29uc3QgYiA9IHRvcGljc1tqXSFbdF07XG4gICAgICAgIGlmIChhID09PSB1bmRlZmluZWQgfHwgYiA9PT0gdW5kZWZpbmVkKSByZXR1cm4gZmFsc2U7XG4gICAgICAgIHJldHVybiB0ID09PSAnd2FzaCcgPyAhd2FzaEFncmVlcyhhIGFzIFdhc2hTdGF0ZSwgYiBhcyBXYXNoU3RhdGUpIDogYSAhPT0gYjtcbiAgICAgIH0pO1xuICAgICAgaWYgKGNsYXNoKSB7XG4gICAgICAgIHByb2JsZW1zLnB1c2goe1xuICAgICAgICAgIGluZGV4OiBpLFxuICAgICAgICAgIGZpZWxkLFxuICAgICAgICAgIGtpbmQ6ICdjb250cmFkaWN0aW9uJyxcbiAgICAgICAgICBtZXNzYWdlOiBgVGhpcyBjb250cmFkaWN0cyBydWxlICR7aiArIDF9ICgke3F1b3RlKHJqLmluc3RydWN0aW9uKX0pIGFib3V0ICR7VE9QSUNfTEFCRUxTW2NsYXNoXX0gb24gJHtkYXlUZXh0KGRheXMpfS4gQ2hhbmdlIHRoZSBkYXlzIHNvIHRoZXkgZG9u4oCZdCBtZWV0LmAsXG4gICAgICAgIH0pO1xuICAgICAgICBmbGFnZ2VkLmFkZChpKTtcbiAgICAgICAgYnJlYWs7XG4gICAgICB9XG4gICAgICBjb25zdCBzYW1lID0gcmkuaW5zdHJ1Y3Rpb24udHJpbSgpLnRvTG93ZXJDYXNlKCkgPT09IHJqLmluc3RydWN0aW9uLnRyaW0oKS50b0xvd2VyQ2FzZSgpO1xuICAgICAgY29uc3QgcmVwZWF0ZWQgPSAoT2JqZWN0LmtleXModG9waWNzW2ldISkgYXMgVG9waWNbXSkuZmluZCgodCkgPT4gdG9waWNzW2ldIVt0XSAhPT0gdW5kZWZpbmVkICYmIHRvcGljc1tpXSFbdF0gPT09IHRvcGljc1tqXSFbdF0pO1xuICAgICAgaWYgKHNhbWUgfHwgcmVwZWF0ZWQpIHtcbiAgICAgICAgcHJvYmxlbXMucHVzaCh7XG4gICAgICAgICAgaW5kZXg6IGksXG4gICAgICAgICAgZmllbGQsXG4gICAgICAgICAga2luZDogJ292ZXJsYXAnLFxuICAgICAgICAgIG1lc3NhZ2U6IGBUaGlzIG92ZXJsYXBzIHJ1bGUgJHtqICsgMX0gKCR7cXVvdGUocmouaW5zdHJ1Y3Rpb24pfSkgb24gJHtkYXlUZXh0KGRheXMpfSR7cmVwZWF0ZWQgJiYgIXNhbWUgPyBgLCB3aGljaCBhbHJlYWR5IGNvdmVycyAke1RPUElDX0xBQkVMU1tyZXBlYXRlZF19YCA6ICcnfS4gTWVyZ2UgdGhlbSBvciBjaGFuZ2UgdGhlIGRheXMuYCxcbiAgICAgICAgfSk7XG4gICAgICAgIGZsYWdnZWQuYWRkKGkpO1xuICAgICAgICBicmVhaztcbiAgICAgIH1cbiAgICB9XG4gIH1cbiAgcmV0dXJuIHByb2JsZW1zLnNvcnQoKGEsIGIpID0+IGEuaW5kZXggLSBiLmluZGV4KTtcbn1cbiIsIi8vIFRoZSBmaXhlZCB2b2NhYnVsYXJpZXMgb2YgU01QIGNoYXJ0aW5nLiBTdG9yZWQgYXMgdGhlc2Ugc3RyaW5nIGtleXM7IGxhYmVscyBhcmUgZm9yIGRpc3BsYXkuXG5cbmV4cG9ydCBjb25zdCBaT05FUyA9IFsnZnJvbnRhbF9oYWlybGluZScsICdsZWZ0X3RlbXBsZScsICdyaWdodF90ZW1wbGUnLCAnbWlkX3NjYWxwJywgJ2Nyb3duJywgJ3NpZGVzX2JhY2snLCAnc2NhciddIGFzIGNvbnN0O1xuZXhwb3J0IHR5cGUgWm9uZSA9ICh0eXBlb2YgWk9ORVMpW251bWJlcl07XG5leHBvcnQgY29uc3QgWk9ORV9MQUJFTFM6IFJlY29yZDxab25lLCBzdHJpbmc+ID0ge1xuICBmcm9udGFsX2hhaXJsaW5lOiAnRnJvbnRhbCBoYWlybGluZScsXG4gIGxlZnRfdGVtcGxlOiAnTGVmdCB0ZW1wbGUnLFxuICByaWdodF90ZW1wbGU6ICdSaWdodCB0ZW1wbGUnLFxuICBtaWRfc2NhbHA6ICdNaWQtc2NhbHAnLFxuICBjcm93bjogJ0Nyb3duJyxcbiAgc2lkZXNfYmFjazogJ1NpZGVzIGFuZCBiYWNrJyxcbiAgc2NhcjogJ1NjYXInLFxufTtcblxuZXhwb3J0IGNvbnN0IFJFVEVOVElPTl9SQVRJTkdTID0gWydoZWxkX3dlbGwnLCAnc2xpZ2h0X2ZhZGluZycsICdoZWF2eV9mYWRpbmcnLCAncGF0Y2h5JywgJ3Rvb19kYXJrJ10gYXMgY29uc3Q7XG5leHBvcnQgdHlwZSBSZXRlbnRpb25SYXRpbmcgPSAodHlwZW9mIFJFVEVOVElPTl9SQVRJTkdTKVtudW1iZXJdO1xuZXhwb3J0IGNvbnN0IFJFVEVOVElPTl9MQUJFTFM6IFJlY29yZDxSZXRlbnRpb25SYXRpbmcsIHN0cmluZz4gPSB7XG4gIGhlbGRfd2VsbDogJ0hlbGQgd2VsbCcsXG4gIHNsaWdodF9mYWRpbmc6ICdTbGlnaHQgZmFkaW5nJyxcbiAgaGVhdnlfZmFkaW5nOiAnSGVhdnkgZmFkaW5nJyxcbiAgcGF0Y2h5OiAnUGF0Y2h5JyxcbiAgdG9vX2Rhcms6ICdUb28gZGFyayBvciBzcHJlYWQnLFxufTtcblxuZXhwb3J0IGNvbnN0IEhBSVJfTE9TU19TQ0FMRVMgPSBbJ25vcndvb2QnLCAnbHVkd2lnJ10gYXMgY29uc3Q7XG5leHBvcnQgdHlwZSBIYWlyTG9zc1NjYWxlID0gKHR5cGVvZiBIQUlSX0xPU1NfU0NBTEVTKVtudW1iZXJdO1xuLyoqIE5vcndvb2Qgc3RhZ2VzIDHigJM3IHdpdGggdGhlIGNvbW1vbiBcIkFcIiBhbmQgdmVydGV4IHZhcmlhbnRzOyBMdWR3aWcgSeKAk0lJSS4gKi9cbmV4cG9ydCBjb25zdCBOT1JXT09EX1NUQUdFUyA9IFsnMScsICcyJywgJzJBJywgJzMnLCAnM0EnLCAnM1YnLCAnNCcsICc0QScsICc1JywgJzVBJywgJzYnLCAnNyddIGFzIGNvbnN0O1xuZXhwb3J0IGNvbnN0IExVRFdJR19TVEFHRVMgPSBbJ0knLCAnSUknLCAnSUlJJ10gYXMgY29uc3Q7XG5cbmV4cG9ydCBjb25zdCBGSVRaUEFUUklDS19UWVBFUyA9IFsxLCAyLCAzLCA0LCA1LCA2XSBhcyBjb25zdDtcbmV4cG9ydCB0eXBlIEZpdHpwYXRyaWNrVHlwZSA9ICh0eXBlb2YgRklUWlBBVFJJQ0tfVFlQRVMpW251bWJlcl07XG5cbmV4cG9ydCBjb25zdCBDQVNFX1RZUEVTID0gWydoYWlyX2xvc3MnLCAnc2Nhcl9mdXQnLCAnc2Nhcl9mdWUnLCAnZGlmZnVzZV90aGlubmluZycsICdhbG9wZWNpYScsICdvdGhlciddIGFzIGNvbnN0O1xuZXhwb3J0IHR5cGUgQ2FzZVR5cGUgPSAodHlwZW9mIENBU0VfVFlQRVMpW251bWJlcl07XG5leHBvcnQgY29uc3QgQ0FTRV9UWVBFX0xBQkVMUzogUmVjb3JkPENhc2VUeXBlLCBzdHJpbmc+ID0ge1xuICBoYWlyX2xvc3M6ICdIYWlyIGxvc3MnLFxuICBzY2FyX2Z1dDogJ0ZVVCBzdHJpcCBzY2FyIGNhbW91ZmxhZ2UnLFxuICBzY2FyX2Z1ZTogJ0ZVRSBzY2FyIGNhbW91ZmxhZ2UnLFxuICBkaWZmdXNlX3RoaW5uaW5nOiAnRGlmZnVzZSB0aGlubmluZyAodW5zaGF2ZW4pJyxcbiAgYWxvcGVjaWE6ICdBbG9wZWNpYScsXG4gIG90aGVyOiAnT3RoZXInLFxufTtcblxuZXhwb3J0IGNvbnN0IFNUQUZGX1JPTEVTID0gWydvd25lcicsICdwcmFjdGl0aW9uZXInLCAncmVjZXB0aW9uJ10gYXMgY29uc3Q7XG5leHBvcnQgdHlwZSBTdGFmZlJvbGUgPSAodHlwZW9mIFNUQUZGX1JPTEVTKVtudW1iZXJdO1xuXG5leHBvcnQgY29uc3QgQ09OVFJBSU5ESUNBVElPTl9USUVSUyA9IFsnYWJzb2x1dGUnLCAndGVtcG9yYXJ5JywgJ2RvY3Rvcl9sZXR0ZXInXSBhcyBjb25zdDtcbmV4cG9ydCB0eXBlIENvbnRyYWluZGljYXRpb25UaWVyID0gKHR5cGVvZiBDT05UUkFJTkRJQ0FUSU9OX1RJRVJTKVtudW1iZXJdO1xuXG5leHBvcnQgY29uc3QgUExBTl9LSU5EUyA9IFsnY291cnNlJywgJ3RvdWNoX3VwJ10gYXMgY29uc3Q7XG5leHBvcnQgdHlwZSBQbGFuS2luZCA9ICh0eXBlb2YgUExBTl9LSU5EUylbbnVtYmVyXTtcbmV4cG9ydCBjb25zdCBQTEFOX1NUQVRVU0VTID0gWydxdW90ZWQnLCAnYWN0aXZlJywgJ2NvbXBsZXRlZCcsICdjYW5jZWxsZWQnXSBhcyBjb25zdDtcbmV4cG9ydCB0eXBlIFBsYW5TdGF0dXMgPSAodHlwZW9mIFBMQU5fU1RBVFVTRVMpW251bWJlcl07XG5cbmV4cG9ydCBjb25zdCBTRVNTSU9OX1NUQVRVU0VTID0gWydib29rZWQnLCAncGVyZm9ybWVkJywgJ2NhbmNlbGxlZCcsICdub19zaG93J10gYXMgY29uc3Q7XG5leHBvcnQgdHlwZSBTZXNzaW9uU3RhdHVzID0gKHR5cGVvZiBTRVNTSU9OX1NUQVRVU0VTKVtudW1iZXJdO1xuXG5leHBvcnQgY29uc3QgU0hBREVfQ0hBTkdFX1JFQVNPTlMgPSBbJ2ZhZGVkJywgJ2NsaWVudF9kYXJrZXInLCAnY2xpZW50X2xpZ2h0ZXInLCAnc2tpbl9yZXNwb25zZScsICdvdGhlciddIGFzIGNvbnN0O1xuZXhwb3J0IHR5cGUgU2hhZGVDaGFuZ2VSZWFzb24gPSAodHlwZW9mIFNIQURFX0NIQU5HRV9SRUFTT05TKVtudW1iZXJdO1xuXG5leHBvcnQgY29uc3QgSEFJUkxJTkVfUkVRVUVTVF9LSU5EUyA9IFtcbiAgJ2xvd2VyX2hhaXJsaW5lJyxcbiAgJ3JhaXNlX2hhaXJsaW5lJyxcbiAgJ2RhcmtlcicsXG4gICdsaWdodGVyJyxcbiAgJ3NvZnRlcl90ZW1wbGVzJyxcbiAgJ3Jlc2hhcGUnLFxuICAnb3RoZXInLFxuXSBhcyBjb25zdDtcbmV4cG9ydCB0eXBlIEhhaXJsaW5lUmVxdWVzdEtpbmQgPSAodHlwZW9mIEhBSVJMSU5FX1JFUVVFU1RfS0lORFMpW251bWJlcl07XG5leHBvcnQgY29uc3QgSEFJUkxJTkVfUkVRVUVTVF9TVEFUVVNFUyA9IFsnb3BlbicsICdhZ3JlZWQnLCAnZGVjbGluZWQnLCAnZG9uZSddIGFzIGNvbnN0O1xuZXhwb3J0IHR5cGUgSGFpcmxpbmVSZXF1ZXN0U3RhdHVzID0gKHR5cGVvZiBIQUlSTElORV9SRVFVRVNUX1NUQVRVU0VTKVtudW1iZXJdO1xuXG5leHBvcnQgY29uc3QgREVQT1NJVF9TVEFUVVNFUyA9IFsncmVxdWlyZWQnLCAncGFpZCcsICdhcHBsaWVkJywgJ3JlZnVuZGVkJywgJ2ZvcmZlaXRlZCcsICd3YWl2ZWQnXSBhcyBjb25zdDtcbmV4cG9ydCB0eXBlIERlcG9zaXRTdGF0dXMgPSAodHlwZW9mIERFUE9TSVRfU1RBVFVTRVMpW251bWJlcl07XG5leHBvcnQgY29uc3QgUEFZTUVOVF9NRVRIT0RTID0gWydjYXNoJywgJ2NhcmQnLCAnYmFua190cmFuc2ZlcicsICdvdGhlciddIGFzIGNvbnN0O1xuZXhwb3J0IHR5cGUgUGF5bWVudE1ldGhvZCA9ICh0eXBlb2YgUEFZTUVOVF9NRVRIT0RTKVtudW1iZXJdO1xuXG5leHBvcnQgY29uc3QgQUZURVJDQVJFX1NFU1NJT05fS0lORFMgPSBbJ2FueScsICdmaXJzdCcsICdsYXRlcicsICd0b3VjaF91cCddIGFzIGNvbnN0O1xuZXhwb3J0IHR5cGUgQWZ0ZXJjYXJlU2Vzc2lvbktpbmQgPSAodHlwZW9mIEFGVEVSQ0FSRV9TRVNTSU9OX0tJTkRTKVtudW1iZXJdO1xuXG4vKiogV2hlcmUgYSBwbGFuJ3MgbmV4dCBzZXNzaW9uIHN0YW5kcyBvbiByZWNlcHRpb24ncyBib2FyZC4gKi9cbmV4cG9ydCBjb25zdCBCT0FSRF9TVEFURVMgPSBbXG4gICdkZXBvc2l0X291dHN0YW5kaW5nJyxcbiAgJ3BhaWRfbm90X2Jvb2tlZCcsXG4gICdub3RfYm9va2VkJyxcbiAgJ2Jvb2tlZCcsXG4gICdhcHBsaWVkJyxcbiAgJ3BlcmZvcm1lZCcsXG4gICdyZWNhbGxfZHVlJyxcbl0gYXMgY29uc3Q7XG5leHBvcnQgdHlwZSBCb2FyZFN0YXRlID0gKHR5cGVvZiBCT0FSRF9TVEFURVMpW251bWJlcl07XG5leHBvcnQgY29uc3QgQk9BUkRfU1RBVEVfTEFCRUxTOiBSZWNvcmQ8Qm9hcmRTdGF0ZSwgc3RyaW5nPiA9IHtcbiAgZGVwb3NpdF9vdXRzdGFuZGluZzogJ0RlcG9zaXQgb3V0c3RhbmRpbmcnLFxuICBwYWlkX25vdF9ib29rZWQ6ICdQYWlkLCBub3QgYm9va2VkJyxcbiAgbm90X2Jvb2tlZDogJ05vdCBib29rZWQnLFxuICBib29rZWQ6ICdCb29rZWQnLFxuICBhcHBsaWVkOiAnRGVwb3NpdCBhcHBsaWVkJyxcbiAgcGVyZm9ybWVkOiAnUGVyZm9ybWVkJyxcbiAgcmVjYWxsX2R1ZTogJ1RvdWNoLXVwIHJlY2FsbCBkdWUnLFxufTtcbiIsIi8vIFNoYXJlZCB6b2QgcGllY2VzLiBNZXNzYWdlcyBhcmUgd3JpdHRlbiBmb3IgdGhlIHBlcnNvbiBhdCB0aGUgZGVzaywgbm90IGZvciBhIGRldmVsb3Blci5cbmltcG9ydCB7IHogfSBmcm9tICd6b2QnO1xuXG5leHBvcnQgY29uc3QgaWQgPSB6Lm51bWJlcigpLmludCgpLnBvc2l0aXZlKCk7XG5leHBvcnQgY29uc3QgdmVyc2lvbiA9IHoubnVtYmVyKCkuaW50KCkucG9zaXRpdmUoKTtcblxuZXhwb3J0IGNvbnN0IHJlcXVpcmVkVGV4dCA9IChsYWJlbDogc3RyaW5nLCBtYXggPSAyMDApID0+XG4gIHpcbiAgICAuc3RyaW5nKHsgZXJyb3I6IGBFbnRlciAke2xhYmVsfS5gIH0pXG4gICAgLnRyaW0oKVxuICAgIC5taW4oMSwgeyBlcnJvcjogYEVudGVyICR7bGFiZWx9LmAgfSlcbiAgICAubWF4KG1heCwgeyBlcnJvcjogYEtlZXAgJHtsYWJlbH0gdW5kZXIgJHttYXh9IGNoYXJhY3RlcnMuYCB9KTtcblxuZXhwb3J0IGNvbnN0IG9wdGlvbmFsVGV4dCA9IChsYWJlbDogc3RyaW5nLCBtYXggPSAyMDApID0+XG4gIHpcbiAgICAuc3RyaW5nKClcbiAgICAudHJpbSgpXG4gICAgLm1heChtYXgsIHsgZXJyb3I6IGBLZWVwICR7bGFiZWx9IHVuZGVyICR7bWF4fSBjaGFyYWN0ZXJzLmAgfSlcbiAgICAudHJhbnNmb3JtKChzKSA9PiAocyA9PT0gJycgPyBudWxsIDogcykpXG4gICAgLm51bGxhYmxlKClcbiAgICAub3B0aW9uYWwoKTtcblxuZXhwb3J0IGNvbnN0IG5vdGVzID0gKGxhYmVsID0gJ3RoZSBub3RlcycsIG1heCA9IDEwXzAwMCkgPT5cbiAgelxuICAgIC5zdHJpbmcoKVxuICAgIC5tYXgobWF4LCB7IGVycm9yOiBgS2VlcCAke2xhYmVsfSB1bmRlciAke21heH0gY2hhcmFjdGVycy5gIH0pXG4gICAgLmRlZmF1bHQoJycpO1xuXG5jb25zdCBJU09fREFURSA9IC9eXFxkezR9LVxcZHsyfS1cXGR7Mn0kLztcbi8qKiBBIGNhbGVuZGFyIGRhdGUgJ1lZWVktTU0tREQnIHRoYXQgZXhpc3RzIChyZWplY3RzIDIwMjYtMDItMzApLiAqL1xuZXhwb3J0IGNvbnN0IGlzb0RhdGUgPSAobGFiZWw6IHN0cmluZykgPT5cbiAgelxuICAgIC5zdHJpbmcoeyBlcnJvcjogYEVudGVyICR7bGFiZWx9LmAgfSlcbiAgICAucmVnZXgoSVNPX0RBVEUsIHsgZXJyb3I6IGBFbnRlciAke2xhYmVsfSBhcyBhIGRhdGUuYCB9KVxuICAgIC5yZWZpbmUoXG4gICAgICAocykgPT4ge1xuICAgICAgICBjb25zdCBkID0gbmV3IERhdGUoYCR7c31UMDA6MDA6MDBaYCk7XG4gICAgICAgIHJldHVybiAhTnVtYmVyLmlzTmFOKGQuZ2V0VGltZSgpKSAmJiBkLnRvSVNPU3RyaW5nKCkuc2xpY2UoMCwgMTApID09PSBzO1xuICAgICAgfSxcbiAgICAgIHsgZXJyb3I6IGAke2xhYmVsWzBdIS50b1VwcGVyQ2FzZSgpfSR7bGFiZWwuc2xpY2UoMSl9IGlzIG5vdCBhIHJlYWwgZGF0ZS5gIH0sXG4gICAgKTtcblxuLyoqIEFuIGluc3RhbnQgd2l0aCBpdHMgb2Zmc2V0LCBlLmcuIDIwMjYtMTEtMjNUMTA6MDA6MDAuMDAwWi4gKi9cbmV4cG9ydCBjb25zdCBpbnN0YW50ID0gKGxhYmVsOiBzdHJpbmcpID0+IHouaXNvLmRhdGV0aW1lKHsgb2Zmc2V0OiB0cnVlLCBlcnJvcjogYEVudGVyICR7bGFiZWx9IGFzIGEgZGF0ZSBhbmQgdGltZS5gIH0pO1xuXG5leHBvcnQgY29uc3QgY3VycmVuY3kgPSB6LnN0cmluZygpLnJlZ2V4KC9eW0EtWl17M30kLywgeyBlcnJvcjogJ1VzZSBhIHRocmVlLWxldHRlciBjdXJyZW5jeSBjb2RlIHN1Y2ggYXMgR0JQIG9yIEVVUi4nIH0pO1xuZXhwb3J0IGNvbnN0IG1pbm9yQW1vdW50ID0gKGxhYmVsOiBzdHJpbmcpID0+XG4gIHpcbiAgICAubnVtYmVyKHsgZXJyb3I6IGBFbnRlciAke2xhYmVsfS5gIH0pXG4gICAgLmludCh7IGVycm9yOiBgRW50ZXIgJHtsYWJlbH0gaW4gd2hvbGUgbWlub3IgdW5pdHMuYCB9KVxuICAgIC5ub25uZWdhdGl2ZSh7IGVycm9yOiBgJHtsYWJlbFswXSEudG9VcHBlckNhc2UoKX0ke2xhYmVsLnNsaWNlKDEpfSBjYW5ub3QgYmUgbmVnYXRpdmUuYCB9KVxuICAgIC5tYXgoMTAwXzAwMF8wMDAsIHsgZXJyb3I6IGAke2xhYmVsWzBdIS50b1VwcGVyQ2FzZSgpfSR7bGFiZWwuc2xpY2UoMSl9IGlzIHRvbyBsYXJnZS5gIH0pO1xuXG5leHBvcnQgY29uc3QgZW1haWwgPSB6XG4gIC5zdHJpbmcoKVxuICAudHJpbSgpXG4gIC5tYXgoMjAwKVxuICAucmVmaW5lKChzKSA9PiBzID09PSAnJyB8fCB6LmVtYWlsKCkuc2FmZVBhcnNlKHMpLnN1Y2Nlc3MsIHsgZXJyb3I6ICdFbnRlciBhbiBlbWFpbCBhZGRyZXNzIGxpa2UgbmFtZUBleGFtcGxlLmNvbS4nIH0pXG4gIC50cmFuc2Zvcm0oKHMpID0+IChzID09PSAnJyA/IG51bGwgOiBzKSlcbiAgLm51bGxhYmxlKClcbiAgLm9wdGlvbmFsKCk7XG5cbmV4cG9ydCBjb25zdCBwaG9uZSA9IHpcbiAgLnN0cmluZygpXG4gIC50cmltKClcbiAgLm1heCg0MCwgeyBlcnJvcjogJ0tlZXAgdGhlIHBob25lIG51bWJlciB1bmRlciA0MCBjaGFyYWN0ZXJzLicgfSlcbiAgLnJlZmluZSgocykgPT4gcyA9PT0gJycgfHwgL15bKygpXFxkXFxzLi1dezUsfSQvLnRlc3QocyksIHtcbiAgICBlcnJvcjogJ0VudGVyIGEgcGhvbmUgbnVtYmVyIHVzaW5nIGRpZ2l0cywgc3BhY2VzIGFuZCArICggKSAtIG9ubHkuJyxcbiAgfSlcbiAgLnRyYW5zZm9ybSgocykgPT4gKHMgPT09ICcnID8gbnVsbCA6IHMpKVxuICAubnVsbGFibGUoKVxuICAub3B0aW9uYWwoKTtcblxuZXhwb3J0IGNvbnN0IG9rID0gei5vYmplY3QoeyBvazogei5saXRlcmFsKHRydWUpIH0pO1xuIiwiLy8gUmVjb3JkcyBhcyB0aGUgQVBJIHJldHVybnMgdGhlbSwgYW5kIHRoZSB3aG9sZSBjaGFydCBvZiBvbmUgY2xpZW50LlxuaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCc7XG5pbXBvcnQge1xuICBDQVNFX1RZUEVTLFxuICBDT05UUkFJTkRJQ0FUSU9OX1RJRVJTLFxuICBERVBPU0lUX1NUQVRVU0VTLFxuICBIQUlSX0xPU1NfU0NBTEVTLFxuICBIQUlSTElORV9SRVFVRVNUX0tJTkRTLFxuICBIQUlSTElORV9SRVFVRVNUX1NUQVRVU0VTLFxuICBQQVlNRU5UX01FVEhPRFMsXG4gIFBMQU5fS0lORFMsXG4gIFBMQU5fU1RBVFVTRVMsXG4gIFJFVEVOVElPTl9SQVRJTkdTLFxuICBTRVNTSU9OX1NUQVRVU0VTLFxuICBTSEFERV9DSEFOR0VfUkVBU09OUyxcbiAgU1RBRkZfUk9MRVMsXG59IGZyb20gJy4uLy4uL2NvcmUvdm9jYWJ1bGFyeSc7XG5pbXBvcnQgeyBpZCwgdmVyc2lvbiB9IGZyb20gJy4vY29tbW9uJztcblxuY29uc3QgbnVsbGFibGVUZXh0ID0gei5zdHJpbmcoKS5udWxsYWJsZSgpO1xuY29uc3QgbnVsbGFibGVJZCA9IGlkLm51bGxhYmxlKCk7XG5cbmV4cG9ydCBjb25zdCBzdGFmZlJlY29yZCA9IHoub2JqZWN0KHtcbiAgaWQsXG4gIG5hbWU6IHouc3RyaW5nKCksXG4gIHJvbGU6IHouZW51bShTVEFGRl9ST0xFUyksXG4gIGFjdGl2ZTogei5ib29sZWFuKCksXG4gIGhhc1Bpbjogei5ib29sZWFuKCksXG4gIHZlcnNpb24sXG59KTtcbmV4cG9ydCB0eXBlIFN0YWZmUmVjb3JkID0gei5pbmZlcjx0eXBlb2Ygc3RhZmZSZWNvcmQ+O1xuXG5leHBvcnQgY29uc3QgaW50YWtlUmVjb3JkID0gei5vYmplY3Qoe1xuICBpZCxcbiAgY2xpZW50SWQ6IGlkLFxuICBhbnN3ZXJzOiB6LnJlY29yZCh6LnN0cmluZygpLCB6Lm9iamVjdCh7IGFuc3dlcjogei5ib29sZWFuKCksIGRldGFpbDogei5zdHJpbmcoKSB9KSksXG4gIGNvbXBsZXRlZEF0OiBudWxsYWJsZVRleHQsXG4gIGNvbXBsZXRlZEJ5OiBudWxsYWJsZUlkLFxuICBjb25zZW50R2l2ZW5BdDogbnVsbGFibGVUZXh0LFxuICBjb25zZW50V2l0bmVzc2VkQnk6IG51bGxhYmxlSWQsXG4gIHVwZGF0ZWRBdDogei5zdHJpbmcoKSxcbiAgdmVyc2lvbixcbn0pO1xuZXhwb3J0IHR5cGUgSW50YWtlUmVjb3JkID0gei5pbmZlcjx0eXBlb2YgaW50YWtlUmVjb3JkPjtcblxuZXhwb3J0IGNvbnN0IGNvbnRyYWluZGljYXRpb25SZWNvcmQgPSB6Lm9iamVjdCh7XG4gIGlkLFxuICBjbGllbnRJZDogaWQsXG4gIGNvbmRpdGlvbjogei5zdHJpbmcoKSxcbiAgdGllcjogei5lbnVtKENPTlRSQUlORElDQVRJT05fVElFUlMpLFxuICB1bnRpbDogbnVsbGFibGVUZXh0LFxuICBkb2N0b3JMZXR0ZXJSZWNlaXZlZEF0OiBudWxsYWJsZVRleHQsXG4gIG5vdGU6IHouc3RyaW5nKCksXG4gIHJlc29sdmVkQXQ6IG51bGxhYmxlVGV4dCxcbiAgY3JlYXRlZEF0OiB6LnN0cmluZygpLFxuICB2ZXJzaW9uLFxufSk7XG5leHBvcnQgdHlwZSBDb250cmFpbmRpY2F0aW9uUmVjb3JkID0gei5pbmZlcjx0eXBlb2YgY29udHJhaW5kaWNhdGlvblJlY29yZD47XG5cbmV4cG9ydCBjb25zdCBwbGFuUmVjb3JkID0gei5vYmplY3Qoe1xuICBpZCxcbiAgY2xpZW50SWQ6IGlkLFxuICBraW5kOiB6LmVudW0oUExBTl9LSU5EUyksXG4gIHF1b3RlZFNlc3Npb25zOiB6Lm51bWJlcigpLmludCgpLFxuICBwcmljZU1pbm9yOiB6Lm51bWJlcigpLmludCgpLFxuICBjdXJyZW5jeTogei5zdHJpbmcoKSxcbiAgc3RhdHVzOiB6LmVudW0oUExBTl9TVEFUVVNFUyksXG4gIHJlY2FsbE9uOiBudWxsYWJsZVRleHQsXG4gIG5vdGVzOiB6LnN0cmluZygpLFxuICBjcmVhdGVkQXQ6IHouc3RyaW5nKCksXG4gIHZlcnNpb24sXG59KTtcbmV4cG9ydCB0eXBlIFBsYW5SZWNvcmQgPSB6LmluZmVyPHR5cGVvZiBwbGFuUmVjb3JkPjtcblxuZXhwb3J0IGNvbnN0IHJldGVudGlvblJlY29yZCA9IHoub2JqZWN0KHtcbiAgaWQsXG4gIHNlc3Npb25JZDogaWQsXG4gIHpvbmU6IHouc3RyaW5nKCksXG4gIHJhdGluZzogei5lbnVtKFJFVEVOVElPTl9SQVRJTkdTKSxcbiAgbm90ZTogei5zdHJpbmcoKSxcbn0pO1xuZXhwb3J0IHR5cGUgUmV0ZW50aW9uUmVjb3JkID0gei5pbmZlcjx0eXBlb2YgcmV0ZW50aW9uUmVjb3JkPjtcblxuZXhwb3J0IGNvbnN0IHNoYWRlQ2hhbmdlUmVjb3JkID0gei5vYmplY3Qoe1xuICBpZCxcbiAgc2Vzc2lvbklkOiBpZCxcbiAgZnJvbVNoYWRlOiBudWxsYWJsZVRleHQsXG4gIHRvU2hhZGU6IG51bGxhYmxlVGV4dCxcbiAgZnJvbURpbHV0aW9uOiBudWxsYWJsZVRleHQsXG4gIHRvRGlsdXRpb246IG51bGxhYmxlVGV4dCxcbiAgcmVhc29uOiB6LmVudW0oU0hBREVfQ0hBTkdFX1JFQVNPTlMpLFxuICBub3RlOiB6LnN0cmluZygpLFxuICBjcmVhdGVkQXQ6IHouc3RyaW5nKCksXG59KTtcbmV4cG9ydCB0eXBlIFNoYWRlQ2hhbmdlUmVjb3JkID0gei5pbmZlcjx0eXBlb2Ygc2hhZGVDaGFuZ2VSZWNvcmQ+O1xuXG5leHBvcnQgY29uc3Qgc2Vzc2lvblJlY29yZCA9IHoub2JqZWN0KHtcbiAgaWQsXG4gIGNsaWVudElkOiBpZCxcbiAgcGxhbklkOiBudWxsYWJsZUlkLFxuICBraW5kOiB6LmVudW0oUExBTl9LSU5EUyksXG4gIG51bWJlcjogei5udW1iZXIoKS5pbnQoKSxcbiAgc3RhdHVzOiB6LmVudW0oU0VTU0lPTl9TVEFUVVNFUyksXG4gIGJvb2tlZEZvcjogbnVsbGFibGVUZXh0LFxuICBwZXJmb3JtZWRBdDogbnVsbGFibGVUZXh0LFxuICBwcmFjdGl0aW9uZXJJZDogbnVsbGFibGVJZCxcbiAgcHJlcERvbmU6IHouYm9vbGVhbigpLFxuICBwcmVwTm90ZXM6IHouc3RyaW5nKCksXG4gIGFzc2Vzc21lbnROb3Rlczogei5zdHJpbmcoKSxcbiAgcGlnbWVudEJyYW5kOiBudWxsYWJsZVRleHQsXG4gIHBpZ21lbnRTaGFkZTogbnVsbGFibGVUZXh0LFxuICBkaWx1dGlvbjogbnVsbGFibGVUZXh0LFxuICBwaWdtZW50QmF0Y2g6IG51bGxhYmxlVGV4dCxcbiAgcGlnbWVudEV4cGlyeTogbnVsbGFibGVUZXh0LFxuICBuZWVkbGU6IG51bGxhYmxlVGV4dCxcbiAgem9uZXM6IHouYXJyYXkoei5zdHJpbmcoKSksXG4gIGRlbnNpdHlOb3Rlczogei5zdHJpbmcoKSxcbiAgYmxlbmRpbmdOb3Rlczogei5zdHJpbmcoKSxcbiAgbm90ZXM6IHouc3RyaW5nKCksXG4gIG91dHNpZGVXaW5kb3dSZWFzb246IG51bGxhYmxlVGV4dCxcbiAgZGVwb3NpdE92ZXJyaWRlUmVhc29uOiBudWxsYWJsZVRleHQsXG4gIGNvbnRyYWluZGljYXRpb25PdmVycmlkZVJlYXNvbjogbnVsbGFibGVUZXh0LFxuICBjYW5jZWxSZWFzb246IG51bGxhYmxlVGV4dCxcbiAgdXBkYXRlZEF0OiB6LnN0cmluZygpLFxuICB2ZXJzaW9uLFxufSk7XG5leHBvcnQgdHlwZSBTZXNzaW9uUmVjb3JkID0gei5pbmZlcjx0eXBlb2Ygc2Vzc2lvblJlY29yZD47XG5cbmV4cG9ydCBjb25zdCBoYWlybGluZVJlcXVlc3RSZWNvcmQgPSB6Lm9iamVjdCh7XG4gIGlkLFxuICBjbGllbnRJZDogaWQsXG4gIHJhaXNlZEF0U2Vzc2lvbklkOiBudWxsYWJsZUlkLFxuICBraW5kOiB6LmVudW0oSEFJUkxJTkVfUkVRVUVTVF9LSU5EUyksXG4gIHJlcXVlc3Q6IHouc3RyaW5nKCksXG4gIHN0YXR1czogei5lbnVtKEhBSVJMSU5FX1JFUVVFU1RfU1RBVFVTRVMpLFxuICBkb25lQXRTZXNzaW9uSWQ6IG51bGxhYmxlSWQsXG4gIHJlc29sdXRpb25Ob3RlOiB6LnN0cmluZygpLFxuICBjcmVhdGVkQXQ6IHouc3RyaW5nKCksXG4gIHZlcnNpb24sXG59KTtcbmV4cG9ydCB0eXBlIEhhaXJsaW5lUmVxdWVzdFJlY29yZCA9IHouaW5mZXI8dHlwZW9mIGhhaXJsaW5lUmVxdWVzdFJlY29yZD47XG5cbmV4cG9ydCBjb25zdCBwYXltZW50UmVjb3JkID0gei5vYmplY3Qoe1xuICBpZCxcbiAgZGVwb3NpdElkOiBpZCxcbiAgYW1vdW50TWlub3I6IHoubnVtYmVyKCkuaW50KCksXG4gIG1ldGhvZDogei5lbnVtKFBBWU1FTlRfTUVUSE9EUyksXG4gIHJlY2VpcHQ6IHouc3RyaW5nKCksXG4gIHBhaWRBdDogei5zdHJpbmcoKSxcbiAgcmVjb3JkZWRCeTogbnVsbGFibGVJZCxcbn0pO1xuZXhwb3J0IHR5cGUgUGF5bWVudFJlY29yZCA9IHouaW5mZXI8dHlwZW9mIHBheW1lbnRSZWNvcmQ+O1xuXG5leHBvcnQgY29uc3QgZGVwb3NpdFJlY29yZCA9IHoub2JqZWN0KHtcbiAgaWQsXG4gIHBsYW5JZDogaWQsXG4gIHNlc3Npb25OdW1iZXI6IHoubnVtYmVyKCkuaW50KCksXG4gIHB1cnBvc2U6IHouc3RyaW5nKCksXG4gIGFtb3VudE1pbm9yOiB6Lm51bWJlcigpLmludCgpLFxuICBjdXJyZW5jeTogei5zdHJpbmcoKSxcbiAgc3RhdHVzOiB6LmVudW0oREVQT1NJVF9TVEFUVVNFUyksXG4gIHBhaWRNaW5vcjogei5udW1iZXIoKS5pbnQoKSxcbiAgcGFpZEF0OiBudWxsYWJsZVRleHQsXG4gIG1ldGhvZDogbnVsbGFibGVUZXh0LFxuICByZWNlaXB0OiBudWxsYWJsZVRleHQsXG4gIG5vdGU6IHouc3RyaW5nKCksXG4gIG92ZXJyaWRlUmVhc29uOiBudWxsYWJsZVRleHQsXG4gIGFwcGxpZWRTZXNzaW9uSWQ6IG51bGxhYmxlSWQsXG4gIHN0YXR1c1JlYXNvbjogbnVsbGFibGVUZXh0LFxuICBzdGF0dXNDaGFuZ2VkQXQ6IG51bGxhYmxlVGV4dCxcbiAgc3RhdHVzQ2hhbmdlZEJ5OiBudWxsYWJsZUlkLFxuICBwYXltZW50czogei5hcnJheShwYXltZW50UmVjb3JkKSxcbiAgdmVyc2lvbixcbn0pO1xuZXhwb3J0IHR5cGUgRGVwb3NpdFJlY29yZCA9IHouaW5mZXI8dHlwZW9mIGRlcG9zaXRSZWNvcmQ+O1xuXG5leHBvcnQgY29uc3QgcHJpbnRSZWNvcmQgPSB6Lm9iamVjdCh7XG4gIGlkLFxuICBzZXNzaW9uSWQ6IGlkLFxuICB0ZW1wbGF0ZUlkOiBpZCxcbiAgdGVtcGxhdGVOYW1lOiB6LnN0cmluZygpLFxuICB0ZW1wbGF0ZVZlcnNpb246IHoubnVtYmVyKCkuaW50KCksXG4gIHByaW50ZWRBdDogei5zdHJpbmcoKSxcbiAgcHJpbnRlZEJ5OiBudWxsYWJsZUlkLFxufSk7XG5leHBvcnQgdHlwZSBQcmludFJlY29yZCA9IHouaW5mZXI8dHlwZW9mIHByaW50UmVjb3JkPjtcblxuZXhwb3J0IGNvbnN0IGNsaWVudEZvckNoYXJ0ID0gei5vYmplY3Qoe1xuICBpZCxcbiAgZmlyc3ROYW1lOiB6LnN0cmluZygpLFxuICBsYXN0TmFtZTogei5zdHJpbmcoKSxcbiAgcGhvbmU6IG51bGxhYmxlVGV4dCxcbiAgZW1haWw6IG51bGxhYmxlVGV4dCxcbiAgZGF0ZU9mQmlydGg6IG51bGxhYmxlVGV4dCxcbiAgaGFpckxvc3NTY2FsZTogei5lbnVtKEhBSVJfTE9TU19TQ0FMRVMpLm51bGxhYmxlKCksXG4gIGhhaXJMb3NzU3RhZ2U6IG51bGxhYmxlVGV4dCxcbiAgZml0enBhdHJpY2s6IHoubnVtYmVyKCkuaW50KCkubnVsbGFibGUoKSxcbiAgY2FzZVR5cGU6IHouZW51bShDQVNFX1RZUEVTKSxcbiAgbm90ZXM6IHouc3RyaW5nKCksXG4gIGFyY2hpdmVkQXQ6IG51bGxhYmxlVGV4dCxcbiAgY3JlYXRlZEF0OiB6LnN0cmluZygpLFxuICB1cGRhdGVkQXQ6IHouc3RyaW5nKCksXG4gIHZlcnNpb24sXG59KTtcblxuLyoqIEV2ZXJ5dGhpbmcgYWJvdXQgb25lIGNsaWVudCwgbmV3ZXN0IHNlc3Npb25zIGZpcnN0LiAqL1xuZXhwb3J0IGNvbnN0IGNoYXJ0UmVjb3JkID0gei5vYmplY3Qoe1xuICBjbGllbnQ6IGNsaWVudEZvckNoYXJ0LFxuICBpbnRha2U6IGludGFrZVJlY29yZC5udWxsYWJsZSgpLFxuICBjb250cmFpbmRpY2F0aW9uczogei5hcnJheShjb250cmFpbmRpY2F0aW9uUmVjb3JkKSxcbiAgcGxhbnM6IHouYXJyYXkocGxhblJlY29yZCksXG4gIHNlc3Npb25zOiB6LmFycmF5KHNlc3Npb25SZWNvcmQuZXh0ZW5kKHsgcmV0ZW50aW9uOiB6LmFycmF5KHJldGVudGlvblJlY29yZCksIHNoYWRlQ2hhbmdlczogei5hcnJheShzaGFkZUNoYW5nZVJlY29yZCkgfSkpLFxuICBoYWlybGluZVJlcXVlc3RzOiB6LmFycmF5KGhhaXJsaW5lUmVxdWVzdFJlY29yZCksXG4gIGRlcG9zaXRzOiB6LmFycmF5KGRlcG9zaXRSZWNvcmQpLFxuICBwcmludHM6IHouYXJyYXkocHJpbnRSZWNvcmQpLFxufSk7XG5leHBvcnQgdHlwZSBDaGFydFJlY29yZCA9IHouaW5mZXI8dHlwZW9mIGNoYXJ0UmVjb3JkPjtcbiIsImltcG9ydCB0eXBlIHsgeiB9IGZyb20gJ3pvZCc7XG5cbi8qKiBXaGF0IGEgY2hhbmdlIGxlYXZlcyBzdGFsZTogcXVlcnkgY2hhbm5lbHMgd2hvc2UgYW5zd2VycyBtYXkgZGlmZmVyIGFmdGVyIGl0LCBvciAnYWxsJyAoYSByZXN0b3JlKS4gKi9cbmV4cG9ydCB0eXBlIFN0YWxlPE4gZXh0ZW5kcyBzdHJpbmcgPSBzdHJpbmc+ID0gcmVhZG9ubHkgTltdIHwgJ2FsbCc7XG5cbi8qKiBBIGNoYW5uZWw6IGl0cyBpbnB1dCBhbmQgb3V0cHV0IHNjaGVtYXMsIGFuZCB3aGV0aGVyIGl0IGNoYW5nZXMgdGhlIGNoYXJ0IChhbmQgc28gaXMgYXVkaXRlZCkuICovXG5leHBvcnQgaW50ZXJmYWNlIENoYW5uZWxEZWY8SSBleHRlbmRzIHouWm9kVHlwZSA9IHouWm9kVHlwZSwgTyBleHRlbmRzIHouWm9kVHlwZSA9IHouWm9kVHlwZT4ge1xuICBpbnB1dDogSTtcbiAgb3V0cHV0OiBPO1xuICBjaGFuZ2VzOiBib29sZWFuO1xuICAvKiogQSBsb25nLXJ1bm5pbmcgb3BlcmF0aW9uIChiYWNrdXAsIHJlc3RvcmUsIGV4cG9ydCk6IG1heSBiZSBhc3luYywgcnVucyBvdXRzaWRlIHRoZSBkaXNwYXRjaGVyJ3NcbiAgICogIHRyYW5zYWN0aW9uIGFuZCB3cml0ZXMgaXRzIG93biBhdWRpdCBlbnRyaWVzIGluIHRyYW5zYWN0aW9ucyBvZiBpdHMgb3duLiAqL1xuICB0YXNrPzogdHJ1ZTtcbn1cblxuLyoqIEEgY2hhbmdlIG9yIHRhc2sgYWxzbyBzYXlzIHdoYXQgaXQgbWFrZXMgc3RhbGUuICovXG5leHBvcnQgaW50ZXJmYWNlIFdyaXRlRGVmPEkgZXh0ZW5kcyB6LlpvZFR5cGUsIE8gZXh0ZW5kcyB6LlpvZFR5cGUsIE4gZXh0ZW5kcyBzdHJpbmc+IGV4dGVuZHMgQ2hhbm5lbERlZjxJLCBPPiB7XG4gIGtpbmQ6ICdjaGFuZ2UnIHwgJ3Rhc2snO1xuICAvKiogVGhlIHF1ZXJ5IGNoYW5uZWxzIHRvIHJlZmV0Y2gsIGluIGV2ZXJ5IHdpbmRvdywgb25jZSBpdCBoYXMgc3VjY2VlZGVkLiAqL1xuICBpbnZhbGlkYXRlczogU3RhbGU8Tj47XG4gIC8qKiBXaHkgaXQgbWFrZXMgbm90aGluZyBzdGFsZSAoZ2l2ZW4gd2hlbiBgaW52YWxpZGF0ZXNgIGlzIGVtcHR5KS4gKi9cbiAgc3RhbGVOb3RoaW5nQmVjYXVzZT86IHN0cmluZztcbn1cblxuLyoqXG4gKiBXaGF0IGEgY2hhbmdlIG9yIHRhc2sgbWFrZXMgc3RhbGU6IGV2ZXJ5IHF1ZXJ5IGNoYW5uZWwgdGhhdCByZWFkcyBhIHRhYmxlIGl0IHdyaXRlcywgb3IgJ2FsbCcuIEFuXG4gKiBlbXB0eSBsaXN0IG5lZWRzIGEgcmVhc29uLiBUaGUgbmFtZXMgYXJlIGNoZWNrZWQgYWdhaW5zdCB0aGUgY29udHJhY3QncyBxdWVyaWVzICguL2luZGV4LnRzKS5cbiAqL1xuZXhwb3J0IHR5cGUgRWZmZWN0czxOIGV4dGVuZHMgc3RyaW5nPiA9IHsgaW52YWxpZGF0ZXM6ICdhbGwnIHwgcmVhZG9ubHkgW04sIC4uLk5bXV0gfSB8IHsgaW52YWxpZGF0ZXM6IHJlYWRvbmx5IFtdOyBiZWNhdXNlOiBzdHJpbmcgfTtcblxuZnVuY3Rpb24gZWZmZWN0c09mPE4gZXh0ZW5kcyBzdHJpbmc+KGVmZmVjdHM6IEVmZmVjdHM8Tj4pOiB7IGludmFsaWRhdGVzOiBTdGFsZTxOPjsgc3RhbGVOb3RoaW5nQmVjYXVzZT86IHN0cmluZyB9IHtcbiAgcmV0dXJuICdiZWNhdXNlJyBpbiBlZmZlY3RzXG4gICAgPyB7IGludmFsaWRhdGVzOiBlZmZlY3RzLmludmFsaWRhdGVzLCBzdGFsZU5vdGhpbmdCZWNhdXNlOiBlZmZlY3RzLmJlY2F1c2UgfVxuICAgIDogeyBpbnZhbGlkYXRlczogZWZmZWN0cy5pbnZhbGlkYXRlcyB9O1xufVxuXG5leHBvcnQgY29uc3QgcXVlcnkgPSA8SSBleHRlbmRzIHouWm9kVHlwZSwgTyBleHRlbmRzIHouWm9kVHlwZT4oaW5wdXQ6IEksIG91dHB1dDogTyk6IENoYW5uZWxEZWY8SSwgTz4gJiB7IGtpbmQ6ICdxdWVyeScgfSA9PiAoe1xuICBpbnB1dCxcbiAgb3V0cHV0LFxuICBjaGFuZ2VzOiBmYWxzZSxcbiAga2luZDogJ3F1ZXJ5Jyxcbn0pO1xuXG5leHBvcnQgY29uc3QgdGFzayA9IDxJIGV4dGVuZHMgei5ab2RUeXBlLCBPIGV4dGVuZHMgei5ab2RUeXBlLCBjb25zdCBOIGV4dGVuZHMgc3RyaW5nID0gbmV2ZXI+KFxuICBpbnB1dDogSSxcbiAgb3V0cHV0OiBPLFxuICBlZmZlY3RzOiBFZmZlY3RzPE4+LFxuKTogV3JpdGVEZWY8SSwgTywgTj4gJiB7IHRhc2s6IHRydWU7IGtpbmQ6ICd0YXNrJyB9ID0+ICh7XG4gIGlucHV0LFxuICBvdXRwdXQsXG4gIGNoYW5nZXM6IGZhbHNlLFxuICB0YXNrOiB0cnVlLFxuICBraW5kOiAndGFzaycsXG4gIC4uLmVmZmVjdHNPZihlZmZlY3RzKSxcbn0pO1xuXG5leHBvcnQgY29uc3QgY2hhbmdlID0gPEkgZXh0ZW5kcyB6LlpvZFR5cGUsIE8gZXh0ZW5kcyB6LlpvZFR5cGUsIGNvbnN0IE4gZXh0ZW5kcyBzdHJpbmcgPSBuZXZlcj4oXG4gIGlucHV0OiBJLFxuICBvdXRwdXQ6IE8sXG4gIGVmZmVjdHM6IEVmZmVjdHM8Tj4sXG4pOiBXcml0ZURlZjxJLCBPLCBOPiAmIHsga2luZDogJ2NoYW5nZScgfSA9PiAoe1xuICBpbnB1dCxcbiAgb3V0cHV0LFxuICBjaGFuZ2VzOiB0cnVlLFxuICBraW5kOiAnY2hhbmdlJyxcbiAgLi4uZWZmZWN0c09mKGVmZmVjdHMpLFxufSk7XG4iLCIvLyBBZnRlcmNhcmUgdGVtcGxhdGVzICh2ZXJzaW9uZWQ6IGV2ZXJ5IHNhdmUgaXMgYSBuZXcgdmVyc2lvbiksIHRoZSBkYXRhIG9mIG9uZSBwcmludGVkIHNoZWV0LCBhbmRcbi8vIHRoZSByZWNvcmQgdGhhdCBhIHNoZWV0IHdhcyBnaXZlbiB0byB0aGUgY2xpZW50LlxuaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCc7XG5pbXBvcnQgeyBBRlRFUkNBUkVfTUFYX0RBWSwgZmluZFJ1bGVQcm9ibGVtcyB9IGZyb20gJy4uLy4uL2NvcmUvYWZ0ZXJjYXJlJztcbmltcG9ydCB7IEFGVEVSQ0FSRV9TRVNTSU9OX0tJTkRTLCBQTEFOX0tJTkRTIH0gZnJvbSAnLi4vLi4vY29yZS92b2NhYnVsYXJ5JztcbmltcG9ydCB7IGlkLCByZXF1aXJlZFRleHQsIHZlcnNpb24gfSBmcm9tICcuL2NvbW1vbic7XG5pbXBvcnQgeyBwcmludFJlY29yZCB9IGZyb20gJy4vY2hhcnQnO1xuaW1wb3J0IHsgY2hhbmdlLCBxdWVyeSB9IGZyb20gJy4vZGVmaW5lJztcblxuY29uc3QgZGF5ID0gKGxhYmVsOiBzdHJpbmcpID0+XG4gIHpcbiAgICAubnVtYmVyKHsgZXJyb3I6IGBFbnRlciAke2xhYmVsfSBhcyBhIG51bWJlci5gIH0pXG4gICAgLmludCh7IGVycm9yOiBgRW50ZXIgJHtsYWJlbH0gYXMgYSB3aG9sZSBudW1iZXIgb2YgZGF5cy5gIH0pXG4gICAgLm1pbigwLCB7IGVycm9yOiAnRGF5IDAgaXMgdGhlIHNlc3Npb24gZGF5OyBkYXlzIGNhbm5vdCBiZSBiZWZvcmUgaXQuJyB9KVxuICAgIC5tYXgoQUZURVJDQVJFX01BWF9EQVksIHsgZXJyb3I6IGBLZWVwIHJ1bGVzIHdpdGhpbiAke0FGVEVSQ0FSRV9NQVhfREFZfSBkYXlzIG9mIHRoZSBzZXNzaW9uLmAgfSk7XG5cbmV4cG9ydCBjb25zdCBhZnRlcmNhcmVSdWxlID0gei5vYmplY3Qoe1xuICBmcm9tRGF5OiBkYXkoJ3RoZSBmaXJzdCBkYXknKSxcbiAgLyoqIE51bGw6IG5vIGVuZCAoXCJmcm9tIGRheSA3XCIpLiAqL1xuICB0b0RheTogZGF5KCd0aGUgbGFzdCBkYXknKS5udWxsYWJsZSgpLFxuICBpbnN0cnVjdGlvbjogcmVxdWlyZWRUZXh0KCd0aGUgaW5zdHJ1Y3Rpb24nLCAzMDApLFxufSk7XG5cbmNvbnN0IHRlbXBsYXRlS2V5ID0gei5zdHJpbmcoKS5yZWdleCgvXlthLXowLTldW2EtejAtOV8tXXswLDU5fSQvLCB7IGVycm9yOiAnVGhhdCB0ZW1wbGF0ZSBkb2VzIG5vdCBleGlzdC4nIH0pO1xuXG5leHBvcnQgY29uc3QgYWZ0ZXJjYXJlVGVtcGxhdGVJbnB1dCA9IHpcbiAgLm9iamVjdCh7XG4gICAgLyoqIE51bGwgbWFrZXMgYSBuZXcgdGVtcGxhdGU7IG90aGVyd2lzZSBhIG5ldyB2ZXJzaW9uIG9mIHRoZSB0ZW1wbGF0ZSB3aXRoIHRoaXMga2V5LiAqL1xuICAgIGtleTogdGVtcGxhdGVLZXkubnVsbGFibGUoKS5kZWZhdWx0KG51bGwpLFxuICAgIC8qKiBUaGUgdmVyc2lvbiB0aGUgZWRpdG9yIHN0YXJ0ZWQgZnJvbTsgYSBzYXZlIGFnYWluc3QgYW4gb2xkZXIgb25lIGlzIGEgY29uZmxpY3QuICovXG4gICAgZXhwZWN0ZWRWZXJzaW9uOiB2ZXJzaW9uLm51bGxhYmxlKCkuZGVmYXVsdChudWxsKSxcbiAgICBuYW1lOiByZXF1aXJlZFRleHQoJ2EgbmFtZSBmb3IgdGhlIHRlbXBsYXRlJywgODApLFxuICAgIHNlc3Npb25LaW5kOiB6LmVudW0oQUZURVJDQVJFX1NFU1NJT05fS0lORFMsIHsgZXJyb3I6ICdDaG9vc2Ugd2hpY2ggc2Vzc2lvbnMgdGhpcyB0ZW1wbGF0ZSBpcyBmb3IuJyB9KSxcbiAgICBydWxlczogelxuICAgICAgLmFycmF5KGFmdGVyY2FyZVJ1bGUsIHsgZXJyb3I6ICdBZGQgYXQgbGVhc3Qgb25lIHRpbWVkIHJ1bGUuJyB9KVxuICAgICAgLm1pbigxLCB7IGVycm9yOiAnQWRkIGF0IGxlYXN0IG9uZSB0aW1lZCBydWxlLicgfSlcbiAgICAgIC5tYXgoMzAsIHsgZXJyb3I6ICdLZWVwIHRoZSBzaGVldCB0byAzMCB0aW1lZCBydWxlcyBvciBmZXdlci4nIH0pLFxuICAgIGFkdmljZTogei5hcnJheShyZXF1aXJlZFRleHQoJ3RoZSBhZHZpY2UnLCA1MDApKS5tYXgoMjAsIHsgZXJyb3I6ICdLZWVwIHRoZSBsb25nLXRlcm0gYWR2aWNlIHRvIDIwIHBvaW50cyBvciBmZXdlci4nIH0pLmRlZmF1bHQoW10pLFxuICB9KVxuICAuc3VwZXJSZWZpbmUoKHQsIGN0eCkgPT4ge1xuICAgIC8vIE92ZXJsYXBzIGFuZCBjb250cmFkaWN0aW9ucyBhcmUgcmVmdXNlZCBiZXNpZGUgdGhlIHJ1bGUgdG8gY2hhbmdlLCBlLmcuIHJ1bGVzLjIudG9EYXkuXG4gICAgZm9yIChjb25zdCBwIG9mIGZpbmRSdWxlUHJvYmxlbXModC5ydWxlcykpIHtcbiAgICAgIGN0eC5hZGRJc3N1ZSh7IGNvZGU6ICdjdXN0b20nLCBwYXRoOiBbJ3J1bGVzJywgcC5pbmRleCwgcC5maWVsZF0sIG1lc3NhZ2U6IHAubWVzc2FnZSB9KTtcbiAgICB9XG4gIH0pO1xuZXhwb3J0IHR5cGUgQWZ0ZXJjYXJlVGVtcGxhdGVJbnB1dCA9IHouaW5wdXQ8dHlwZW9mIGFmdGVyY2FyZVRlbXBsYXRlSW5wdXQ+O1xuXG5leHBvcnQgY29uc3QgYWZ0ZXJjYXJlVGVtcGxhdGVSZWNvcmQgPSB6Lm9iamVjdCh7XG4gIGlkLFxuICBrZXk6IHouc3RyaW5nKCksXG4gIHZlcnNpb246IHoubnVtYmVyKCkuaW50KCkucG9zaXRpdmUoKSxcbiAgbmFtZTogei5zdHJpbmcoKSxcbiAgc2Vzc2lvbktpbmQ6IHouZW51bShBRlRFUkNBUkVfU0VTU0lPTl9LSU5EUyksXG4gIHJ1bGVzOiB6LmFycmF5KHoub2JqZWN0KHsgZnJvbURheTogei5udW1iZXIoKS5pbnQoKSwgdG9EYXk6IHoubnVtYmVyKCkuaW50KCkubnVsbGFibGUoKSwgaW5zdHJ1Y3Rpb246IHouc3RyaW5nKCkgfSkpLFxuICBhZHZpY2U6IHouYXJyYXkoei5zdHJpbmcoKSksXG4gIGNyZWF0ZWRBdDogei5zdHJpbmcoKSxcbiAgY3JlYXRlZEJ5OiBpZC5udWxsYWJsZSgpLFxufSk7XG5leHBvcnQgdHlwZSBBZnRlcmNhcmVUZW1wbGF0ZVJlY29yZCA9IHouaW5mZXI8dHlwZW9mIGFmdGVyY2FyZVRlbXBsYXRlUmVjb3JkPjtcblxuY29uc3QgdmVyc2lvblN1bW1hcnkgPSB6Lm9iamVjdCh7XG4gIGlkLFxuICB2ZXJzaW9uOiB6Lm51bWJlcigpLmludCgpLFxuICBjcmVhdGVkQXQ6IHouc3RyaW5nKCksXG4gIGNyZWF0ZWRCeTogaWQubnVsbGFibGUoKSxcbiAgcHJpbnRzOiB6Lm51bWJlcigpLmludCgpLFxufSk7XG5cbi8qKiBFdmVyeXRoaW5nIG9uZSBwcmludGVkIHNoZWV0IHNob3dzLiBEYXRlcyBhcmUgJ1lZWVktTU0tREQnOyB0aGUgc2hlZXQgZm9ybWF0cyB0aGVtIGluIGBjbGluaWMubG9jYWxlYC4gKi9cbmV4cG9ydCBjb25zdCBhZnRlcmNhcmVTaGVldERhdGEgPSB6Lm9iamVjdCh7XG4gIGNsaW5pYzogei5vYmplY3Qoe1xuICAgIG5hbWU6IHouc3RyaW5nKCksXG4gICAgYWRkcmVzczogei5zdHJpbmcoKSxcbiAgICBwaG9uZTogei5zdHJpbmcoKSxcbiAgICBsb2dvOiB6LnN0cmluZygpLFxuICAgIHBhcGVyU2l6ZTogei5lbnVtKFsnQTQnLCAnTEVUVEVSJ10pLFxuICAgIGxvY2FsZTogei5zdHJpbmcoKSxcbiAgfSksXG4gIGNsaWVudDogei5vYmplY3QoeyBpZCwgZmlyc3ROYW1lOiB6LnN0cmluZygpLCBsYXN0TmFtZTogei5zdHJpbmcoKSB9KSxcbiAgc2Vzc2lvbjogei5vYmplY3QoeyBpZCwgbnVtYmVyOiB6Lm51bWJlcigpLmludCgpLCBraW5kOiB6LmVudW0oUExBTl9LSU5EUyksIGRhdGU6IHouc3RyaW5nKCkgfSksXG4gIHRlbXBsYXRlOiBhZnRlcmNhcmVUZW1wbGF0ZVJlY29yZCxcbiAgLyoqIFdoZW4gdGhlIG5leHQgc2Vzc2lvbiBjYW4gYmUgYm9va2VkOyBudWxsIHdoZW4gdGhlcmUgaXMgbm90aGluZyB0byBzYXkuICovXG4gIG5leHRTZXNzaW9uOiB6XG4gICAgLm9iamVjdCh7XG4gICAgICBraW5kOiB6LmVudW0oUExBTl9LSU5EUyksXG4gICAgICBudW1iZXI6IHoubnVtYmVyKCkuaW50KCksXG4gICAgICBlYXJsaWVzdDogei5zdHJpbmcoKSxcbiAgICAgIGxhdGVzdDogei5zdHJpbmcoKS5udWxsYWJsZSgpLFxuICAgICAgLyoqIFRydWUgd2hlbiBpdCBnb2VzIGJleW9uZCB0aGUgc2Vzc2lvbnMgcXVvdGVkIChcImlmIGEgZnVydGhlciBzZXNzaW9uIGlzIG5lZWRlZFwiKS4gKi9cbiAgICAgIG9wdGlvbmFsOiB6LmJvb2xlYW4oKSxcbiAgICB9KVxuICAgIC5udWxsYWJsZSgpLFxufSk7XG5leHBvcnQgdHlwZSBBZnRlcmNhcmVTaGVldERhdGEgPSB6LmluZmVyPHR5cGVvZiBhZnRlcmNhcmVTaGVldERhdGE+O1xuXG5leHBvcnQgY29uc3QgYWZ0ZXJjYXJlQ29udHJhY3QgPSB7XG4gIC8qKiBUaGUgbGF0ZXN0IHZlcnNpb24gb2YgZXZlcnkgdGVtcGxhdGUuICovXG4gICdhZnRlcmNhcmUudGVtcGxhdGVzLmxpc3QnOiBxdWVyeSh6Lm9iamVjdCh7fSkuZGVmYXVsdCh7fSksIHouYXJyYXkoYWZ0ZXJjYXJlVGVtcGxhdGVSZWNvcmQuZXh0ZW5kKHsgdmVyc2lvbnM6IHoubnVtYmVyKCkuaW50KCkgfSkpKSxcbiAgLyoqIE9uZSB0ZW1wbGF0ZTogdGhlIGxhdGVzdCB2ZXJzaW9uLCBvciB0aGUgdmVyc2lvbiBhc2tlZCBmb3IsIHdpdGggaXRzIGhpc3RvcnkuICovXG4gICdhZnRlcmNhcmUudGVtcGxhdGVzLmdldCc6IHF1ZXJ5KFxuICAgIHoub2JqZWN0KHsga2V5OiB0ZW1wbGF0ZUtleSwgdmVyc2lvbjogei5udW1iZXIoKS5pbnQoKS5wb3NpdGl2ZSgpLm51bGxhYmxlKCkuZGVmYXVsdChudWxsKSB9KSxcbiAgICBhZnRlcmNhcmVUZW1wbGF0ZVJlY29yZC5leHRlbmQoeyBoaXN0b3J5OiB6LmFycmF5KHZlcnNpb25TdW1tYXJ5KSB9KSxcbiAgKSxcbiAgLy8gQSBzaGVldCB3aXRob3V0IGEgY2hvc2VuIHRlbXBsYXRlIHVzZXMgdGhlIGxhdGVzdCB2ZXJzaW9uIGZvciBpdHMga2luZCBvZiBzZXNzaW9uLlxuICAnYWZ0ZXJjYXJlLnRlbXBsYXRlcy5zYXZlJzogY2hhbmdlKGFmdGVyY2FyZVRlbXBsYXRlSW5wdXQsIGFmdGVyY2FyZVRlbXBsYXRlUmVjb3JkLCB7XG4gICAgaW52YWxpZGF0ZXM6IFsnYWZ0ZXJjYXJlLnRlbXBsYXRlcy5saXN0JywgJ2FmdGVyY2FyZS50ZW1wbGF0ZXMuZ2V0JywgJ2FmdGVyY2FyZS5zaGVldCddLFxuICB9KSxcbiAgLyoqIFRoZSBkYXRhIG9mIGEgc2Vzc2lvbidzIHNoZWV0OyBgdGVtcGxhdGVJZGAgcGlja3MgYSB0ZW1wbGF0ZSAoYW55IHZlcnNpb24pLCBlbHNlIHRoZSBvbmUgZm9yIHRoZSBzZXNzaW9uJ3Mga2luZC4gKi9cbiAgJ2FmdGVyY2FyZS5zaGVldCc6IHF1ZXJ5KHoub2JqZWN0KHsgc2Vzc2lvbklkOiBpZCwgdGVtcGxhdGVJZDogaWQubnVsbGFibGUoKS5kZWZhdWx0KG51bGwpIH0pLCBhZnRlcmNhcmVTaGVldERhdGEpLFxuICAvKiogUmVjb3JkcyB0aGF0IGEgc2hlZXQgd2FzIHByaW50ZWQgb3Igc2F2ZWQgZm9yIHRoZSBjbGllbnQuICovXG4gICdhZnRlcmNhcmUucHJpbnRzLnJlY29yZCc6IGNoYW5nZSh6Lm9iamVjdCh7IHNlc3Npb25JZDogaWQsIHRlbXBsYXRlSWQ6IGlkIH0pLCBwcmludFJlY29yZCwge1xuICAgIC8vIFRoZSBjaGFydCBsaXN0cyBwcmludHMgYW5kIHRoZSB0ZW1wbGF0ZSdzIHZlcnNpb25zIGNvdW50IHRoZW0uXG4gICAgaW52YWxpZGF0ZXM6IFsnY2xpZW50cy5jaGFydCcsICdhZnRlcmNhcmUudGVtcGxhdGVzLmdldCcsICdhdWRpdC5oaXN0b3J5J10sXG4gIH0pLFxufSBhcyBjb25zdDtcbiIsIi8qKiBUaGUgY29sdW1ucyB0aGUgY2xpZW50IGxpc3Qgc29ydHMgYnkuICovXG5leHBvcnQgY29uc3QgQ0xJRU5UX0xJU1RfU09SVFMgPSBbJ25hbWUnLCAncHJvZ3Jlc3MnLCAnbGFzdFNlc3Npb24nLCAnbmV4dER1ZScsICdkZXBvc2l0J10gYXMgY29uc3Q7XG5leHBvcnQgdHlwZSBDbGllbnRMaXN0U29ydCA9ICh0eXBlb2YgQ0xJRU5UX0xJU1RfU09SVFMpW251bWJlcl07XG4iLCIvLyBUaGUgY2xpZW50IGxpc3QgcGFnZTogc2VhcmNoLCBzb3J0IGJ5IGFueSBjb2x1bW4sIHBhZ2UgdGhyb3VnaCB3aXRoIGxpbWl0L29mZnNldC5cbmltcG9ydCB7IHogfSBmcm9tICd6b2QnO1xuaW1wb3J0IHsgQ0xJRU5UX0xJU1RfU09SVFMgfSBmcm9tICcuLi8uLi9jb3JlL2NsaWVudC1saXN0JztcbmltcG9ydCB7IGlkIH0gZnJvbSAnLi9jb21tb24nO1xuaW1wb3J0IHsgcXVlcnkgfSBmcm9tICcuL2RlZmluZSc7XG5cbmV4cG9ydCBjb25zdCBjbGllbnRMaXN0RW50cnkgPSB6Lm9iamVjdCh7XG4gIGlkLFxuICBmaXJzdE5hbWU6IHouc3RyaW5nKCksXG4gIGxhc3ROYW1lOiB6LnN0cmluZygpLFxuICBwaG9uZTogei5zdHJpbmcoKS5udWxsYWJsZSgpLFxuICBlbWFpbDogei5zdHJpbmcoKS5udWxsYWJsZSgpLFxuICBwZXJmb3JtZWRTZXNzaW9uczogei5udW1iZXIoKS5pbnQoKSxcbiAgcXVvdGVkU2Vzc2lvbnM6IHoubnVtYmVyKCkuaW50KCkubnVsbGFibGUoKSxcbiAgbGFzdFNlc3Npb25BdDogei5zdHJpbmcoKS5udWxsYWJsZSgpLFxuICBuZXh0RHVlOiB6LnN0cmluZygpLm51bGxhYmxlKCksXG4gIG5leHRCb29rZWQ6IHouYm9vbGVhbigpLFxuICBkZXBvc2l0U3RhdHVzOiB6LnN0cmluZygpLm51bGxhYmxlKCksXG59KTtcbmV4cG9ydCB0eXBlIENsaWVudExpc3RFbnRyeSA9IHouaW5mZXI8dHlwZW9mIGNsaWVudExpc3RFbnRyeT47XG5cbmV4cG9ydCBjb25zdCBjbGllbnRMaXN0Q29udHJhY3QgPSB7XG4gICdjbGllbnRzLmxpc3QnOiBxdWVyeShcbiAgICB6Lm9iamVjdCh7XG4gICAgICBxdWVyeTogei5zdHJpbmcoKS5tYXgoMTAwKS5kZWZhdWx0KCcnKSxcbiAgICAgIHNvcnQ6IHouZW51bShDTElFTlRfTElTVF9TT1JUUywgeyBlcnJvcjogJ1NvcnQgYnkgbmFtZSwgcGxhbiBwcm9ncmVzcywgbGFzdCBzZXNzaW9uLCBuZXh0IHNlc3Npb24gZHVlIG9yIGRlcG9zaXQuJyB9KS5kZWZhdWx0KCduYW1lJyksXG4gICAgICBkZXNjZW5kaW5nOiB6LmJvb2xlYW4oKS5kZWZhdWx0KGZhbHNlKSxcbiAgICAgIGxpbWl0OiB6Lm51bWJlcigpLmludCgpLm1pbigxKS5tYXgoNTAwKS5kZWZhdWx0KDEwMCksXG4gICAgICBvZmZzZXQ6IHoubnVtYmVyKCkuaW50KCkubWluKDApLm1heCgxMF8wMDBfMDAwKS5kZWZhdWx0KDApLFxuICAgIH0pLFxuICAgIHoub2JqZWN0KHsgcm93czogei5hcnJheShjbGllbnRMaXN0RW50cnkpLCB0b3RhbDogei5udW1iZXIoKS5pbnQoKSB9KSxcbiAgKSxcbn0gYXMgY29uc3Q7XG4iLCJpbXBvcnQgeyB6IH0gZnJvbSAnem9kJztcbmltcG9ydCB7IENBU0VfVFlQRVMsIEZJVFpQQVRSSUNLX1RZUEVTLCBIQUlSX0xPU1NfU0NBTEVTLCBMVURXSUdfU1RBR0VTLCBOT1JXT09EX1NUQUdFUyB9IGZyb20gJy4uLy4uL2NvcmUvdm9jYWJ1bGFyeSc7XG5pbXBvcnQgeyBlbWFpbCwgaWQsIGlzb0RhdGUsIG5vdGVzLCBwaG9uZSwgcmVxdWlyZWRUZXh0LCB2ZXJzaW9uIH0gZnJvbSAnLi9jb21tb24nO1xuaW1wb3J0IHsgY2hhbmdlLCBxdWVyeSB9IGZyb20gJy4vZGVmaW5lJztcbmltcG9ydCB7IGNoYXJ0UmVjb3JkLCBjbGllbnRGb3JDaGFydCB9IGZyb20gJy4vY2hhcnQnO1xuXG5jb25zdCBjbGllbnRGaWVsZHMgPSB6Lm9iamVjdCh7XG4gIGZpcnN0TmFtZTogcmVxdWlyZWRUZXh0KCd0aGUgZmlyc3QgbmFtZScsIDEwMCksXG4gIGxhc3ROYW1lOiByZXF1aXJlZFRleHQoJ3RoZSBsYXN0IG5hbWUnLCAxMDApLFxuICBwaG9uZSxcbiAgZW1haWwsXG4gIGRhdGVPZkJpcnRoOiBpc29EYXRlKCd0aGUgZGF0ZSBvZiBiaXJ0aCcpLm51bGxhYmxlKCkub3B0aW9uYWwoKSxcbiAgaGFpckxvc3NTY2FsZTogei5lbnVtKEhBSVJfTE9TU19TQ0FMRVMpLm51bGxhYmxlKCkub3B0aW9uYWwoKSxcbiAgaGFpckxvc3NTdGFnZTogei5zdHJpbmcoKS50cmltKCkubWF4KDEwKS5udWxsYWJsZSgpLm9wdGlvbmFsKCksXG4gIGZpdHpwYXRyaWNrOiB6XG4gICAgLm51bWJlcigpXG4gICAgLmludCgpXG4gICAgLnJlZmluZSgobikgPT4gKEZJVFpQQVRSSUNLX1RZUEVTIGFzIHJlYWRvbmx5IG51bWJlcltdKS5pbmNsdWRlcyhuKSwgeyBlcnJvcjogJ0Nob29zZSBhIEZpdHpwYXRyaWNrIHR5cGUgZnJvbSBJIHRvIFZJLicgfSlcbiAgICAubnVsbGFibGUoKVxuICAgIC5vcHRpb25hbCgpLFxuICBjYXNlVHlwZTogei5lbnVtKENBU0VfVFlQRVMpLmRlZmF1bHQoJ2hhaXJfbG9zcycpLFxuICBub3Rlczogbm90ZXMoKSxcbn0pO1xuXG4vKiogVGhlIHN0YWdlIG11c3QgYmVsb25nIHRvIHRoZSBjaG9zZW4gc2NhbGU7IHRoZSBkYXRlIG9mIGJpcnRoIG11c3QgYmUgaW4gdGhlIHBhc3QuICovXG5mdW5jdGlvbiBjaGVja0NsaWVudCh2YWx1ZTogei5pbmZlcjx0eXBlb2YgY2xpZW50RmllbGRzPiwgY3R4OiB6LlJlZmluZW1lbnRDdHgpOiB2b2lkIHtcbiAgY29uc3QgeyBoYWlyTG9zc1NjYWxlOiBzY2FsZSwgaGFpckxvc3NTdGFnZTogc3RhZ2UgfSA9IHZhbHVlO1xuICBpZiAoc3RhZ2UgJiYgIXNjYWxlKSB7XG4gICAgY3R4LmFkZElzc3VlKHsgY29kZTogJ2N1c3RvbScsIHBhdGg6IFsnaGFpckxvc3NTY2FsZSddLCBtZXNzYWdlOiAnQ2hvb3NlIE5vcndvb2Qgb3IgTHVkd2lnIGZvciB0aGlzIHN0YWdlLicgfSk7XG4gIH1cbiAgaWYgKHN0YWdlICYmIHNjYWxlID09PSAnbm9yd29vZCcgJiYgIShOT1JXT09EX1NUQUdFUyBhcyByZWFkb25seSBzdHJpbmdbXSkuaW5jbHVkZXMoc3RhZ2UpKSB7XG4gICAgY3R4LmFkZElzc3VlKHsgY29kZTogJ2N1c3RvbScsIHBhdGg6IFsnaGFpckxvc3NTdGFnZSddLCBtZXNzYWdlOiAnQ2hvb3NlIGEgTm9yd29vZCBzdGFnZSBmcm9tIDEgdG8gNy4nIH0pO1xuICB9XG4gIGlmIChzdGFnZSAmJiBzY2FsZSA9PT0gJ2x1ZHdpZycgJiYgIShMVURXSUdfU1RBR0VTIGFzIHJlYWRvbmx5IHN0cmluZ1tdKS5pbmNsdWRlcyhzdGFnZSkpIHtcbiAgICBjdHguYWRkSXNzdWUoeyBjb2RlOiAnY3VzdG9tJywgcGF0aDogWydoYWlyTG9zc1N0YWdlJ10sIG1lc3NhZ2U6ICdDaG9vc2UgYSBMdWR3aWcgc3RhZ2U6IEksIElJIG9yIElJSS4nIH0pO1xuICB9XG4gIGlmICh2YWx1ZS5kYXRlT2ZCaXJ0aCAmJiB2YWx1ZS5kYXRlT2ZCaXJ0aCA+IG5ldyBEYXRlKCkudG9JU09TdHJpbmcoKS5zbGljZSgwLCAxMCkpIHtcbiAgICBjdHguYWRkSXNzdWUoeyBjb2RlOiAnY3VzdG9tJywgcGF0aDogWydkYXRlT2ZCaXJ0aCddLCBtZXNzYWdlOiAnVGhlIGRhdGUgb2YgYmlydGggY2Fubm90IGJlIGluIHRoZSBmdXR1cmUuJyB9KTtcbiAgfVxufVxuXG5leHBvcnQgY29uc3QgY2xpZW50SW5wdXQgPSBjbGllbnRGaWVsZHMuc3VwZXJSZWZpbmUoY2hlY2tDbGllbnQpO1xuZXhwb3J0IHR5cGUgQ2xpZW50SW5wdXQgPSB6LmlucHV0PHR5cGVvZiBjbGllbnRJbnB1dD47XG5cbmV4cG9ydCBjb25zdCBjbGllbnRSZWNvcmQgPSBjbGllbnRGb3JDaGFydDtcbmV4cG9ydCB0eXBlIENsaWVudFJlY29yZCA9IHouaW5mZXI8dHlwZW9mIGNsaWVudFJlY29yZD47XG5cbmV4cG9ydCBjb25zdCBjbGllbnRMaXN0Um93ID0gei5vYmplY3Qoe1xuICBpZCxcbiAgZmlyc3ROYW1lOiB6LnN0cmluZygpLFxuICBsYXN0TmFtZTogei5zdHJpbmcoKSxcbiAgcGhvbmU6IHouc3RyaW5nKCkubnVsbGFibGUoKSxcbiAgZW1haWw6IHouc3RyaW5nKCkubnVsbGFibGUoKSxcbiAgYXJjaGl2ZWQ6IHouYm9vbGVhbigpLFxuICAvKiogXCJzZXNzaW9uIDIgb2YgM1wiIGRhdGE6IHBlcmZvcm1lZCBzZXNzaW9ucyBhbmQgcXVvdGVkIHNlc3Npb25zIG9mIHRoZSBjdXJyZW50IGNvdXJzZS4gKi9cbiAgcGVyZm9ybWVkU2Vzc2lvbnM6IHoubnVtYmVyKCkuaW50KCksXG4gIHF1b3RlZFNlc3Npb25zOiB6Lm51bWJlcigpLmludCgpLm51bGxhYmxlKCksXG4gIGxhc3RTZXNzaW9uQXQ6IHouc3RyaW5nKCkubnVsbGFibGUoKSxcbiAgbmV4dEJvb2tlZEZvcjogei5zdHJpbmcoKS5udWxsYWJsZSgpLFxuICBkZXBvc2l0U3RhdHVzOiB6LnN0cmluZygpLm51bGxhYmxlKCksXG59KTtcbmV4cG9ydCB0eXBlIENsaWVudExpc3RSb3cgPSB6LmluZmVyPHR5cGVvZiBjbGllbnRMaXN0Um93PjtcblxuLyoqIEEgY2xpZW50J3MgbmFtZSwgcGhvbmUgYW5kIGFyY2hpdmVkIGZsYWcgc2hvdyBvbiB0aGVpciBjaGFydCwgaW4gYm90aCBsaXN0cywgb24gdGhlIGJvYXJkLCBpblxuICogIGJvb2tpbmcgbGlzdHMgYW5kIG9uIGFmdGVyY2FyZSBzaGVldHM7IHRoZSBjaGFydCdzIEhpc3Rvcnkgc2hvd3MgdGhlIGF1ZGl0IGVudHJ5LiAqL1xuY29uc3QgQ0xJRU5UX1NIT1dOID0gW1xuICAnY2xpZW50cy5jaGFydCcsXG4gICdjbGllbnRzLnNlYXJjaCcsXG4gICdjbGllbnRzLmxpc3QnLFxuICAncmVjZXB0aW9uLmJvYXJkJyxcbiAgJ3JlY2VwdGlvbi5kYXknLFxuICAncmVjZXB0aW9uLmJvb2tpbmdzJyxcbiAgJ2FmdGVyY2FyZS5zaGVldCcsXG4gICdhdWRpdC5oaXN0b3J5Jyxcbl0gYXMgY29uc3Q7XG5cbmV4cG9ydCBjb25zdCBjbGllbnRzQ29udHJhY3QgPSB7XG4gICdjbGllbnRzLmNyZWF0ZSc6IGNoYW5nZShjbGllbnRJbnB1dCwgY2xpZW50UmVjb3JkLCB7IGludmFsaWRhdGVzOiBbJ2NsaWVudHMuc2VhcmNoJywgJ2NsaWVudHMubGlzdCddIH0pLFxuICAnY2xpZW50cy51cGRhdGUnOiBjaGFuZ2UoY2xpZW50RmllbGRzLmV4dGVuZCh7IGlkLCBleHBlY3RlZFZlcnNpb246IHZlcnNpb24gfSkuc3VwZXJSZWZpbmUoY2hlY2tDbGllbnQpLCBjbGllbnRSZWNvcmQsIHtcbiAgICBpbnZhbGlkYXRlczogQ0xJRU5UX1NIT1dOLFxuICB9KSxcbiAgJ2NsaWVudHMuc2VhcmNoJzogcXVlcnkoXG4gICAgei5vYmplY3Qoe1xuICAgICAgcXVlcnk6IHouc3RyaW5nKCkubWF4KDEwMCkuZGVmYXVsdCgnJyksXG4gICAgICBpbmNsdWRlQXJjaGl2ZWQ6IHouYm9vbGVhbigpLmRlZmF1bHQoZmFsc2UpLFxuICAgICAgbGltaXQ6IHoubnVtYmVyKCkuaW50KCkubWluKDEpLm1heCg1MDApLmRlZmF1bHQoMTAwKSxcbiAgICAgIG9mZnNldDogei5udW1iZXIoKS5pbnQoKS5taW4oMCkuZGVmYXVsdCgwKSxcbiAgICB9KSxcbiAgICB6Lm9iamVjdCh7IHJvd3M6IHouYXJyYXkoY2xpZW50TGlzdFJvdyksIHRvdGFsOiB6Lm51bWJlcigpLmludCgpIH0pLFxuICApLFxuICAnY2xpZW50cy5jaGFydCc6IHF1ZXJ5KHoub2JqZWN0KHsgaWQgfSksIGNoYXJ0UmVjb3JkKSxcbiAgJ2NsaWVudHMuYXJjaGl2ZSc6IGNoYW5nZShcbiAgICB6Lm9iamVjdCh7IGlkLCBleHBlY3RlZFZlcnNpb246IHZlcnNpb24sIGFyY2hpdmVkOiB6LmJvb2xlYW4oKS5kZWZhdWx0KHRydWUpLCByZWFzb246IG5vdGVzKCd0aGUgcmVhc29uJywgNTAwKSB9KSxcbiAgICBjbGllbnRSZWNvcmQsXG4gICAgeyBpbnZhbGlkYXRlczogQ0xJRU5UX1NIT1dOIH0sXG4gICksXG59IGFzIGNvbnN0O1xuIiwiaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCc7XG5pbXBvcnQgeyBQQVlNRU5UX01FVEhPRFMsIHR5cGUgRGVwb3NpdFN0YXR1cyB9IGZyb20gJy4uLy4uL2NvcmUvdm9jYWJ1bGFyeSc7XG5pbXBvcnQgeyBpZCwgaW5zdGFudCwgbWlub3JBbW91bnQsIHJlcXVpcmVkVGV4dCwgdmVyc2lvbiB9IGZyb20gJy4vY29tbW9uJztcbmltcG9ydCB7IGRlcG9zaXRSZWNvcmQgfSBmcm9tICcuL2NoYXJ0JztcbmltcG9ydCB7IGNoYW5nZSwgcXVlcnkgfSBmcm9tICcuL2RlZmluZSc7XG5cbi8qKiBBIGRlcG9zaXQncyBhbW91bnQsIHBheW1lbnRzIGFuZCBzdGF0dXM6IHRoZSBjaGFydCwgYm90aCBjbGllbnQgbGlzdHMgKGxhdGVzdCBkZXBvc2l0IHN0YXR1cyksIHRoZVxuICogIGJvYXJkIGFuZCBpdHMgdG90YWxzLCB0aGUgYm9va2luZyBsaXN0cywgdGhlIG5leHQgc2Vzc2lvbidzIGRlcG9zaXQsIGFuZCB0aGUgY2hhcnQncyBIaXN0b3J5LiAqL1xuY29uc3QgREVQT1NJVF9TSE9XTiA9IFtcbiAgJ2NsaWVudHMuY2hhcnQnLFxuICAnZGVwb3NpdHMuZm9yUGxhbicsXG4gICdjbGllbnRzLnNlYXJjaCcsXG4gICdjbGllbnRzLmxpc3QnLFxuICAncmVjZXB0aW9uLmJvYXJkJyxcbiAgJ3JlY2VwdGlvbi5kYXknLFxuICAncmVjZXB0aW9uLmJvb2tpbmdzJyxcbiAgJ3JlY2VwdGlvbi5uZXh0U2Vzc2lvbicsXG4gICdhdWRpdC5oaXN0b3J5Jyxcbl0gYXMgY29uc3Q7XG5cbmV4cG9ydCBjb25zdCBkZXBvc2l0c0NvbnRyYWN0ID0ge1xuICAvKiogQSBwYXltZW50IHRvd2FyZHMgYSBkZXBvc2l0OyB0aGUgZGVwb3NpdCBiZWNvbWVzIHBhaWQgb25jZSBmdWxseSBjb3ZlcmVkLiAqL1xuICAnZGVwb3NpdHMucmVjb3JkUGF5bWVudCc6IGNoYW5nZShcbiAgICB6Lm9iamVjdCh7XG4gICAgICBkZXBvc2l0SWQ6IGlkLFxuICAgICAgZXhwZWN0ZWRWZXJzaW9uOiB2ZXJzaW9uLFxuICAgICAgYW1vdW50TWlub3I6IG1pbm9yQW1vdW50KCd0aGUgYW1vdW50JykucmVmaW5lKChuKSA9PiBuID4gMCwgeyBlcnJvcjogJ0VudGVyIGFuIGFtb3VudCBhYm92ZSB6ZXJvLicgfSksXG4gICAgICBtZXRob2Q6IHouZW51bShQQVlNRU5UX01FVEhPRFMsIHsgZXJyb3I6ICdDaG9vc2UgaG93IGl0IHdhcyBwYWlkLicgfSksXG4gICAgICByZWNlaXB0OiByZXF1aXJlZFRleHQoJ3RoZSByZWNlaXB0IG51bWJlcicsIDYwKSxcbiAgICAgIHBhaWRBdDogaW5zdGFudCgnd2hlbiBpdCB3YXMgcGFpZCcpLFxuICAgIH0pLFxuICAgIGRlcG9zaXRSZWNvcmQsXG4gICAgeyBpbnZhbGlkYXRlczogREVQT1NJVF9TSE9XTiB9LFxuICApLFxuICAnZGVwb3NpdHMuc2V0U3RhdHVzJzogY2hhbmdlKFxuICAgIHoub2JqZWN0KHtcbiAgICAgIGRlcG9zaXRJZDogaWQsXG4gICAgICBleHBlY3RlZFZlcnNpb246IHZlcnNpb24sXG4gICAgICAvLyBTZXQgYnkgaGFuZDsgJ3BhaWQnIGZvbGxvd3MgZnJvbSBwYXltZW50cyBhbmQgJ3JlcXVpcmVkJyBpcyB3aGVyZSBhIGRlcG9zaXQgc3RhcnRzLlxuICAgICAgc3RhdHVzOiB6LmVudW0oWydyZWZ1bmRlZCcsICdmb3JmZWl0ZWQnLCAnd2FpdmVkJywgJ2FwcGxpZWQnXSBhcyBjb25zdCBzYXRpc2ZpZXMgcmVhZG9ubHkgRGVwb3NpdFN0YXR1c1tdKSxcbiAgICAgIHJlYXNvbjogcmVxdWlyZWRUZXh0KCd0aGUgcmVhc29uJywgNTAwKSxcbiAgICB9KSxcbiAgICBkZXBvc2l0UmVjb3JkLFxuICAgIHsgaW52YWxpZGF0ZXM6IERFUE9TSVRfU0hPV04gfSxcbiAgKSxcbiAgLyoqIEEgYm9va2luZyBkZXBvc2l0IGFkZGVkIHRvIGEgcGxhbiBhZnRlciBpdCB3YXMgcXVvdGVkLCBmb3Igb25lIG9mIGl0cyBzZXNzaW9ucyBiZXlvbmQgdGhlIHNlY29uZC4gKi9cbiAgJ2RlcG9zaXRzLmFkZCc6IGNoYW5nZShcbiAgICB6Lm9iamVjdCh7XG4gICAgICBwbGFuSWQ6IGlkLFxuICAgICAgc2Vzc2lvbk51bWJlcjogelxuICAgICAgICAubnVtYmVyKHsgZXJyb3I6ICdDaG9vc2UgdGhlIHNlc3Npb24gaXQgc2VjdXJlcy4nIH0pXG4gICAgICAgIC5pbnQoKVxuICAgICAgICAubWluKDMsIHsgZXJyb3I6ICdEZXBvc2l0cyBzZWN1cmUgdGhlIHRoaXJkIHNlc3Npb24gb3IgbGF0ZXIuJyB9KSxcbiAgICAgIGFtb3VudE1pbm9yOiBtaW5vckFtb3VudCgndGhlIGRlcG9zaXQnKS5yZWZpbmUoKG4pID0+IG4gPiAwLCB7IGVycm9yOiAnQSBkZXBvc2l0IG11c3QgYmUgbW9yZSB0aGFuIHplcm8uJyB9KSxcbiAgICAgIHJlYXNvbjogcmVxdWlyZWRUZXh0KCd0aGUgcmVhc29uJywgNTAwKSxcbiAgICB9KSxcbiAgICBkZXBvc2l0UmVjb3JkLFxuICAgIHsgaW52YWxpZGF0ZXM6IERFUE9TSVRfU0hPV04gfSxcbiAgKSxcbiAgLyoqIEEgcmVxdWlyZWQgZGVwb3NpdCdzIGFtb3VudCBjaGFuZ2VkIChuZXZlciBiZWxvdyB3aGF0IGhhcyBiZWVuIHBhaWQpLiAqL1xuICAnZGVwb3NpdHMuc2V0QW1vdW50JzogY2hhbmdlKFxuICAgIHoub2JqZWN0KHtcbiAgICAgIGRlcG9zaXRJZDogaWQsXG4gICAgICBleHBlY3RlZFZlcnNpb246IHZlcnNpb24sXG4gICAgICBhbW91bnRNaW5vcjogbWlub3JBbW91bnQoJ3RoZSBkZXBvc2l0JykucmVmaW5lKChuKSA9PiBuID4gMCwgeyBlcnJvcjogJ0EgZGVwb3NpdCBtdXN0IGJlIG1vcmUgdGhhbiB6ZXJvLicgfSksXG4gICAgICByZWFzb246IHJlcXVpcmVkVGV4dCgndGhlIHJlYXNvbicsIDUwMCksXG4gICAgfSksXG4gICAgZGVwb3NpdFJlY29yZCxcbiAgICB7IGludmFsaWRhdGVzOiBERVBPU0lUX1NIT1dOIH0sXG4gICksXG4gICdkZXBvc2l0cy5mb3JQbGFuJzogcXVlcnkoei5vYmplY3QoeyBwbGFuSWQ6IGlkIH0pLCB6LmFycmF5KGRlcG9zaXRSZWNvcmQpKSxcbn0gYXMgY29uc3Q7XG4iLCIvLyBEcmFmdHM6IGEgZm9ybSdzIHdvcmsgaW4gcHJvZ3Jlc3MsIGtlcHQgZHVyYWJseSBpbiBTUUxpdGUgYXMgdGhlIHByYWN0aXRpb25lciB0eXBlcy4gTm90IGNoYXJ0XG4vLyBjaGFuZ2VzIChubyBhdWRpdCksIGJ1dCBzdGlsbCB2YWxpZGF0ZWQgaGVyZSBsaWtlIGV2ZXJ5IG90aGVyIGlucHV0LiBFYWNoIGRyYWZ0IGJlbG9uZ3MgdG8gdGhlXG4vLyBzdGFmZiBtZW1iZXIgd2hvIHdhcyBzaWduZWQgaW4gd2hlbiBpdCB3YXMgc2F2ZWQgKHNlZSBhcGkvaGFuZGxlcnMvZHJhZnRzLnRzKS5cbmltcG9ydCB7IHogfSBmcm9tICd6b2QnO1xuaW1wb3J0IHsgaWQsIG9rLCB2ZXJzaW9uIH0gZnJvbSAnLi9jb21tb24nO1xuaW1wb3J0IHsgY2hhbmdlLCBxdWVyeSB9IGZyb20gJy4vZGVmaW5lJztcblxuLyoqXG4gKiAnc2Vzc2lvbicgKGEgbmV3IHNlc3Npb24pLCAnc2Vzc2lvbjo8aWQ+JyAoY29ycmVjdGluZyBvbmUpLCAnaW50YWtlJywgJ3NjcmVlbicgKGV2ZXJ5dGhpbmcgaGFsZi10eXBlZFxuICogb24gdGhlIGNsaWVudCdzIGNoYXJ0IHdoZW4gdGhlIHdpbmRvdyBsb2NrZWQ6IHJlbmRlcmVyL3NyYy9sb2NrLykuXG4gKi9cbmNvbnN0IGZvcm0gPSB6LnN0cmluZygpLnJlZ2V4KC9eKHNlc3Npb258c2Vzc2lvbjpcXGR7MSwxMn18aW50YWtlfHNjcmVlbikkLywgeyBlcnJvcjogJ1Vua25vd24gZm9ybSBmb3IgYSBkcmFmdC4nIH0pO1xuXG5jb25zdCBNQVhfRFJBRlRfQ0hBUlMgPSAyMDBfMDAwO1xuY29uc3QgZGF0YSA9IHpcbiAgLnJlY29yZCh6LnN0cmluZygpLm1heCgxMDApLCB6LnVua25vd24oKSlcbiAgLnJlZmluZSgodikgPT4gSlNPTi5zdHJpbmdpZnkodikubGVuZ3RoIDw9IE1BWF9EUkFGVF9DSEFSUywgeyBlcnJvcjogJ1RoaXMgZHJhZnQgaXMgdG9vIGxhcmdlIHRvIGtlZXAuJyB9KTtcblxuZXhwb3J0IGNvbnN0IGRyYWZ0UmVjb3JkID0gei5vYmplY3Qoe1xuICBjbGllbnRJZDogaWQsXG4gIGZvcm06IHouc3RyaW5nKCksXG4gIGRhdGE6IHoucmVjb3JkKHouc3RyaW5nKCksIHoudW5rbm93bigpKSxcbiAgYmFzZVZlcnNpb246IHZlcnNpb24ubnVsbGFibGUoKSxcbiAgc2F2ZWRBdDogei5zdHJpbmcoKSxcbn0pO1xuZXhwb3J0IHR5cGUgRHJhZnRSZWNvcmQgPSB6LmluZmVyPHR5cGVvZiBkcmFmdFJlY29yZD47XG5cbmV4cG9ydCBjb25zdCBkcmFmdHNDb250cmFjdCA9IHtcbiAgJ2RyYWZ0cy5nZXQnOiBxdWVyeSh6Lm9iamVjdCh7IGNsaWVudElkOiBpZCwgZm9ybSB9KSwgZHJhZnRSZWNvcmQubnVsbGFibGUoKSksXG4gIC8qKiBSZXBsYWNlcyB0aGUgY2xpZW50J3MgZHJhZnQgb2YgdGhpcyBmb3JtLiAqL1xuICAnZHJhZnRzLnNhdmUnOiBjaGFuZ2Uoei5vYmplY3QoeyBjbGllbnRJZDogaWQsIGZvcm0sIGRhdGEsIGJhc2VWZXJzaW9uOiB2ZXJzaW9uLm51bGxhYmxlKCkuZGVmYXVsdChudWxsKSB9KSwgZHJhZnRSZWNvcmQsIHtcbiAgICBpbnZhbGlkYXRlczogWydkcmFmdHMuZ2V0J10sXG4gIH0pLFxuICAnZHJhZnRzLmRpc2NhcmQnOiBjaGFuZ2Uoei5vYmplY3QoeyBjbGllbnRJZDogaWQsIGZvcm0gfSksIG9rLCB7IGludmFsaWRhdGVzOiBbJ2RyYWZ0cy5nZXQnXSB9KSxcbn0gYXMgY29uc3Q7XG4iLCJpbXBvcnQgeyB6IH0gZnJvbSAnem9kJztcbmltcG9ydCB7IENPTlRSQUlORElDQVRJT05fVElFUlMgfSBmcm9tICcuLi8uLi9jb3JlL3ZvY2FidWxhcnknO1xuaW1wb3J0IHsgaWQsIGluc3RhbnQsIGlzb0RhdGUsIG5vdGVzLCByZXF1aXJlZFRleHQsIHZlcnNpb24gfSBmcm9tICcuL2NvbW1vbic7XG5pbXBvcnQgeyBjb250cmFpbmRpY2F0aW9uUmVjb3JkLCBpbnRha2VSZWNvcmQgfSBmcm9tICcuL2NoYXJ0JztcbmltcG9ydCB7IGNoYW5nZSB9IGZyb20gJy4vZGVmaW5lJztcblxuY29uc3QgYW5zd2VyID0gei5vYmplY3QoeyBhbnN3ZXI6IHouYm9vbGVhbigpLCBkZXRhaWw6IHouc3RyaW5nKCkubWF4KDEwMDApLmRlZmF1bHQoJycpIH0pO1xuXG5leHBvcnQgY29uc3QgaW50YWtlQ29udHJhY3QgPSB7XG4gIC8qKiBTYXZlcyB0aGUgcXVlc3Rpb25uYWlyZTsgY29uc2VudCBpcyByZWNvcmRlZCBvbmNlIHdpdGggd2hvIHdpdG5lc3NlZCBpdC4gKi9cbiAgJ2ludGFrZS5zYXZlJzogY2hhbmdlKFxuICAgIHpcbiAgICAgIC5vYmplY3Qoe1xuICAgICAgICBjbGllbnRJZDogaWQsXG4gICAgICAgIGV4cGVjdGVkVmVyc2lvbjogdmVyc2lvbi5udWxsYWJsZSgpLmRlZmF1bHQobnVsbCksXG4gICAgICAgIGFuc3dlcnM6IHoucmVjb3JkKHouc3RyaW5nKCkubWluKDEpLm1heCg2MCksIGFuc3dlciksXG4gICAgICAgIGNvbXBsZXRlOiB6LmJvb2xlYW4oKS5kZWZhdWx0KGZhbHNlKSxcbiAgICAgICAgY29uc2VudEdpdmVuQXQ6IGluc3RhbnQoJ3doZW4gY29uc2VudCB3YXMgZ2l2ZW4nKS5udWxsYWJsZSgpLmRlZmF1bHQobnVsbCksXG4gICAgICAgIGNvbnNlbnRXaXRuZXNzZWRCeTogaWQubnVsbGFibGUoKS5kZWZhdWx0KG51bGwpLFxuICAgICAgfSlcbiAgICAgIC5zdXBlclJlZmluZSgodiwgY3R4KSA9PiB7XG4gICAgICAgIGlmICh2LmNvbnNlbnRHaXZlbkF0ICYmICF2LmNvbnNlbnRXaXRuZXNzZWRCeSkge1xuICAgICAgICAgIGN0eC5hZGRJc3N1ZSh7IGNvZGU6ICdjdXN0b20nLCBwYXRoOiBbJ2NvbnNlbnRXaXRuZXNzZWRCeSddLCBtZXNzYWdlOiAnQ2hvb3NlIHdobyB3aXRuZXNzZWQgdGhlIGNvbnNlbnQuJyB9KTtcbiAgICAgICAgfVxuICAgICAgICBpZiAodi5jb21wbGV0ZSAmJiAhdi5jb25zZW50R2l2ZW5BdCkge1xuICAgICAgICAgIGN0eC5hZGRJc3N1ZSh7IGNvZGU6ICdjdXN0b20nLCBwYXRoOiBbJ2NvbnNlbnRHaXZlbkF0J10sIG1lc3NhZ2U6ICdSZWNvcmQgdGhlIGNvbnNlbnQgYmVmb3JlIGNvbXBsZXRpbmcgdGhlIGludGFrZS4nIH0pO1xuICAgICAgICB9XG4gICAgICB9KSxcbiAgICBpbnRha2VSZWNvcmQsXG4gICAgeyBpbnZhbGlkYXRlczogWydjbGllbnRzLmNoYXJ0JywgJ2F1ZGl0Lmhpc3RvcnknXSB9LFxuICApLFxuICAnY29udHJhaW5kaWNhdGlvbnMuYWRkJzogY2hhbmdlKFxuICAgIHpcbiAgICAgIC5vYmplY3Qoe1xuICAgICAgICBjbGllbnRJZDogaWQsXG4gICAgICAgIGNvbmRpdGlvbjogcmVxdWlyZWRUZXh0KCd0aGUgY29uZGl0aW9uJywgMjAwKSxcbiAgICAgICAgdGllcjogei5lbnVtKENPTlRSQUlORElDQVRJT05fVElFUlMsIHsgZXJyb3I6ICdDaG9vc2UgYWJzb2x1dGUsIHRlbXBvcmFyeSBvciBuZWVkcyBhIGRvY3RvcuKAmXMgbGV0dGVyLicgfSksXG4gICAgICAgIHVudGlsOiBpc29EYXRlKCd0aGUgZW5kIGRhdGUnKS5udWxsYWJsZSgpLmRlZmF1bHQobnVsbCksXG4gICAgICAgIG5vdGU6IG5vdGVzKCd0aGUgbm90ZScsIDIwMDApLFxuICAgICAgfSlcbiAgICAgIC5zdXBlclJlZmluZSgodiwgY3R4KSA9PiB7XG4gICAgICAgIGlmICh2LnRpZXIgPT09ICd0ZW1wb3JhcnknICYmICF2LnVudGlsKSB7XG4gICAgICAgICAgY3R4LmFkZElzc3VlKHsgY29kZTogJ2N1c3RvbScsIHBhdGg6IFsndW50aWwnXSwgbWVzc2FnZTogJ0EgdGVtcG9yYXJ5IGNvbnRyYWluZGljYXRpb24gbmVlZHMgdGhlIGRhdGUgaXQgZW5kcy4nIH0pO1xuICAgICAgICB9XG4gICAgICB9KSxcbiAgICBjb250cmFpbmRpY2F0aW9uUmVjb3JkLFxuICAgIHsgaW52YWxpZGF0ZXM6IFsnY2xpZW50cy5jaGFydCcsICdhdWRpdC5oaXN0b3J5J10gfSxcbiAgKSxcbiAgJ2NvbnRyYWluZGljYXRpb25zLnJlc29sdmUnOiBjaGFuZ2UoXG4gICAgei5vYmplY3Qoe1xuICAgICAgaWQsXG4gICAgICBleHBlY3RlZFZlcnNpb246IHZlcnNpb24sXG4gICAgICBkb2N0b3JMZXR0ZXJSZWNlaXZlZDogei5ib29sZWFuKCkuZGVmYXVsdChmYWxzZSksXG4gICAgICBub3RlOiBub3RlcygndGhlIG5vdGUnLCAyMDAwKSxcbiAgICB9KSxcbiAgICBjb250cmFpbmRpY2F0aW9uUmVjb3JkLFxuICAgIHsgaW52YWxpZGF0ZXM6IFsnY2xpZW50cy5jaGFydCcsICdhdWRpdC5oaXN0b3J5J10gfSxcbiAgKSxcbn0gYXMgY29uc3Q7XG4iLCJpbXBvcnQgeyB6IH0gZnJvbSAnem9kJztcbmltcG9ydCB7IGlkLCByZXF1aXJlZFRleHQgfSBmcm9tICcuL2NvbW1vbic7XG5pbXBvcnQgeyBjaGFuZ2UsIHF1ZXJ5IH0gZnJvbSAnLi9kZWZpbmUnO1xuXG5leHBvcnQgY29uc3QgcGlnbWVudFJlY29yZCA9IHoub2JqZWN0KHsgaWQsIGJyYW5kOiB6LnN0cmluZygpLCBzaGFkZTogei5zdHJpbmcoKSwgZGFya25lc3M6IHoubnVtYmVyKCkuaW50KCksIGFjdGl2ZTogei5ib29sZWFuKCkgfSk7XG5leHBvcnQgdHlwZSBQaWdtZW50UmVjb3JkID0gei5pbmZlcjx0eXBlb2YgcGlnbWVudFJlY29yZD47XG5cbmV4cG9ydCBjb25zdCBwaWdtZW50c0NvbnRyYWN0ID0ge1xuICAncGlnbWVudHMubGlzdCc6IHF1ZXJ5KHoub2JqZWN0KHsgaW5jbHVkZUluYWN0aXZlOiB6LmJvb2xlYW4oKS5kZWZhdWx0KGZhbHNlKSB9KSwgei5hcnJheShwaWdtZW50UmVjb3JkKSksXG4gICdwaWdtZW50cy5hZGQnOiBjaGFuZ2UoXG4gICAgei5vYmplY3Qoe1xuICAgICAgYnJhbmQ6IHJlcXVpcmVkVGV4dCgndGhlIGJyYW5kJywgMTAwKSxcbiAgICAgIHNoYWRlOiByZXF1aXJlZFRleHQoJ3RoZSBzaGFkZScsIDEwMCksXG4gICAgICBkYXJrbmVzczogei5udW1iZXIoKS5pbnQoKS5taW4oMCkubWF4KDEwMCkuZGVmYXVsdCgwKSxcbiAgICB9KSxcbiAgICBwaWdtZW50UmVjb3JkLFxuICAgIHsgaW52YWxpZGF0ZXM6IFsncGlnbWVudHMubGlzdCddIH0sXG4gICksXG59IGFzIGNvbnN0O1xuIiwiaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCc7XG5pbXBvcnQgeyBQTEFOX0tJTkRTLCBQTEFOX1NUQVRVU0VTIH0gZnJvbSAnLi4vLi4vY29yZS92b2NhYnVsYXJ5JztcbmltcG9ydCB7IGN1cnJlbmN5LCBpZCwgaXNvRGF0ZSwgbWlub3JBbW91bnQsIG5vdGVzLCB2ZXJzaW9uIH0gZnJvbSAnLi9jb21tb24nO1xuaW1wb3J0IHsgcGxhblJlY29yZCB9IGZyb20gJy4vY2hhcnQnO1xuaW1wb3J0IHsgY2hhbmdlLCBxdWVyeSB9IGZyb20gJy4vZGVmaW5lJztcblxuLyoqIEZvciBlYWNoIHNlc3Npb24gYmV5b25kIHRoZSBzZWNvbmQ6IHdoZXRoZXIgYSBib29raW5nIGRlcG9zaXQgc2VjdXJlcyBpdCwgYW5kIGhvdyBtdWNoLiAqL1xuY29uc3QgZGVwb3NpdFBsYW4gPSB6Lm9iamVjdCh7XG4gIHNlc3Npb25OdW1iZXI6IHoubnVtYmVyKCkuaW50KCkubWluKDMpLFxuICBhbW91bnRNaW5vcjogbWlub3JBbW91bnQoJ3RoZSBkZXBvc2l0JykucmVmaW5lKChuKSA9PiBuID4gMCwgeyBlcnJvcjogJ0EgZGVwb3NpdCBtdXN0IGJlIG1vcmUgdGhhbiB6ZXJvLicgfSksXG59KTtcblxuZXhwb3J0IGNvbnN0IHBsYW5JbnB1dCA9IHpcbiAgLm9iamVjdCh7XG4gICAgY2xpZW50SWQ6IGlkLFxuICAgIGtpbmQ6IHouZW51bShQTEFOX0tJTkRTKS5kZWZhdWx0KCdjb3Vyc2UnKSxcbiAgICBxdW90ZWRTZXNzaW9uczogei5udW1iZXIoeyBlcnJvcjogJ0VudGVyIGhvdyBtYW55IHNlc3Npb25zIGFyZSBxdW90ZWQuJyB9KS5pbnQoKS5taW4oMSkubWF4KDEwKSxcbiAgICBwcmljZU1pbm9yOiBtaW5vckFtb3VudCgndGhlIHByaWNlJyksXG4gICAgY3VycmVuY3ksXG4gICAgcmVjYWxsT246IGlzb0RhdGUoJ3RoZSByZWNhbGwgZGF0ZScpLm51bGxhYmxlKCkuZGVmYXVsdChudWxsKSxcbiAgICBkZXBvc2l0czogei5hcnJheShkZXBvc2l0UGxhbikuZGVmYXVsdChbXSksXG4gICAgbm90ZXM6IG5vdGVzKCksXG4gIH0pXG4gIC5zdXBlclJlZmluZSgodiwgY3R4KSA9PiB7XG4gICAgaWYgKHYua2luZCA9PT0gJ2NvdXJzZScgJiYgdi5xdW90ZWRTZXNzaW9ucyA8IDIpIHtcbiAgICAgIGN0eC5hZGRJc3N1ZSh7IGNvZGU6ICdjdXN0b20nLCBwYXRoOiBbJ3F1b3RlZFNlc3Npb25zJ10sIG1lc3NhZ2U6ICdBIGNvdXJzZSBxdW90ZXMgYXQgbGVhc3QgdHdvIHNlc3Npb25zLicgfSk7XG4gICAgfVxuICAgIGlmICh2LmtpbmQgPT09ICd0b3VjaF91cCcgJiYgdi5kZXBvc2l0cy5sZW5ndGggPiAwKSB7XG4gICAgICBjdHguYWRkSXNzdWUoeyBjb2RlOiAnY3VzdG9tJywgcGF0aDogWydkZXBvc2l0cyddLCBtZXNzYWdlOiAnQSB0b3VjaC11cCBwbGFuIGhhcyBubyB0aGlyZC1zZXNzaW9uIGRlcG9zaXQuJyB9KTtcbiAgICB9XG4gICAgdi5kZXBvc2l0cy5mb3JFYWNoKChkLCBpKSA9PiB7XG4gICAgICBpZiAoZC5zZXNzaW9uTnVtYmVyID4gdi5xdW90ZWRTZXNzaW9ucykge1xuICAgICAgICBjdHguYWRkSXNzdWUoe1xuICAgICAgICAgIGNvZGU6ICdjdXN0b20nLFxuICAgICAgICAgIHBhdGg6IFsnZGVwb3NpdHMnLCBpLCAnc2Vzc2lvbk51bWJlciddLFxuICAgICAgICAgIG1lc3NhZ2U6IGBTZXNzaW9uICR7ZC5zZXNzaW9uTnVtYmVyfSBpcyBub3QgcGFydCBvZiBhICR7di5xdW90ZWRTZXNzaW9uc30tc2Vzc2lvbiBxdW90ZS5gLFxuICAgICAgICB9KTtcbiAgICAgIH1cbiAgICB9KTtcbiAgfSk7XG5cbmV4cG9ydCBjb25zdCBwbGFuc0NvbnRyYWN0ID0ge1xuICAvLyBUaGUgY2xpZW50IGxpc3RzIHNob3cgdGhlIGN1cnJlbnQgY291cnNlJ3MgcXVvdGVkIHNlc3Npb25zIGFuZCBpdHMgbGF0ZXN0IGRlcG9zaXQncyBzdGF0dXMuXG4gICdwbGFucy5jcmVhdGUnOiBjaGFuZ2UocGxhbklucHV0LCBwbGFuUmVjb3JkLCB7XG4gICAgaW52YWxpZGF0ZXM6IFsnY2xpZW50cy5jaGFydCcsICdwbGFucy5saXN0JywgJ2NsaWVudHMuc2VhcmNoJywgJ2NsaWVudHMubGlzdCcsICdyZWNlcHRpb24uYm9hcmQnLCAnYXVkaXQuaGlzdG9yeSddLFxuICB9KSxcbiAgJ3BsYW5zLnNldFN0YXR1cyc6IGNoYW5nZShcbiAgICB6Lm9iamVjdCh7IGlkLCBleHBlY3RlZFZlcnNpb246IHZlcnNpb24sIHN0YXR1czogei5lbnVtKFBMQU5fU1RBVFVTRVMpLCByZWFzb246IG5vdGVzKCd0aGUgcmVhc29uJywgNTAwKSB9KSxcbiAgICBwbGFuUmVjb3JkLFxuICAgIHtcbiAgICAgIGludmFsaWRhdGVzOiBbXG4gICAgICAgICdjbGllbnRzLmNoYXJ0JyxcbiAgICAgICAgJ3BsYW5zLmxpc3QnLFxuICAgICAgICAnY2xpZW50cy5zZWFyY2gnLFxuICAgICAgICAnY2xpZW50cy5saXN0JyxcbiAgICAgICAgJ3JlY2VwdGlvbi5ib2FyZCcsXG4gICAgICAgICdyZWNlcHRpb24ubmV4dFNlc3Npb24nLFxuICAgICAgICAnYXVkaXQuaGlzdG9yeScsXG4gICAgICBdLFxuICAgIH0sXG4gICksXG4gICdwbGFucy5saXN0JzogcXVlcnkoei5vYmplY3QoeyBjbGllbnRJZDogaWQgfSksIHouYXJyYXkocGxhblJlY29yZCkpLFxufSBhcyBjb25zdDtcbiIsIi8vIFJlY2VwdGlvbidzIHZpZXdzOiB0aGUgZGVwb3NpdHMtYW5kLWJvb2tpbmcgYm9hcmQsIGEgZGF5J3MgYm9va2luZyBsaXN0LCBib29raW5ncyBmb3IgYSBjYWxlbmRhclxuLy8gZXhwb3J0LCBhbmQgd2hhdCB0aGUgbmV4dCBzZXNzaW9uIG9mIGEgcGxhbiBtYXkgYmUgKGl0cyBudW1iZXIsIHdpbmRvdyBhbmQgZGVwb3NpdCkuXG5pbXBvcnQgeyB6IH0gZnJvbSAnem9kJztcbmltcG9ydCB7IEJPQVJEX1NUQVRFUywgREVQT1NJVF9TVEFUVVNFUywgUExBTl9LSU5EUyB9IGZyb20gJy4uLy4uL2NvcmUvdm9jYWJ1bGFyeSc7XG5pbXBvcnQgdHlwZSB7IEJvYXJkLCBCb2FyZFJvdywgQm9va2luZywgTW9uZXlUb3RhbCwgTmV4dFNlc3Npb24gfSBmcm9tICcuLi8uLi9kYi9xdWVyaWVzL3JlY2VwdGlvbi1yb3dzJztcbmltcG9ydCB7IGlkLCBpc29EYXRlIH0gZnJvbSAnLi9jb21tb24nO1xuaW1wb3J0IHsgcXVlcnkgfSBmcm9tICcuL2RlZmluZSc7XG5cbmV4cG9ydCB7IEJPQVJEX1NUQVRFX0xBQkVMUywgQk9BUkRfU1RBVEVTLCB0eXBlIEJvYXJkU3RhdGUgfSBmcm9tICcuLi8uLi9jb3JlL3ZvY2FidWxhcnknO1xuZXhwb3J0IHR5cGUgeyBCb2FyZCwgQm9hcmRSb3csIEJvb2tpbmcsIE1vbmV5VG90YWwsIE5leHRTZXNzaW9uIH07XG5cbmNvbnN0IG51bGxhYmxlVGV4dCA9IHouc3RyaW5nKCkubnVsbGFibGUoKTtcblxuZXhwb3J0IGNvbnN0IGJvYXJkUm93ID0gei5vYmplY3Qoe1xuICAvKiogU3RhYmxlIHBlciBwbGFuIMOXIHNlc3Npb24gbnVtYmVyLiAqL1xuICBrZXk6IHouc3RyaW5nKCksXG4gIGNsaWVudElkOiBpZCxcbiAgZmlyc3ROYW1lOiB6LnN0cmluZygpLFxuICBsYXN0TmFtZTogei5zdHJpbmcoKSxcbiAgcGhvbmU6IG51bGxhYmxlVGV4dCxcbiAgcGxhbklkOiBpZCxcbiAgcGxhbktpbmQ6IHouZW51bShQTEFOX0tJTkRTKSxcbiAgc2Vzc2lvbk51bWJlcjogei5udW1iZXIoKS5pbnQoKSxcbiAgcXVvdGVkU2Vzc2lvbnM6IHoubnVtYmVyKCkuaW50KCksXG4gIHN0YXRlOiB6LmVudW0oQk9BUkRfU1RBVEVTKSxcbiAgZGVwb3NpdElkOiBpZC5udWxsYWJsZSgpLFxuICBkZXBvc2l0U3RhdHVzOiB6LmVudW0oREVQT1NJVF9TVEFUVVNFUykubnVsbGFibGUoKSxcbiAgZGVwb3NpdEFtb3VudE1pbm9yOiB6Lm51bWJlcigpLmludCgpLm51bGxhYmxlKCksXG4gIGRlcG9zaXRQYWlkTWlub3I6IHoubnVtYmVyKCkuaW50KCksXG4gIG91dHN0YW5kaW5nTWlub3I6IHoubnVtYmVyKCkuaW50KCksXG4gIGhlbGRNaW5vcjogei5udW1iZXIoKS5pbnQoKSxcbiAgY3VycmVuY3k6IHouc3RyaW5nKCksXG4gIC8qKiBUaGUgc2Vzc2lvbiBiZWZvcmUgdGhpcyBvbmU6IGl0cyBkYXRlIChwZXJmb3JtZWQsIGVsc2UgYm9va2VkKSBhbmQgd2hldGhlciBpdCBpcyBkb25lLiAqL1xuICBwcmV2aW91c0RhdGU6IG51bGxhYmxlVGV4dCxcbiAgcHJldmlvdXNQZXJmb3JtZWQ6IHouYm9vbGVhbigpLFxuICBkYXlzU2luY2VQcmV2aW91czogei5udW1iZXIoKS5pbnQoKS5udWxsYWJsZSgpLFxuICB3aW5kb3dFYXJsaWVzdDogbnVsbGFibGVUZXh0LFxuICB3aW5kb3dMYXRlc3Q6IG51bGxhYmxlVGV4dCxcbiAgYm9va2VkRm9yOiBudWxsYWJsZVRleHQsXG4gIHNlc3Npb25JZDogaWQubnVsbGFibGUoKSxcbiAgcGVyZm9ybWVkQXQ6IG51bGxhYmxlVGV4dCxcbiAgcmVjYWxsT246IG51bGxhYmxlVGV4dCxcbiAgLyoqIE5vdCBib29rZWQsIGFuZCBpdHMgd2luZG93IG9wZW5zIG9uIG9yIGJlZm9yZSB0aGUgZW5kIG9mIHRoaXMgd2Vlay4gKi9cbiAgZHVlVGhpc1dlZWs6IHouYm9vbGVhbigpLFxufSkgc2F0aXNmaWVzIHouWm9kVHlwZTxCb2FyZFJvdz47XG5cbmV4cG9ydCBjb25zdCBtb25leVRvdGFsID0gei5vYmplY3Qoe1xuICBjdXJyZW5jeTogei5zdHJpbmcoKSxcbiAgb3V0c3RhbmRpbmdNaW5vcjogei5udW1iZXIoKS5pbnQoKSxcbiAgaGVsZE1pbm9yOiB6Lm51bWJlcigpLmludCgpLFxufSkgc2F0aXNmaWVzIHouWm9kVHlwZTxNb25leVRvdGFsPjtcblxuZXhwb3J0IGNvbnN0IGJvYXJkID0gei5vYmplY3Qoe1xuICB0b2RheTogei5zdHJpbmcoKSxcbiAgd2Vla0Zyb206IHouc3RyaW5nKCksXG4gIHdlZWtUbzogei5zdHJpbmcoKSxcbiAgcm93czogei5hcnJheShib2FyZFJvdyksXG4gIC8qKiBPdmVyIGV2ZXJ5IGRlcG9zaXQgb24gZmlsZSwgcGVyIGN1cnJlbmN5LiAqL1xuICB0b3RhbHM6IHouYXJyYXkobW9uZXlUb3RhbCksXG59KSBzYXRpc2ZpZXMgei5ab2RUeXBlPEJvYXJkPjtcblxuZXhwb3J0IGNvbnN0IGJvb2tpbmcgPSB6Lm9iamVjdCh7XG4gIHNlc3Npb25JZDogaWQsXG4gIGNsaWVudElkOiBpZCxcbiAgZmlyc3ROYW1lOiB6LnN0cmluZygpLFxuICBsYXN0TmFtZTogei5zdHJpbmcoKSxcbiAgcGhvbmU6IG51bGxhYmxlVGV4dCxcbiAgYm9va2VkRm9yOiB6LnN0cmluZygpLFxuICBudW1iZXI6IHoubnVtYmVyKCkuaW50KCksXG4gIGtpbmQ6IHouZW51bShQTEFOX0tJTkRTKSxcbiAgcGxhbklkOiBpZC5udWxsYWJsZSgpLFxuICBxdW90ZWRTZXNzaW9uczogei5udW1iZXIoKS5pbnQoKS5udWxsYWJsZSgpLFxuICBwcmFjdGl0aW9uZXJOYW1lOiBudWxsYWJsZVRleHQsXG4gIGRlcG9zaXRTdGF0dXM6IHouZW51bShERVBPU0lUX1NUQVRVU0VTKS5udWxsYWJsZSgpLFxuICBvdXRzdGFuZGluZ01pbm9yOiB6Lm51bWJlcigpLmludCgpLFxuICBjdXJyZW5jeTogbnVsbGFibGVUZXh0LFxuICBvdXRzaWRlV2luZG93UmVhc29uOiBudWxsYWJsZVRleHQsXG4gIGRlcG9zaXRPdmVycmlkZVJlYXNvbjogbnVsbGFibGVUZXh0LFxuICB2ZXJzaW9uOiB6Lm51bWJlcigpLmludCgpLFxufSkgc2F0aXNmaWVzIHouWm9kVHlwZTxCb29raW5nPjtcblxuZXhwb3J0IGNvbnN0IG5leHRTZXNzaW9uID0gei5vYmplY3Qoe1xuICBwbGFuSWQ6IGlkLFxuICBraW5kOiB6LmVudW0oUExBTl9LSU5EUyksXG4gIG51bWJlcjogei5udW1iZXIoKS5pbnQoKSxcbiAgcXVvdGVkU2Vzc2lvbnM6IHoubnVtYmVyKCkuaW50KCksXG4gIC8qKiBGYWxzZSB3aGVuIGV2ZXJ5IHF1b3RlZCBzZXNzaW9uIGlzIGFscmVhZHkgYm9va2VkIG9yIHBlcmZvcm1lZC4gKi9cbiAgY2FuQm9vazogei5ib29sZWFuKCksXG4gIHByZXZpb3VzOiB6Lm9iamVjdCh7IG51bWJlcjogei5udW1iZXIoKS5pbnQoKSwgZGF0ZTogei5zdHJpbmcoKSwgcGVyZm9ybWVkOiB6LmJvb2xlYW4oKSB9KS5udWxsYWJsZSgpLFxuICB3aW5kb3c6IHoub2JqZWN0KHsgZWFybGllc3Q6IHouc3RyaW5nKCksIGxhdGVzdDogbnVsbGFibGVUZXh0IH0pLm51bGxhYmxlKCksXG4gIGRlcG9zaXQ6IHpcbiAgICAub2JqZWN0KHtcbiAgICAgIGlkLFxuICAgICAgc3RhdHVzOiB6LmVudW0oREVQT1NJVF9TVEFUVVNFUyksXG4gICAgICBhbW91bnRNaW5vcjogei5udW1iZXIoKS5pbnQoKSxcbiAgICAgIHBhaWRNaW5vcjogei5udW1iZXIoKS5pbnQoKSxcbiAgICAgIGN1cnJlbmN5OiB6LnN0cmluZygpLFxuICAgICAgdmVyc2lvbjogei5udW1iZXIoKS5pbnQoKSxcbiAgICB9KVxuICAgIC5udWxsYWJsZSgpLFxuICByZWNhbGxPbjogbnVsbGFibGVUZXh0LFxufSkgc2F0aXNmaWVzIHouWm9kVHlwZTxOZXh0U2Vzc2lvbj47XG5cbmNvbnN0IHJhbmdlID0gelxuICAub2JqZWN0KHsgZnJvbTogaXNvRGF0ZSgndGhlIGZpcnN0IGRheScpLCB0bzogaXNvRGF0ZSgndGhlIGxhc3QgZGF5JykgfSlcbiAgLnJlZmluZSgocikgPT4gci50byA+PSByLmZyb20sIHsgcGF0aDogWyd0byddLCBlcnJvcjogJ1RoZSBsYXN0IGRheSBtdXN0IG5vdCBiZSBiZWZvcmUgdGhlIGZpcnN0LicgfSlcbiAgLnJlZmluZSgocikgPT4gRGF0ZS5wYXJzZShyLnRvKSAtIERhdGUucGFyc2Uoci5mcm9tKSA8PSAzICogMzY2ICogODZfNDAwXzAwMCwge1xuICAgIHBhdGg6IFsndG8nXSxcbiAgICBlcnJvcjogJ0Nob29zZSBhdCBtb3N0IHRocmVlIHllYXJzIG9mIGJvb2tpbmdzIGF0IGEgdGltZS4nLFxuICB9KTtcblxuZXhwb3J0IGNvbnN0IHJlY2VwdGlvbkNvbnRyYWN0ID0ge1xuICAncmVjZXB0aW9uLmJvYXJkJzogcXVlcnkoei5vYmplY3QoeyB0b2RheTogaXNvRGF0ZSgndG9kYXnigJlzIGRhdGUnKS5vcHRpb25hbCgpIH0pLmRlZmF1bHQoe30pLCBib2FyZCksXG4gICdyZWNlcHRpb24uZGF5JzogcXVlcnkoei5vYmplY3QoeyBkYXRlOiBpc29EYXRlKCd0aGUgZGF5JykgfSksIHouYXJyYXkoYm9va2luZykpLFxuICAncmVjZXB0aW9uLmJvb2tpbmdzJzogcXVlcnkocmFuZ2UsIHouYXJyYXkoYm9va2luZykpLFxuICAncmVjZXB0aW9uLm5leHRTZXNzaW9uJzogcXVlcnkoei5vYmplY3QoeyBwbGFuSWQ6IGlkIH0pLCBuZXh0U2Vzc2lvbiksXG59IGFzIGNvbnN0O1xuIiwiaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCc7XG5pbXBvcnQgeyBIQUlSTElORV9SRVFVRVNUX0tJTkRTLCBIQUlSTElORV9SRVFVRVNUX1NUQVRVU0VTIH0gZnJvbSAnLi4vLi4vY29yZS92b2NhYnVsYXJ5JztcbmltcG9ydCB7IGlkLCBub3RlcywgcmVxdWlyZWRUZXh0LCB2ZXJzaW9uIH0gZnJvbSAnLi9jb21tb24nO1xuaW1wb3J0IHsgaGFpcmxpbmVSZXF1ZXN0UmVjb3JkIH0gZnJvbSAnLi9jaGFydCc7XG5pbXBvcnQgeyBjaGFuZ2UgfSBmcm9tICcuL2RlZmluZSc7XG5cbmV4cG9ydCBjb25zdCByZXF1ZXN0c0NvbnRyYWN0ID0ge1xuICAnaGFpcmxpbmVSZXF1ZXN0cy5yYWlzZSc6IGNoYW5nZShcbiAgICB6Lm9iamVjdCh7XG4gICAgICBjbGllbnRJZDogaWQsXG4gICAgICByYWlzZWRBdFNlc3Npb25JZDogaWQubnVsbGFibGUoKS5kZWZhdWx0KG51bGwpLFxuICAgICAga2luZDogei5lbnVtKEhBSVJMSU5FX1JFUVVFU1RfS0lORFMsIHsgZXJyb3I6ICdDaG9vc2Ugd2hhdCB0aGUgY2xpZW50IGFza2VkIGZvci4nIH0pLFxuICAgICAgcmVxdWVzdDogcmVxdWlyZWRUZXh0KCd3aGF0IHRoZSBjbGllbnQgYXNrZWQgZm9yJywgMTAwMCksXG4gICAgfSksXG4gICAgaGFpcmxpbmVSZXF1ZXN0UmVjb3JkLFxuICAgIHsgaW52YWxpZGF0ZXM6IFsnY2xpZW50cy5jaGFydCcsICdhdWRpdC5oaXN0b3J5J10gfSxcbiAgKSxcbiAgJ2hhaXJsaW5lUmVxdWVzdHMuc2V0U3RhdHVzJzogY2hhbmdlKFxuICAgIHpcbiAgICAgIC5vYmplY3Qoe1xuICAgICAgICBpZCxcbiAgICAgICAgZXhwZWN0ZWRWZXJzaW9uOiB2ZXJzaW9uLFxuICAgICAgICBzdGF0dXM6IHouZW51bShIQUlSTElORV9SRVFVRVNUX1NUQVRVU0VTKSxcbiAgICAgICAgZG9uZUF0U2Vzc2lvbklkOiBpZC5udWxsYWJsZSgpLmRlZmF1bHQobnVsbCksXG4gICAgICAgIG5vdGU6IG5vdGVzKCd0aGUgbm90ZScsIDEwMDApLFxuICAgICAgfSlcbiAgICAgIC5zdXBlclJlZmluZSgodiwgY3R4KSA9PiB7XG4gICAgICAgIGlmICh2LnN0YXR1cyA9PT0gJ2RvbmUnICYmICF2LmRvbmVBdFNlc3Npb25JZCkge1xuICAgICAgICAgIGN0eC5hZGRJc3N1ZSh7IGNvZGU6ICdjdXN0b20nLCBwYXRoOiBbJ2RvbmVBdFNlc3Npb25JZCddLCBtZXNzYWdlOiAnQ2hvb3NlIHRoZSBzZXNzaW9uIHdoZXJlIGl0IHdhcyBkb25lLicgfSk7XG4gICAgICAgIH1cbiAgICAgIH0pLFxuICAgIGhhaXJsaW5lUmVxdWVzdFJlY29yZCxcbiAgICB7IGludmFsaWRhdGVzOiBbJ2NsaWVudHMuY2hhcnQnLCAnYXVkaXQuaGlzdG9yeSddIH0sXG4gICksXG59IGFzIGNvbnN0O1xuIiwiaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCc7XG5pbXBvcnQgeyBIQUlSTElORV9SRVFVRVNUX0tJTkRTLCBSRVRFTlRJT05fUkFUSU5HUywgU0hBREVfQ0hBTkdFX1JFQVNPTlMsIFpPTkVTIH0gZnJvbSAnLi4vLi4vY29yZS92b2NhYnVsYXJ5JztcbmltcG9ydCB7IGlkLCBpbnN0YW50LCBpc29EYXRlLCBub3Rlcywgb3B0aW9uYWxUZXh0LCByZXF1aXJlZFRleHQsIHZlcnNpb24gfSBmcm9tICcuL2NvbW1vbic7XG5pbXBvcnQgeyByZXRlbnRpb25SZWNvcmQsIHNlc3Npb25SZWNvcmQsIHNoYWRlQ2hhbmdlUmVjb3JkIH0gZnJvbSAnLi9jaGFydCc7XG5pbXBvcnQgeyBjaGFuZ2UsIHF1ZXJ5IH0gZnJvbSAnLi9kZWZpbmUnO1xuXG5jb25zdCByZWFzb24gPSAobGFiZWw6IHN0cmluZykgPT4gcmVxdWlyZWRUZXh0KGxhYmVsLCA1MDApO1xuXG4vKiogQSBzZXNzaW9uJ3MgZGF0ZSBhbmQgc3RhdHVzOiB0aGUgY2hhcnQsIGJvdGggY2xpZW50IGxpc3RzIChzZXNzaW9ucyBkb25lLCBsYXN0IGFuZCBuZXh0KSwgdGhlXG4gKiAgYm9hcmQsIHRoZSBib29raW5nIGxpc3RzLCB0aGUgbmV4dCBzZXNzaW9uJ3Mgd2luZG93LCB0aGUgc2Vzc2lvbiBpdHNlbGYgYW5kIGl0cyBhZnRlcmNhcmUgc2hlZXQuICovXG5jb25zdCBTRVNTSU9OX1NIT1dOID0gW1xuICAnY2xpZW50cy5jaGFydCcsXG4gICdjbGllbnRzLnNlYXJjaCcsXG4gICdjbGllbnRzLmxpc3QnLFxuICAncmVjZXB0aW9uLmJvYXJkJyxcbiAgJ3JlY2VwdGlvbi5kYXknLFxuICAncmVjZXB0aW9uLmJvb2tpbmdzJyxcbiAgJ3JlY2VwdGlvbi5uZXh0U2Vzc2lvbicsXG4gICdzZXNzaW9ucy5nZXQnLFxuICAnYWZ0ZXJjYXJlLnNoZWV0JyxcbiAgJ2F1ZGl0Lmhpc3RvcnknLFxuXSBhcyBjb25zdDtcblxuZXhwb3J0IGNvbnN0IHNlc3Npb25zQ29udHJhY3QgPSB7XG4gICdzZXNzaW9ucy5ib29rJzogY2hhbmdlKFxuICAgIHoub2JqZWN0KHtcbiAgICAgIGNsaWVudElkOiBpZCxcbiAgICAgIHBsYW5JZDogaWQubnVsbGFibGUoKS5kZWZhdWx0KG51bGwpLFxuICAgICAgYm9va2VkRm9yOiBpbnN0YW50KCd0aGUgYm9va2luZyB0aW1lJyksXG4gICAgICBwcmFjdGl0aW9uZXJJZDogaWQubnVsbGFibGUoKS5kZWZhdWx0KG51bGwpLFxuICAgICAgLyoqIFJlcXVpcmVkIHdoZW4gdGhlIGRhdGUgaXMgb3V0c2lkZSB0aGUgYm9va2luZyB3aW5kb3cuICovXG4gICAgICBvdXRzaWRlV2luZG93UmVhc29uOiBvcHRpb25hbFRleHQoJ3RoZSByZWFzb24nLCA1MDApLFxuICAgICAgLyoqIFJlcXVpcmVkIHdoZW4gdGhlIHNlc3Npb24ncyBkZXBvc2l0IGlzIG5vdCBwYWlkLiAqL1xuICAgICAgZGVwb3NpdE92ZXJyaWRlUmVhc29uOiBvcHRpb25hbFRleHQoJ3RoZSByZWFzb24nLCA1MDApLFxuICAgIH0pLFxuICAgIHNlc3Npb25SZWNvcmQsXG4gICAgLy8gQm9va2luZyBiZWZvcmUgdGhlIGRlcG9zaXQgaXMgcGFpZCByZWNvcmRzIHRoZSBvdmVycmlkZSBvbiB0aGUgZGVwb3NpdC5cbiAgICB7IGludmFsaWRhdGVzOiBbLi4uU0VTU0lPTl9TSE9XTiwgJ2RlcG9zaXRzLmZvclBsYW4nXSB9LFxuICApLFxuICAnc2Vzc2lvbnMucmVzY2hlZHVsZSc6IGNoYW5nZShcbiAgICB6Lm9iamVjdCh7XG4gICAgICBpZCxcbiAgICAgIGV4cGVjdGVkVmVyc2lvbjogdmVyc2lvbixcbiAgICAgIGJvb2tlZEZvcjogaW5zdGFudCgndGhlIG5ldyBib29raW5nIHRpbWUnKSxcbiAgICAgIHJlYXNvbjogcmVhc29uKCd3aHkgdGhlIHNlc3Npb24gaXMgbW92ZWQnKSxcbiAgICAgIG91dHNpZGVXaW5kb3dSZWFzb246IG9wdGlvbmFsVGV4dCgndGhlIHJlYXNvbicsIDUwMCksXG4gICAgfSksXG4gICAgc2Vzc2lvblJlY29yZCxcbiAgICB7IGludmFsaWRhdGVzOiBTRVNTSU9OX1NIT1dOIH0sXG4gICksXG4gICdzZXNzaW9ucy5jYW5jZWwnOiBjaGFuZ2UoXG4gICAgei5vYmplY3QoeyBpZCwgZXhwZWN0ZWRWZXJzaW9uOiB2ZXJzaW9uLCByZWFzb246IHJlYXNvbignd2h5IHRoZSBzZXNzaW9uIGlzIGNhbmNlbGxlZCcpLCBub1Nob3c6IHouYm9vbGVhbigpLmRlZmF1bHQoZmFsc2UpIH0pLFxuICAgIHNlc3Npb25SZWNvcmQsXG4gICAgeyBpbnZhbGlkYXRlczogU0VTU0lPTl9TSE9XTiB9LFxuICApLFxuICAvKiogUmVjb3JkcyB3aGF0IHdhcyBkb25lIGluIHRoZSBjaGFpcjsgY3JlYXRlcyB0aGUgc2Vzc2lvbiBpZiBpdCB3YXMgbm90IGJvb2tlZC4gKi9cbiAgJ3Nlc3Npb25zLmNoYXJ0JzogY2hhbmdlKFxuICAgIHoub2JqZWN0KHtcbiAgICAgIGNsaWVudElkOiBpZCxcbiAgICAgIHNlc3Npb25JZDogaWQubnVsbGFibGUoKS5kZWZhdWx0KG51bGwpLFxuICAgICAgZXhwZWN0ZWRWZXJzaW9uOiB2ZXJzaW9uLm51bGxhYmxlKCkuZGVmYXVsdChudWxsKSxcbiAgICAgIHBsYW5JZDogaWQubnVsbGFibGUoKS5kZWZhdWx0KG51bGwpLFxuICAgICAgcGVyZm9ybWVkQXQ6IGluc3RhbnQoJ3doZW4gdGhlIHNlc3Npb24gd2FzIHBlcmZvcm1lZCcpLFxuICAgICAgcHJhY3RpdGlvbmVySWQ6IGlkLm51bGxhYmxlKCkuZGVmYXVsdChudWxsKSxcbiAgICAgIHByZXBEb25lOiB6LmJvb2xlYW4oKS5kZWZhdWx0KGZhbHNlKSxcbiAgICAgIHByZXBOb3Rlczogbm90ZXMoJ3RoZSBwcmVwYXJhdGlvbiBub3RlcycsIDIwMDApLFxuICAgICAgYXNzZXNzbWVudE5vdGVzOiBub3RlcygndGhlIGFzc2Vzc21lbnQnLCA0MDAwKSxcbiAgICAgIHBpZ21lbnRCcmFuZDogcmVxdWlyZWRUZXh0KCd0aGUgcGlnbWVudCBicmFuZCcsIDEwMCksXG4gICAgICBwaWdtZW50U2hhZGU6IHJlcXVpcmVkVGV4dCgndGhlIHBpZ21lbnQgc2hhZGUnLCAxMDApLFxuICAgICAgZGlsdXRpb246IHJlcXVpcmVkVGV4dCgndGhlIGRpbHV0aW9uJywgNDApLFxuICAgICAgcGlnbWVudEJhdGNoOiByZXF1aXJlZFRleHQoJ3RoZSBiYXRjaCBudW1iZXInLCA2MCksXG4gICAgICBwaWdtZW50RXhwaXJ5OiBpc29EYXRlKCd0aGUgYmF0Y2ggZXhwaXJ5IGRhdGUnKSxcbiAgICAgIG5lZWRsZTogcmVxdWlyZWRUZXh0KCd0aGUgbmVlZGxlIGNvbmZpZ3VyYXRpb24nLCA2MCksXG4gICAgICB6b25lczogelxuICAgICAgICAuYXJyYXkoei5lbnVtKFpPTkVTKSlcbiAgICAgICAgLm1pbigxLCB7IGVycm9yOiAnQ2hvb3NlIGF0IGxlYXN0IG9uZSB6b25lIHRyZWF0ZWQuJyB9KVxuICAgICAgICAucmVmaW5lKCh6KSA9PiBuZXcgU2V0KHopLnNpemUgPT09IHoubGVuZ3RoLCB7IGVycm9yOiAnRWFjaCB6b25lIG9uY2UuJyB9KSxcbiAgICAgIGRlbnNpdHlOb3Rlczogbm90ZXMoJ3RoZSBkZW5zaXR5IG5vdGVzJywgNDAwMCksXG4gICAgICBibGVuZGluZ05vdGVzOiBub3RlcygndGhlIGJsZW5kaW5nIG5vdGVzJywgNDAwMCksXG4gICAgICBub3Rlczogbm90ZXMoJ3RoZSBub3RlcycsIDEwXzAwMCksXG4gICAgICBjb250cmFpbmRpY2F0aW9uT3ZlcnJpZGVSZWFzb246IG9wdGlvbmFsVGV4dCgndGhlIG92ZXJyaWRlIHJlYXNvbicsIDUwMCksXG4gICAgICByZXRlbnRpb246IHouYXJyYXkoei5vYmplY3QoeyB6b25lOiB6LmVudW0oWk9ORVMpLCByYXRpbmc6IHouZW51bShSRVRFTlRJT05fUkFUSU5HUyksIG5vdGU6IG5vdGVzKCd0aGUgbm90ZScsIDEwMDApIH0pKS5kZWZhdWx0KFtdKSxcbiAgICAgIHNoYWRlQ2hhbmdlOiB6XG4gICAgICAgIC5vYmplY3QoeyByZWFzb246IHouZW51bShTSEFERV9DSEFOR0VfUkVBU09OUywgeyBlcnJvcjogJ0Nob29zZSB3aHkgdGhlIHNoYWRlIGNoYW5nZWQuJyB9KSwgbm90ZTogbm90ZXMoJ3RoZSBub3RlJywgMTAwMCkgfSlcbiAgICAgICAgLm51bGxhYmxlKClcbiAgICAgICAgLmRlZmF1bHQobnVsbCksXG4gICAgICAvKiogSGFpcmxpbmUgcmVxdWVzdHMgY29tcGxldGVkIGluIHRoaXMgc2Vzc2lvbi4gKi9cbiAgICAgIGRvbmVSZXF1ZXN0SWRzOiB6LmFycmF5KGlkKS5kZWZhdWx0KFtdKSxcbiAgICAgIC8qKiBBbHRlcmF0aW9ucyB0aGUgY2xpZW50IGFza2VkIGZvciBkdXJpbmcgdGhpcyBzZXNzaW9uLCByYWlzZWQgaW4gdGhlIHNhbWUgc2F2ZS4gKi9cbiAgICAgIHJhaXNlUmVxdWVzdHM6IHpcbiAgICAgICAgLmFycmF5KFxuICAgICAgICAgIHoub2JqZWN0KHtcbiAgICAgICAgICAgIGtpbmQ6IHouZW51bShIQUlSTElORV9SRVFVRVNUX0tJTkRTLCB7IGVycm9yOiAnQ2hvb3NlIHdoYXQgdGhlIGNsaWVudCBhc2tlZCBmb3IuJyB9KSxcbiAgICAgICAgICAgIHJlcXVlc3Q6IHJlcXVpcmVkVGV4dCgnd2hhdCB0aGUgY2xpZW50IGFza2VkIGZvcicsIDEwMDApLFxuICAgICAgICAgIH0pLFxuICAgICAgICApXG4gICAgICAgIC5tYXgoMjApXG4gICAgICAgIC5kZWZhdWx0KFtdKSxcbiAgICAgIC8qKlxuICAgICAgICogRm9yIGEgbmV3IHNlc3Npb246IHRoZSBudW1iZXIgdGhlIGZvcm0gd2FzIGNoYXJ0aW5nLiBJZiBzb21lb25lIGVsc2UgY2hhcnRlZCB0aGF0IHNlc3Npb25cbiAgICAgICAqIG1lYW53aGlsZSwgdGhlIHNhdmUgaXMgcmVmdXNlZCBhcyBhIGNvbmZsaWN0IGluc3RlYWQgb2Ygc2lsZW50bHkgYmVjb21pbmcgdGhlIG5leHQgc2Vzc2lvbi5cbiAgICAgICAqL1xuICAgICAgZXhwZWN0ZWROdW1iZXI6IHoubnVtYmVyKCkuaW50KCkucG9zaXRpdmUoKS5udWxsYWJsZSgpLmRlZmF1bHQobnVsbCksXG4gICAgfSksXG4gICAgc2Vzc2lvblJlY29yZCxcbiAgICAvLyBDaGFydGluZyBhcHBsaWVzIHRoZSBwYWlkIGRlcG9zaXQsIGFjdGl2YXRlcyBhIHF1b3RlZCBwbGFuIGFuZCByYWlzZXMgb3IgY29tcGxldGVzIHJlcXVlc3RzLlxuICAgIHsgaW52YWxpZGF0ZXM6IFsuLi5TRVNTSU9OX1NIT1dOLCAnZGVwb3NpdHMuZm9yUGxhbicsICdwbGFucy5saXN0J10gfSxcbiAgKSxcbiAgJ3Nlc3Npb25zLmdldCc6IHF1ZXJ5KHoub2JqZWN0KHsgaWQgfSksIHNlc3Npb25SZWNvcmQpLFxuICAncmV0ZW50aW9uLnNhdmUnOiBjaGFuZ2UoXG4gICAgei5vYmplY3Qoe1xuICAgICAgc2Vzc2lvbklkOiBpZCxcbiAgICAgIG5vdGVzOiB6LmFycmF5KHoub2JqZWN0KHsgem9uZTogei5lbnVtKFpPTkVTKSwgcmF0aW5nOiB6LmVudW0oUkVURU5USU9OX1JBVElOR1MpLCBub3RlOiBub3RlcygndGhlIG5vdGUnLCAxMDAwKSB9KSkubWluKDEpLFxuICAgIH0pLFxuICAgIHouYXJyYXkocmV0ZW50aW9uUmVjb3JkKSxcbiAgICB7IGludmFsaWRhdGVzOiBbJ2NsaWVudHMuY2hhcnQnLCAnYXVkaXQuaGlzdG9yeSddIH0sXG4gICksXG4gICdzaGFkZUNoYW5nZXMucmVjb3JkJzogY2hhbmdlKFxuICAgIHoub2JqZWN0KHtcbiAgICAgIHNlc3Npb25JZDogaWQsXG4gICAgICBmcm9tU2hhZGU6IG9wdGlvbmFsVGV4dCgndGhlIHByZXZpb3VzIHNoYWRlJywgMTAwKSxcbiAgICAgIHRvU2hhZGU6IG9wdGlvbmFsVGV4dCgndGhlIG5ldyBzaGFkZScsIDEwMCksXG4gICAgICBmcm9tRGlsdXRpb246IG9wdGlvbmFsVGV4dCgndGhlIHByZXZpb3VzIGRpbHV0aW9uJywgNDApLFxuICAgICAgdG9EaWx1dGlvbjogb3B0aW9uYWxUZXh0KCd0aGUgbmV3IGRpbHV0aW9uJywgNDApLFxuICAgICAgcmVhc29uOiB6LmVudW0oU0hBREVfQ0hBTkdFX1JFQVNPTlMsIHsgZXJyb3I6ICdDaG9vc2Ugd2h5IHRoZSBzaGFkZSBjaGFuZ2VkLicgfSksXG4gICAgICBub3RlOiBub3RlcygndGhlIG5vdGUnLCAxMDAwKSxcbiAgICB9KSxcbiAgICBzaGFkZUNoYW5nZVJlY29yZCxcbiAgICB7IGludmFsaWRhdGVzOiBbJ2NsaWVudHMuY2hhcnQnLCAnYXVkaXQuaGlzdG9yeSddIH0sXG4gICksXG59IGFzIGNvbnN0O1xuIiwiaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCc7XG5cbmltcG9ydCB7IGN1cnJlbmN5LCBtaW5vckFtb3VudCwgb3B0aW9uYWxUZXh0IH0gZnJvbSAnLi9jb21tb24nO1xuaW1wb3J0IHsgY2hhbmdlLCBxdWVyeSB9IGZyb20gJy4vZGVmaW5lJztcblxuZXhwb3J0IGNvbnN0IERFRkFVTFRfSURMRV9MT0NLX01JTlVURVMgPSAxMDtcblxuLyoqIEV2ZXJ5IGNsaW5pYyBzZXR0aW5nIHdpdGggaXRzIGRlZmF1bHQ7IHRoZSBBUEkgc3RvcmVzIG9ubHkgd2hhdCBkaWZmZXJzLiAqL1xuZXhwb3J0IGNvbnN0IGNsaW5pY1NldHRpbmdzID0gei5vYmplY3Qoe1xuICBjbGluaWNOYW1lOiB6LnN0cmluZygpLnRyaW0oKS5tYXgoMTIwKS5kZWZhdWx0KCdNeSBTTVAgY2xpbmljJyksXG4gIGNsaW5pY0FkZHJlc3M6IHouc3RyaW5nKCkubWF4KDQwMCkuZGVmYXVsdCgnJyksXG4gIGNsaW5pY1Bob25lOiB6LnN0cmluZygpLm1heCg0MCkuZGVmYXVsdCgnJyksXG4gIC8qKiBBIGRhdGE6IFVSTCBvZiB0aGUgY2xpbmljJ3MgbG9nbyBmb3IgcHJpbnRvdXRzLCBvciBlbXB0eS4gKi9cbiAgY2xpbmljTG9nbzogei5zdHJpbmcoKS5tYXgoNTAwXzAwMCkuZGVmYXVsdCgnJyksXG4gIGxvY2FsZTogei5zdHJpbmcoKS5taW4oMikubWF4KDIwKS5kZWZhdWx0KCdlbi1HQicpLFxuICBjdXJyZW5jeTogY3VycmVuY3kuZGVmYXVsdCgnR0JQJyksXG4gIHBhcGVyU2l6ZTogei5lbnVtKFsnQTQnLCAnTEVUVEVSJ10pLmRlZmF1bHQoJ0E0JyksXG4gIGRlZmF1bHREZXBvc2l0TWlub3I6IG1pbm9yQW1vdW50KCd0aGUgZGVmYXVsdCBkZXBvc2l0JykuZGVmYXVsdCg1MDAwKSxcbiAgLyoqIEJvb2tpbmcgd2luZG93cywgaW4gZGF5cyBhZnRlciB0aGUgcHJldmlvdXMgc2Vzc2lvbi4gKi9cbiAgc2Vjb25kU2Vzc2lvbk1pbkRheXM6IHoubnVtYmVyKCkuaW50KCkubWluKDEpLm1heCg5MCkuZGVmYXVsdCg3KSxcbiAgbGF0ZXJTZXNzaW9uTWluRGF5czogei5udW1iZXIoKS5pbnQoKS5taW4oMSkubWF4KDEyMCkuZGVmYXVsdCgyMSksXG4gIGxhdGVyU2Vzc2lvbk1heERheXM6IHoubnVtYmVyKCkuaW50KCkubWluKDEpLm1heCgxODApLmRlZmF1bHQoMjgpLFxuICB0b3VjaFVwUmVjYWxsWWVhcnM6IHoubnVtYmVyKCkuaW50KCkubWluKDEpLm1heCgxMCkuZGVmYXVsdCgzKSxcbiAgaWRsZUxvY2tNaW51dGVzOiB6Lm51bWJlcigpLmludCgpLm1pbigxKS5tYXgoMjQwKS5kZWZhdWx0KERFRkFVTFRfSURMRV9MT0NLX01JTlVURVMpLFxuICAvKiogVGhlIHNob3J0ZXN0IFBJTiBhIHN0YWZmIG1lbWJlciBtYXkgY2hvb3NlOiA0LCBvciA2IHdoZW4gdGhlIG93bmVyIHJlcXVpcmVzIGxvbmdlciBQSU5zLiAqL1xuICBtaW5QaW5MZW5ndGg6IHoudW5pb24oW3oubGl0ZXJhbCg0KSwgei5saXRlcmFsKDYpXSwgeyBlcnJvcjogJ0Nob29zZSBQSU5zIG9mIGF0IGxlYXN0IDQgb3IgYXQgbGVhc3QgNiBkaWdpdHMuJyB9KS5kZWZhdWx0KDQpLFxuICBiYWNrdXBGb2xkZXI6IG9wdGlvbmFsVGV4dCgndGhlIGJhY2t1cCBmb2xkZXInLCAxMDAwKS5kZWZhdWx0KG51bGwpLFxufSk7XG5leHBvcnQgdHlwZSBDbGluaWNTZXR0aW5ncyA9IHouaW5mZXI8dHlwZW9mIGNsaW5pY1NldHRpbmdzPjtcblxudHlwZSBXaXRob3V0RGVmYXVsdHM8UyBleHRlbmRzIFJlY29yZDxzdHJpbmcsIHouWm9kRGVmYXVsdDx6LlpvZFR5cGU+Pj4gPSB7IFtLIGluIGtleW9mIFNdOiB6LlpvZE9wdGlvbmFsPFJldHVyblR5cGU8U1tLXVsndW53cmFwJ10+PiB9O1xuXG4vKiogRWFjaCBzZXR0aW5nIG9wdGlvbmFsIGFuZCB3aXRob3V0IGl0cyBkZWZhdWx0OiBhbiB1cGRhdGUgbmFtZXMgb25seSB3aGF0IGl0IGNoYW5nZXMsIGFuZCBhXG4gKiAgc2V0dGluZyBpdCBsZWF2ZXMgb3V0IHN0YXlzIGFzIHN0b3JlZCAoYC5wYXJ0aWFsKClgIHdvdWxkIGZpbGwgaXQgaW4gd2l0aCB0aGUgZGVmYXVsdCkuICovXG5mdW5jdGlvbiB3aXRob3V0RGVmYXVsdHM8UyBleHRlbmRzIFJlY29yZDxzdHJpbmcsIHouWm9kRGVmYXVsdDx6LlpvZFR5cGU+Pj4oc2hhcGU6IFMpOiBXaXRob3V0RGVmYXVsdHM8Uz4ge1xuICByZXR1cm4gT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKHNoYXBlKS5tYXAoKFtrZXksIHNjaGVtYV0pID0+IFtrZXksIHNjaGVtYS51bndyYXAoKS5vcHRpb25hbCgpXSkpIGFzIFdpdGhvdXREZWZhdWx0czxTPjtcbn1cblxuZXhwb3J0IGNvbnN0IHNldHRpbmdzQ29udHJhY3QgPSB7XG4gICdzZXR0aW5ncy5nZXQnOiBxdWVyeSh6Lm9iamVjdCh7fSkuZGVmYXVsdCh7fSksIGNsaW5pY1NldHRpbmdzKSxcbiAgJ3NldHRpbmdzLnVwZGF0ZSc6IGNoYW5nZShcbiAgICB6Lm9iamVjdCh3aXRob3V0RGVmYXVsdHMoY2xpbmljU2V0dGluZ3Muc2hhcGUpKS5zdXBlclJlZmluZSgodiwgY3R4KSA9PiB7XG4gICAgICBpZiAodi5sYXRlclNlc3Npb25NaW5EYXlzICYmIHYubGF0ZXJTZXNzaW9uTWF4RGF5cyAmJiB2LmxhdGVyU2Vzc2lvbk1heERheXMgPCB2LmxhdGVyU2Vzc2lvbk1pbkRheXMpIHtcbiAgICAgICAgY3R4LmFkZElzc3VlKHtcbiAgICAgICAgICBjb2RlOiAnY3VzdG9tJyxcbiAgICAgICAgICBwYXRoOiBbJ2xhdGVyU2Vzc2lvbk1heERheXMnXSxcbiAgICAgICAgICBtZXNzYWdlOiAnVGhlIGxhdGVzdCBkYXkgbXVzdCBub3QgYmUgYmVmb3JlIHRoZSBlYXJsaWVzdCBkYXkuJyxcbiAgICAgICAgfSk7XG4gICAgICB9XG4gICAgfSksXG4gICAgY2xpbmljU2V0dGluZ3MsXG4gICAgLy8gQm9va2luZyB3aW5kb3dzIGZlZWQgdGhlIGNsaWVudCBsaXN0J3MgbmV4dC1kdWUgZGF0ZSwgdGhlIGJvYXJkIGFuZCB0aGUgYm9va2luZyB3aW5kb3c7IGNsaW5pY1xuICAgIC8vIGRldGFpbHMgdGhlIGFmdGVyY2FyZSBzaGVldDsgdGhlIGlkbGUgbG9jayB0aGUgc2lnbi1pbiBzdGF0dXM7IHRoZSBiYWNrdXAgZm9sZGVyIGl0cyBzdGF0dXMuXG4gICAge1xuICAgICAgaW52YWxpZGF0ZXM6IFtcbiAgICAgICAgJ3NldHRpbmdzLmdldCcsXG4gICAgICAgICdhdXRoLnN0YXR1cycsXG4gICAgICAgICdjbGllbnRzLmxpc3QnLFxuICAgICAgICAncmVjZXB0aW9uLmJvYXJkJyxcbiAgICAgICAgJ3JlY2VwdGlvbi5uZXh0U2Vzc2lvbicsXG4gICAgICAgICdhZnRlcmNhcmUuc2hlZXQnLFxuICAgICAgICAnc2FmZXR5LnN0YXR1cycsXG4gICAgICBdLFxuICAgIH0sXG4gICksXG59IGFzIGNvbnN0O1xuIiwiaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCc7XG5pbXBvcnQgeyBTVEFGRl9ST0xFUyB9IGZyb20gJy4uLy4uL2NvcmUvdm9jYWJ1bGFyeSc7XG5pbXBvcnQgeyBpZCwgcmVxdWlyZWRUZXh0LCB2ZXJzaW9uIH0gZnJvbSAnLi9jb21tb24nO1xuaW1wb3J0IHsgc3RhZmZSZWNvcmQgfSBmcm9tICcuL2NoYXJ0JztcbmltcG9ydCB7IGNoYW5nZSwgcXVlcnkgfSBmcm9tICcuL2RlZmluZSc7XG5cbmV4cG9ydCBjb25zdCBzdGFmZkNvbnRyYWN0ID0ge1xuICAnc3RhZmYubGlzdCc6IHF1ZXJ5KHoub2JqZWN0KHsgaW5jbHVkZUluYWN0aXZlOiB6LmJvb2xlYW4oKS5kZWZhdWx0KGZhbHNlKSB9KSwgei5hcnJheShzdGFmZlJlY29yZCkpLFxuICAnc3RhZmYuY3JlYXRlJzogY2hhbmdlKFxuICAgIHoub2JqZWN0KHsgbmFtZTogcmVxdWlyZWRUZXh0KCd0aGUgbmFtZScsIDEwMCksIHJvbGU6IHouZW51bShTVEFGRl9ST0xFUywgeyBlcnJvcjogJ0Nob29zZSBhIHJvbGUuJyB9KSB9KSxcbiAgICBzdGFmZlJlY29yZCxcbiAgICAvLyBObyBQSU4geWV0LCBzbyBub3QgYW1vbmcgdGhvc2Ugd2hvIGNhbiBzaWduIGluOiBvbmx5IHRoZSBzdGFmZiBsaXN0IHNob3dzIHRoZW0uXG4gICAgeyBpbnZhbGlkYXRlczogWydzdGFmZi5saXN0J10gfSxcbiAgKSxcbiAgJ3N0YWZmLnVwZGF0ZSc6IGNoYW5nZShcbiAgICB6Lm9iamVjdCh7XG4gICAgICBpZCxcbiAgICAgIGV4cGVjdGVkVmVyc2lvbjogdmVyc2lvbixcbiAgICAgIG5hbWU6IHJlcXVpcmVkVGV4dCgndGhlIG5hbWUnLCAxMDApLFxuICAgICAgcm9sZTogei5lbnVtKFNUQUZGX1JPTEVTLCB7IGVycm9yOiAnQ2hvb3NlIGEgcm9sZS4nIH0pLFxuICAgICAgYWN0aXZlOiB6LmJvb2xlYW4oKSxcbiAgICB9KSxcbiAgICBzdGFmZlJlY29yZCxcbiAgICB7IGludmFsaWRhdGVzOiBbJ3N0YWZmLmxpc3QnLCAnYXV0aC5zdGF0dXMnLCAncmVjZXB0aW9uLmRheScsICdyZWNlcHRpb24uYm9va2luZ3MnLCAnYXVkaXQuaGlzdG9yeSddIH0sXG4gICksXG59IGFzIGNvbnN0O1xuIiwiLy8gU3RhZmYgc2lnbi1pbjogcGljayB5b3Vyc2VsZiwgZW50ZXIgeW91ciBQSU4uIFRoZSBmaXJzdCBydW4gY3JlYXRlcyB0aGUgb3duZXIgYWNjb3VudC5cbmltcG9ydCB7IHogfSBmcm9tICd6b2QnO1xuaW1wb3J0IHsgU1RBRkZfUk9MRVMgfSBmcm9tICcuLi8uLi9jb3JlL3ZvY2FidWxhcnknO1xuaW1wb3J0IHsgaWQsIG9rLCByZXF1aXJlZFRleHQgfSBmcm9tICcuL2NvbW1vbic7XG5pbXBvcnQgeyBjaGFuZ2UsIHF1ZXJ5IH0gZnJvbSAnLi9kZWZpbmUnO1xuXG5leHBvcnQgY29uc3QgcGluID0gei5zdHJpbmcoeyBlcnJvcjogJ0VudGVyIGEgUElOIG9mIDQgdG8gOCBkaWdpdHMuJyB9KS5yZWdleCgvXlxcZHs0LDh9JC8sIHsgZXJyb3I6ICdFbnRlciBhIFBJTiBvZiA0IHRvIDggZGlnaXRzLicgfSk7XG5cbmNvbnN0IHN0YWZmTWVtYmVyID0gei5vYmplY3QoeyBpZCwgbmFtZTogei5zdHJpbmcoKSwgcm9sZTogei5lbnVtKFNUQUZGX1JPTEVTKSB9KTtcblxuZXhwb3J0IGNvbnN0IGF1dGhDb250cmFjdCA9IHtcbiAgLyoqIFdobyBpcyBzaWduZWQgaW4sIHdobyBjYW4gc2lnbiBpbiwgYW5kIHdoZXRoZXIgdGhlIG93bmVyIGFjY291bnQgc3RpbGwgaGFzIHRvIGJlIGNyZWF0ZWQuICovXG4gICdhdXRoLnN0YXR1cyc6IHF1ZXJ5KFxuICAgIHoub2JqZWN0KHt9KS5kZWZhdWx0KHt9KSxcbiAgICB6Lm9iamVjdCh7XG4gICAgICBhY3Rvcjogc3RhZmZNZW1iZXIubnVsbGFibGUoKSxcbiAgICAgIG5lZWRzT3duZXI6IHouYm9vbGVhbigpLFxuICAgICAgc3RhZmY6IHouYXJyYXkoc3RhZmZNZW1iZXIpLFxuICAgICAgaWRsZUxvY2tNaW51dGVzOiB6Lm51bWJlcigpLmludCgpLnBvc2l0aXZlKCksXG4gICAgfSksXG4gICksXG4gICdhdXRoLnNldHVwT3duZXInOiBjaGFuZ2UoXG4gICAgelxuICAgICAgLm9iamVjdCh7IG5hbWU6IHJlcXVpcmVkVGV4dCgneW91ciBuYW1lJywgMTAwKSwgcGluLCBjb25maXJtUGluOiB6LnN0cmluZygpIH0pXG4gICAgICAucmVmaW5lKCh2KSA9PiB2LnBpbiA9PT0gdi5jb25maXJtUGluLCB7IHBhdGg6IFsnY29uZmlybVBpbiddLCBlcnJvcjogJ1RoZSB0d28gUElOcyBkaWZmZXIuIEVudGVyIHRoZSBzYW1lIFBJTiB0d2ljZS4nIH0pLFxuICAgIHN0YWZmTWVtYmVyLFxuICAgIHsgaW52YWxpZGF0ZXM6IFsnYXV0aC5zdGF0dXMnLCAnc3RhZmYubGlzdCddIH0sXG4gICksXG4gIC8qKiBXaG8gaXMgc2lnbmVkIGluIGJlbG9uZ3MgdG8gdGhlIGNhbGxlcidzIHNlc3Npb247IG5vIG90aGVyIHNlc3Npb24gcmVhZHMgYW55dGhpbmcgaXQgY2hhbmdlcy4gKi9cbiAgJ2F1dGguc2lnbkluJzogY2hhbmdlKHoub2JqZWN0KHsgc3RhZmZJZDogaWQsIHBpbiB9KSwgc3RhZmZNZW1iZXIsIHsgaW52YWxpZGF0ZXM6IFsnYXV0aC5zdGF0dXMnXSB9KSxcbiAgLyoqIFNpZ25pbmcgb3V0IGFuZCBsb2NraW5nIGJvdGggY2xlYXIgd2hvIGlzIGFjdGluZzsgdGhlIG9wZW4gcGFnZSBzdGF5cyBhcyBpdCBpcy4gKi9cbiAgJ2F1dGguc2lnbk91dCc6IHF1ZXJ5KHoub2JqZWN0KHsgcmVhc29uOiB6LmVudW0oWydzaWduX291dCcsICdsb2NrJ10pLmRlZmF1bHQoJ3NpZ25fb3V0JykgfSksIG9rKSxcbiAgLyoqIEFuIG93bmVyIHNldHMgYW55b25lJ3MgUElOOyBhbnlvbmUgZWxzZSBjaGFuZ2VzIHRoZWlyIG93biB3aXRoIHRoZWlyIGN1cnJlbnQgUElOLiAqL1xuICAnYXV0aC5zZXRQaW4nOiBjaGFuZ2Uoei5vYmplY3QoeyBzdGFmZklkOiBpZCwgcGluLCBjdXJyZW50UGluOiB6LnN0cmluZygpLm1heCg4KS5vcHRpb25hbCgpIH0pLCBvaywge1xuICAgIGludmFsaWRhdGVzOiBbJ3N0YWZmLmxpc3QnLCAnYXV0aC5zdGF0dXMnXSxcbiAgfSksXG59IGFzIGNvbnN0O1xuIiwiLy8gRGF0YSBzYWZldHk6IGJhY2t1cHMgKHN0YXR1cywgbm93KSwgcmVzdG9yZSwgd2hvbGUtY2xpbmljIGV4cG9ydCwgYW5kIGEgcmVjb3JkJ3MgYXVkaXQgaGlzdG9yeS5cbmltcG9ydCB7IHogfSBmcm9tICd6b2QnO1xuaW1wb3J0IHsgaWQsIHJlcXVpcmVkVGV4dCB9IGZyb20gJy4vY29tbW9uJztcbmltcG9ydCB7IHF1ZXJ5LCB0YXNrIH0gZnJvbSAnLi9kZWZpbmUnO1xuXG5jb25zdCBmb2xkZXJTdGF0dXMgPSB6Lm9iamVjdCh7XG4gIGZvbGRlcjogei5zdHJpbmcoKSxcbiAga2luZDogei5lbnVtKFsnYXBwJywgJ3NlY29uZCddKSxcbiAgZXhpc3RzOiB6LmJvb2xlYW4oKSxcbiAgbGFzdEJhY2t1cEF0OiB6LnN0cmluZygpLm51bGxhYmxlKCksXG4gIGxhc3RCYWNrdXBGaWxlOiB6LnN0cmluZygpLm51bGxhYmxlKCksXG4gIGNvdW50OiB6Lm51bWJlcigpLmludCgpLm5vbm5lZ2F0aXZlKCksXG59KTtcblxuZXhwb3J0IGNvbnN0IGF1ZGl0RW50cnkgPSB6Lm9iamVjdCh7XG4gIGlkLFxuICBhdDogei5zdHJpbmcoKSxcbiAgc3RhZmZJZDogei5udW1iZXIoKS5pbnQoKS5udWxsYWJsZSgpLFxuICBzdGFmZk5hbWU6IHouc3RyaW5nKCkubnVsbGFibGUoKSxcbiAgZW50aXR5OiB6LnN0cmluZygpLFxuICBlbnRpdHlJZDogei5zdHJpbmcoKSxcbiAgYWN0aW9uOiB6LnN0cmluZygpLFxuICBiZWZvcmU6IHoudW5rbm93bigpLFxuICBhZnRlcjogei51bmtub3duKCksXG4gIHJlYXNvbjogei5zdHJpbmcoKS5udWxsYWJsZSgpLFxufSk7XG5leHBvcnQgdHlwZSBBdWRpdEVudHJ5UmVjb3JkID0gei5pbmZlcjx0eXBlb2YgYXVkaXRFbnRyeT47XG5cbmNvbnN0IHJlY29yZFJlZiA9IHoub2JqZWN0KHtcbiAgZW50aXR5OiB6LnN0cmluZygpLnJlZ2V4KC9eW2Etel9dezEsNDB9JC8sIHsgZXJyb3I6ICdOYW1lIGEga2luZCBvZiByZWNvcmQuJyB9KSxcbiAgZW50aXR5SWQ6IHoudW5pb24oW2lkLCB6LnN0cmluZygpLm1pbigxKS5tYXgoNjApXSkudHJhbnNmb3JtKFN0cmluZyksXG59KTtcblxuZXhwb3J0IGNvbnN0IHNhZmV0eUNvbnRyYWN0ID0ge1xuICAnc2FmZXR5LnN0YXR1cyc6IHF1ZXJ5KFxuICAgIHoub2JqZWN0KHt9KS5kZWZhdWx0KHt9KSxcbiAgICB6Lm9iamVjdCh7XG4gICAgICBkYXRhYmFzZUZpbGU6IHouc3RyaW5nKCksXG4gICAgICBsYXN0QmFja3VwOiB6Lm9iamVjdCh7IGF0OiB6LnN0cmluZygpLCBmaWxlOiB6LnN0cmluZygpLCBmb2xkZXI6IHouc3RyaW5nKCkgfSkubnVsbGFibGUoKSxcbiAgICAgIGZvbGRlcnM6IHouYXJyYXkoZm9sZGVyU3RhdHVzKSxcbiAgICAgIGJhY2t1cHM6IHouYXJyYXkoei5vYmplY3QoeyBmaWxlOiB6LnN0cmluZygpLCBhdDogei5zdHJpbmcoKSwgYnl0ZXM6IHoubnVtYmVyKCkuaW50KCkubm9ubmVnYXRpdmUoKSwgZm9sZGVyOiB6LnN0cmluZygpIH0pKSxcbiAgICAgIHdhcm5pbmdzOiB6LmFycmF5KHouc3RyaW5nKCkpLFxuICAgICAgYWR2aWNlOiB6LnN0cmluZygpLm51bGxhYmxlKCksXG4gICAgfSksXG4gICksXG4gICdzYWZldHkuYmFja3VwTm93JzogdGFzayhcbiAgICB6Lm9iamVjdCh7fSkuZGVmYXVsdCh7fSksXG4gICAgei5vYmplY3Qoe1xuICAgICAgbWFkZTogei5hcnJheSh6Lm9iamVjdCh7IGZpbGU6IHouc3RyaW5nKCksIGF0OiB6LnN0cmluZygpLCBieXRlczogei5udW1iZXIoKS5pbnQoKS5ub25uZWdhdGl2ZSgpIH0pKSxcbiAgICAgIHdhcm5pbmdzOiB6LmFycmF5KHouc3RyaW5nKCkpLFxuICAgIH0pLFxuICAgIHsgaW52YWxpZGF0ZXM6IFsnc2FmZXR5LnN0YXR1cyddIH0sXG4gICksXG4gIC8qKiBXaGF0IGEgYmFja3VwIGZpbGUgaG9sZHMsIGJlZm9yZSByZXN0b3JpbmcgaXQ6IGNoZWNrZWQgcmVhZC1vbmx5LCBub3RoaW5nIGNoYW5nZWQuIEEgdGFzazogdGhlXG4gICAqICB3aG9sZSBmaWxlIGlzIHJlYWQgKGludGVncml0eSBjaGVjaywgdGhlIGF1ZGl0IGNoYWluKSwgd2l0aCBwcm9ncmVzcy4gKi9cbiAgJ3NhZmV0eS5pbnNwZWN0JzogdGFzayhcbiAgICB6Lm9iamVjdCh7IGZpbGU6IHJlcXVpcmVkVGV4dCgndGhlIGJhY2t1cCBmaWxlJywgMTAwMCkgfSksXG4gICAgei5vYmplY3Qoe1xuICAgICAgZmlsZTogei5zdHJpbmcoKSxcbiAgICAgIG9rOiB6LmJvb2xlYW4oKSxcbiAgICAgIHByb2JsZW1zOiB6LmFycmF5KHouc3RyaW5nKCkpLFxuICAgICAgdGFrZW5BdDogei5zdHJpbmcoKS5udWxsYWJsZSgpLFxuICAgICAgc2NoZW1hVmVyc2lvbjogei5udW1iZXIoKS5pbnQoKS5ub25uZWdhdGl2ZSgpLFxuICAgICAgbGF0ZXN0U2NoZW1hOiB6Lm51bWJlcigpLmludCgpLm5vbm5lZ2F0aXZlKCksXG4gICAgICBjbGllbnRzOiB6Lm51bWJlcigpLmludCgpLm5vbm5lZ2F0aXZlKCksXG4gICAgICBzZXNzaW9uczogei5udW1iZXIoKS5pbnQoKS5ub25uZWdhdGl2ZSgpLFxuICAgICAgYXVkaXRFbnRyaWVzOiB6Lm51bWJlcigpLmludCgpLm5vbm5lZ2F0aXZlKCksXG4gICAgICBhdWRpdE9rOiB6LmJvb2xlYW4oKSxcbiAgICB9KSxcbiAgICB7IGludmFsaWRhdGVzOiBbXSwgYmVjYXVzZTogJ0l0IG9ubHkgcmVhZHMgYSBiYWNrdXAgZmlsZTsgbm90aGluZyBpbiB0aGUgZGF0YWJhc2UgY2hhbmdlcy4nIH0sXG4gICksXG4gICdzYWZldHkucmVzdG9yZSc6IHRhc2soXG4gICAgei5vYmplY3QoeyBmaWxlOiByZXF1aXJlZFRleHQoJ3RoZSBiYWNrdXAgZmlsZScsIDEwMDApIH0pLFxuICAgIHoub2JqZWN0KHtcbiAgICAgIHJlc3RvcmVkRnJvbTogei5zdHJpbmcoKSxcbiAgICAgIHNhZmV0eUJhY2t1cDogei5zdHJpbmcoKSxcbiAgICAgIHNjaGVtYUJlZm9yZTogei5udW1iZXIoKS5pbnQoKSxcbiAgICAgIHNjaGVtYUFmdGVyOiB6Lm51bWJlcigpLmludCgpLFxuICAgICAgYXVkaXRXYXJuaW5nOiB6LnN0cmluZygpLm51bGxhYmxlKCksXG4gICAgfSksXG4gICAgeyBpbnZhbGlkYXRlczogJ2FsbCcgfSxcbiAgKSxcbiAgJ3NhZmV0eS5leHBvcnQnOiB0YXNrKFxuICAgIHoub2JqZWN0KHsgZm9sZGVyOiByZXF1aXJlZFRleHQoJ3RoZSBmb2xkZXIgdG8gZXhwb3J0IGludG8nLCAxMDAwKSB9KSxcbiAgICB6Lm9iamVjdCh7IGZvbGRlcjogei5zdHJpbmcoKSwgY2hhcnRzOiB6Lm51bWJlcigpLmludCgpLm5vbm5lZ2F0aXZlKCksIGZpbGVzOiB6Lm51bWJlcigpLmludCgpLm5vbm5lZ2F0aXZlKCkgfSksXG4gICAge1xuICAgICAgaW52YWxpZGF0ZXM6IFtdLFxuICAgICAgYmVjYXVzZTogJ0l0IHdyaXRlcyBmaWxlcyBvdXRzaWRlIHRoZSBkYXRhYmFzZTsgaXRzIGF1ZGl0IGVudHJ5IGJlbG9uZ3MgdG8gbm8gY2hhcnQsIHNvIG5vIHF1ZXJ5IGFuc3dlcnMgZGlmZmVyZW50bHkuJyxcbiAgICB9LFxuICApLFxuICAvKiogVGhlIGF1ZGl0IGVudHJpZXMgb2YgdGhlIGdpdmVuIHJlY29yZHMsIG5ld2VzdCBmaXJzdC4gKi9cbiAgJ2F1ZGl0Lmhpc3RvcnknOiBxdWVyeShcbiAgICB6Lm9iamVjdCh7XG4gICAgICByZWNvcmRzOiB6LmFycmF5KHJlY29yZFJlZikubWluKDEsIHsgZXJyb3I6ICdOYW1lIGF0IGxlYXN0IG9uZSByZWNvcmQuJyB9KS5tYXgoNTAwKSxcbiAgICAgIGxpbWl0OiB6Lm51bWJlcigpLmludCgpLm1pbigxKS5tYXgoMTAwMCkuZGVmYXVsdCgyMDApLFxuICAgIH0pLFxuICAgIHouYXJyYXkoYXVkaXRFbnRyeSksXG4gICksXG59IGFzIGNvbnN0O1xuIiwiLy8gVGhlIG9uZSBjb250cmFjdDogZXZlcnkgY2hhbm5lbCB0aGUgcmVuZGVyZXIgbWF5IGNhbGwsIHdpdGggaXRzIGlucHV0IGFuZCBvdXRwdXQgc2NoZW1hcy5cbi8vIFRvIGFkZCBhIGNoYW5uZWw6IGRlZmluZSBpdCBpbiBhbiBhcmVhIGZpbGUgaGVyZSwgaGFuZGxlIGl0IGluIGFwaS9oYW5kbGVycy8sIHRlc3QgZ29vZCBhbmQgYmFkIGlucHV0LlxuaW1wb3J0IHR5cGUgeyB6IH0gZnJvbSAnem9kJztcbmltcG9ydCB7IGFmdGVyY2FyZUNvbnRyYWN0IH0gZnJvbSAnLi9hZnRlcmNhcmUnO1xuaW1wb3J0IHsgY2xpZW50TGlzdENvbnRyYWN0IH0gZnJvbSAnLi9jbGllbnQtbGlzdCc7XG5pbXBvcnQgeyBjbGllbnRzQ29udHJhY3QgfSBmcm9tICcuL2NsaWVudHMnO1xuaW1wb3J0IHsgZGVwb3NpdHNDb250cmFjdCB9IGZyb20gJy4vZGVwb3NpdHMnO1xuaW1wb3J0IHsgZHJhZnRzQ29udHJhY3QgfSBmcm9tICcuL2RyYWZ0cyc7XG5pbXBvcnQgeyBpbnRha2VDb250cmFjdCB9IGZyb20gJy4vaW50YWtlJztcbmltcG9ydCB7IHBpZ21lbnRzQ29udHJhY3QgfSBmcm9tICcuL3BpZ21lbnRzJztcbmltcG9ydCB7IHBsYW5zQ29udHJhY3QgfSBmcm9tICcuL3BsYW5zJztcbmltcG9ydCB7IHJlY2VwdGlvbkNvbnRyYWN0IH0gZnJvbSAnLi9yZWNlcHRpb24nO1xuaW1wb3J0IHsgcmVxdWVzdHNDb250cmFjdCB9IGZyb20gJy4vcmVxdWVzdHMnO1xuaW1wb3J0IHsgc2Vzc2lvbnNDb250cmFjdCB9IGZyb20gJy4vc2Vzc2lvbnMnO1xuaW1wb3J0IHsgc2V0dGluZ3NDb250cmFjdCB9IGZyb20gJy4vc2V0dGluZ3MnO1xuaW1wb3J0IHsgc3RhZmZDb250cmFjdCB9IGZyb20gJy4vc3RhZmYnO1xuaW1wb3J0IHsgYXV0aENvbnRyYWN0IH0gZnJvbSAnLi9hdXRoJztcbmltcG9ydCB7IHNhZmV0eUNvbnRyYWN0IH0gZnJvbSAnLi9zYWZldHknO1xuXG5leHBvcnQgY29uc3QgY29udHJhY3QgPSB7XG4gIC4uLmNsaWVudHNDb250cmFjdCxcbiAgLi4uaW50YWtlQ29udHJhY3QsXG4gIC4uLnBsYW5zQ29udHJhY3QsXG4gIC4uLnJlY2VwdGlvbkNvbnRyYWN0LFxuICAuLi5zZXNzaW9uc0NvbnRyYWN0LFxuICAuLi5yZXF1ZXN0c0NvbnRyYWN0LFxuICAuLi5kZXBvc2l0c0NvbnRyYWN0LFxuICAuLi5zdGFmZkNvbnRyYWN0LFxuICAuLi5hdXRoQ29udHJhY3QsXG4gIC4uLnNhZmV0eUNvbnRyYWN0LFxuICAuLi5zZXR0aW5nc0NvbnRyYWN0LFxuICAuLi5waWdtZW50c0NvbnRyYWN0LFxuICAuLi5hZnRlcmNhcmVDb250cmFjdCxcbiAgLi4uZHJhZnRzQ29udHJhY3QsXG4gIC4uLmNsaWVudExpc3RDb250cmFjdCxcbn0gYXMgY29uc3Q7XG5cbmV4cG9ydCB0eXBlIENvbnRyYWN0ID0gdHlwZW9mIGNvbnRyYWN0O1xuZXhwb3J0IHR5cGUgQ2hhbm5lbCA9IGtleW9mIENvbnRyYWN0O1xuZXhwb3J0IHR5cGUgQ2hhbm5lbElucHV0PEMgZXh0ZW5kcyBDaGFubmVsPiA9IHouaW5wdXQ8Q29udHJhY3RbQ11bJ2lucHV0J10+O1xuZXhwb3J0IHR5cGUgQ2hhbm5lbE91dHB1dDxDIGV4dGVuZHMgQ2hhbm5lbD4gPSB6Lm91dHB1dDxDb250cmFjdFtDXVsnb3V0cHV0J10+O1xuXG5leHBvcnQgY29uc3QgQ0hBTk5FTFMgPSBPYmplY3Qua2V5cyhjb250cmFjdCkgYXMgQ2hhbm5lbFtdO1xuZXhwb3J0IGZ1bmN0aW9uIGlzQ2hhbm5lbChuYW1lOiB1bmtub3duKTogbmFtZSBpcyBDaGFubmVsIHtcbiAgcmV0dXJuIHR5cGVvZiBuYW1lID09PSAnc3RyaW5nJyAmJiBPYmplY3QuaGFzT3duKGNvbnRyYWN0LCBuYW1lKTtcbn1cblxuLyoqIFRoZSBjaGFubmVscyB0aGF0IG9ubHkgcmVhZDogd2hhdCBhIGNoYW5nZSBjYW4gbWFrZSBzdGFsZS4gKi9cbmV4cG9ydCB0eXBlIFF1ZXJ5Q2hhbm5lbCA9IHsgW0MgaW4gQ2hhbm5lbF06IENvbnRyYWN0W0NdIGV4dGVuZHMgeyBraW5kOiAncXVlcnknIH0gPyBDIDogbmV2ZXIgfVtDaGFubmVsXTtcbi8qKiBUaGUgY2hhbm5lbHMgdGhhdCB3cml0ZSAoY2hhbmdlcyBhbmQgdGFza3MpLiAqL1xuZXhwb3J0IHR5cGUgQ2hhbmdlQ2hhbm5lbCA9IEV4Y2x1ZGU8Q2hhbm5lbCwgUXVlcnlDaGFubmVsPjtcblxudHlwZSBEZWNsYXJlZFN0YWxlID0ge1xuICBbQyBpbiBDaGFubmVsXTogQ29udHJhY3RbQ10gZXh0ZW5kcyB7IGludmFsaWRhdGVzOiBpbmZlciBTIH0gPyBFeHRyYWN0PFMsIHJlYWRvbmx5IHN0cmluZ1tdPltudW1iZXJdIDogbmV2ZXI7XG59W0NoYW5uZWxdO1xuLyoqIEEgbmFtZSBpbiBhbiBgaW52YWxpZGF0ZXNgIGxpc3QgdGhhdCBpcyBub3QgYSBxdWVyeSBjaGFubmVsIChhIHR5cG8pIGZhaWxzIHRvIGNvbXBpbGUgaGVyZSwgbmFtaW5nIGl0LiAqL1xuY29uc3QgZXZlcnlEZWNsYXJlZE5hbWVJc0FRdWVyeTogW0V4Y2x1ZGU8RGVjbGFyZWRTdGFsZSwgUXVlcnlDaGFubmVsPl0gZXh0ZW5kcyBbbmV2ZXJdID8gdHJ1ZSA6IEV4Y2x1ZGU8RGVjbGFyZWRTdGFsZSwgUXVlcnlDaGFubmVsPiA9XG4gIHRydWU7XG52b2lkIGV2ZXJ5RGVjbGFyZWROYW1lSXNBUXVlcnk7XG5cbi8qKlxuICogVGhlIHF1ZXJ5IGNoYW5uZWxzIHdob3NlIGFuc3dlcnMgbWF5IGhhdmUgY2hhbmdlZCBvbmNlIGBjaGFubmVsYCBoYXMgc3VjY2VlZGVkOiB0aGUgcmVuZGVyZXJcbiAqIHJlZmV0Y2hlcyB0aGVtIGluIHRoZSB3aW5kb3cgdGhhdCBtYWRlIHRoZSBjaGFuZ2UsIGFuZCB0aGUgZGlzcGF0Y2hlciB0ZWxscyBldmVyeSBvdGhlciBzZXNzaW9uLlxuICogQSBxdWVyeSBtYWtlcyBub3RoaW5nIHN0YWxlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhbGVBZnRlcihjaGFubmVsOiBDaGFubmVsKTogcmVhZG9ubHkgUXVlcnlDaGFubmVsW10gfCAnYWxsJyB7XG4gIGNvbnN0IGRlZiA9IGNvbnRyYWN0W2NoYW5uZWxdO1xuICByZXR1cm4gJ2ludmFsaWRhdGVzJyBpbiBkZWYgPyBkZWYuaW52YWxpZGF0ZXMgOiBbXTtcbn1cbiIsIi8vIFRoZSBvbmUgQ29udGVudC1TZWN1cml0eS1Qb2xpY3kgb2YgU3RpcHBsZSdzIHBhZ2VzLiBUaGUgRWxlY3Ryb24gd2luZG93IHNlbmRzIGl0IGFzIGEgcmVzcG9uc2Vcbi8vIGhlYWRlciAoZWxlY3Ryb24vbWFpbi9oYXJkZW4udHMpLCB0aGUgYnJvd3NlciBob3N0IHdpdGggZXZlcnkgSFRNTCBwYWdlIChicm93c2VyLWhvc3Qvc2VjdXJpdHkudHMpLFxuLy8gYW5kIHRoZSByZW5kZXJlciBidWlsZCB3cml0ZXMgaXQgaW50byBpbmRleC5odG1sIGFzIGEgPG1ldGE+IHRhZyAoZWxlY3Ryb24udml0ZS5jb25maWcudHMpLCB3aGljaFxuLy8gY292ZXJzIGZpbGU6Ly8gcGFnZXMsIGZvciB3aGljaCBDaHJvbWl1bSBoYXMgbm8gcmVzcG9uc2UgaGVhZGVycy5cbi8vXG4vLyAnd2FzbS11bnNhZmUtZXZhbCcgKFdlYkFzc2VtYmx5IG9ubHksIG5ldmVyIEpTIGV2YWwpIGFuZCBkYXRhOiBpbiBjb25uZWN0LXNyYyBsZXQgcmVhY3QtcGRmJ3Ncbi8vIGxheW91dCBlbmdpbmUgbG9hZCBpdHMgYnVuZGxlZCB3YXNtLCB3aGljaCBpdCByZWFkcyBmcm9tIGEgZGF0YTogVVJMOiBub3RoaW5nIGxlYXZlcyB0aGUgbWFjaGluZS5cbmNvbnN0IERJUkVDVElWRVMgPSBbXG4gIFwiZGVmYXVsdC1zcmMgJ3NlbGYnXCIsXG4gIFwic2NyaXB0LXNyYyAnc2VsZicgJ3dhc20tdW5zYWZlLWV2YWwnXCIsXG4gIFwic3R5bGUtc3JjICdzZWxmJyAndW5zYWZlLWlubGluZSdcIixcbiAgXCJpbWctc3JjICdzZWxmJyBkYXRhOiBibG9iOlwiLFxuICBcImZvbnQtc3JjICdzZWxmJyBkYXRhOlwiLFxuICBcIndvcmtlci1zcmMgJ3NlbGYnIGJsb2I6XCIsXG4gIFwiY29ubmVjdC1zcmMgJ3NlbGYnIGRhdGE6XCIsXG4gIFwib2JqZWN0LXNyYyAnbm9uZSdcIixcbiAgXCJiYXNlLXVyaSAnbm9uZSdcIixcbiAgXCJmcmFtZS1hbmNlc3RvcnMgJ25vbmUnXCIsXG4gIFwiZm9ybS1hY3Rpb24gJ25vbmUnXCIsXG5dIGFzIGNvbnN0O1xuXG4vKiogQXMgYSByZXNwb25zZSBoZWFkZXIuICovXG5leHBvcnQgY29uc3QgQ09OVEVOVF9TRUNVUklUWV9QT0xJQ1kgPSBESVJFQ1RJVkVTLmpvaW4oJzsgJyk7XG5cbi8qKiBBcyBhIDxtZXRhPiB0YWc6IHRoZSBzYW1lLCBsZXNzIGZyYW1lLWFuY2VzdG9ycywgd2hpY2ggYnJvd3NlcnMgaWdub3JlIChhbmQgd2FybiBhYm91dCkgdGhlcmUuICovXG5leHBvcnQgY29uc3QgQ09OVEVOVF9TRUNVUklUWV9QT0xJQ1lfTUVUQSA9IERJUkVDVElWRVMuZmlsdGVyKChkKSA9PiAhZC5zdGFydHNXaXRoKCdmcmFtZS1hbmNlc3RvcnMnKSkuam9pbignOyAnKTtcblxuLyoqIFdoZXJlIHJlbmRlcmVyL2luZGV4Lmh0bWwgdGFrZXMgdGhlIHRhZzogYmVmb3JlIGFueSBzY3JpcHQgb3Igc3R5bGUsIHNvIGl0IGdvdmVybnMgdGhlbSBhbGwuICovXG5leHBvcnQgY29uc3QgQ1NQX01FVEFfUExBQ0VIT0xERVIgPSAnPCEtLSBzdGlwcGxlOmNvbnRlbnQtc2VjdXJpdHktcG9saWN5IC0tPic7XG5cbi8qKiBUaGUgcGFnZSB3aXRoIHRoZSBwb2xpY3kncyA8bWV0YT4gdGFnIGluIHBsYWNlIG9mIHRoZSBwbGFjZWhvbGRlciAodGhlIHJlbmRlcmVyIGJ1aWxkIHJ1bnMgdGhpcykuICovXG5leHBvcnQgZnVuY3Rpb24gd2l0aENvbnRlbnRTZWN1cml0eVBvbGljeShodG1sOiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAoIWh0bWwuaW5jbHVkZXMoQ1NQX01FVEFfUExBQ0VIT0xERVIpKSB0aHJvdyBuZXcgRXJyb3IoYGluZGV4Lmh0bWwgaGFzIG5vICR7Q1NQX01FVEFfUExBQ0VIT0xERVJ9IGZvciB0aGUgQ1NQLmApO1xuICByZXR1cm4gaHRtbC5yZXBsYWNlKENTUF9NRVRBX1BMQUNFSE9MREVSLCBgPG1ldGEgaHR0cC1lcXVpdj1cIkNvbnRlbnQtU2VjdXJpdHktUG9saWN5XCIgY29udGVudD1cIiR7Q09OVEVOVF9TRUNVUklUWV9QT0xJQ1lfTUVUQX1cIiAvPmApO1xufVxuIiwiLy8gQnVpbGRzIHRoZSBkZXNrdG9wIGFwcCBpbnRvIG91dC86IG1haW4gKEVTTSwgTm9kZSBkZXBzIGV4dGVybmFsKSwgcHJlbG9hZCAob25lIENvbW1vbkpTIGZpbGUsXG4vLyBiZWNhdXNlIGEgc2FuZGJveGVkIHByZWxvYWQgY2FuIG9ubHkgcmVxdWlyZSAnZWxlY3Ryb24nKSwgcmVuZGVyZXIgKFJlYWN0LCBmcm9tIHJlbmRlcmVyLykuXG5pbXBvcnQgeyByZXNvbHZlIH0gZnJvbSAnbm9kZTpwYXRoJztcbmltcG9ydCByZWFjdCBmcm9tICdAdml0ZWpzL3BsdWdpbi1yZWFjdCc7XG5pbXBvcnQgeyBkZWZpbmVDb25maWcgfSBmcm9tICdlbGVjdHJvbi12aXRlJztcbmltcG9ydCB0eXBlIHsgUGx1Z2luIH0gZnJvbSAndml0ZSc7XG5pbXBvcnQgeyBDSEFOTkVMUyB9IGZyb20gJy4vYXBpL2NvbnRyYWN0JztcbmltcG9ydCB7IHdpdGhDb250ZW50U2VjdXJpdHlQb2xpY3kgfSBmcm9tICcuL2NvcmUvY3NwJztcblxuY29uc3Qgcm9vdCA9IGltcG9ydC5tZXRhLmRpcm5hbWU7XG5cbi8vIGVsZWN0cm9uLXZpdGUgNiByZWFkcyBgcm9sbGRvd25PcHRpb25zYCAoVml0ZSA4J3MgbmFtZSkgYW5kIGNvcGllcyBpdCB0byBgcm9sbHVwT3B0aW9uc2AgZm9yIHRoZVxuLy8gVml0ZSA3IGluc3RhbGxlZCBoZXJlLCBvdmVyd3JpdGluZyBhbnkgYHJvbGx1cE9wdGlvbnNgIHdlIHNldC4gVml0ZSA3J3MgdHlwZXMgZG8gbm90IGtub3cgdGhlXG4vLyBuZXcgbmFtZSwgc28gdGhlc2UgYXJlIHNwcmVhZCBpbiByYXRoZXIgdGhhbiB3cml0dGVuIGlubGluZS5cbmNvbnN0IHByZWxvYWRPdXRwdXQgPSB7IHJvbGxkb3duT3B0aW9uczogeyBvdXRwdXQ6IHsgZm9ybWF0OiAnY2pzJywgZW50cnlGaWxlTmFtZXM6ICdbbmFtZV0uY2pzJyB9IH0gfTtcbmNvbnN0IHJlbmRlcmVySW5wdXQgPSB7IHJvbGxkb3duT3B0aW9uczogeyBpbnB1dDogcmVzb2x2ZShyb290LCAncmVuZGVyZXIvaW5kZXguaHRtbCcpIH0gfTtcblxuLyoqXG4gKiBJbiB0aGUgcHJlbG9hZCBidW5kbGUsIHJlcGxhY2UgdGhlIEFQSSBjb250cmFjdCB3aXRoIGp1c3QgaXRzIGNoYW5uZWwgbmFtZXM6IHRoZSBwcmVsb2FkIG5lZWRzXG4gKiB0aGUgYWxsb3dsaXN0LCBub3Qgem9kIHNjaGVtYXMgb3IgYW55dGhpbmcgdGhleSBpbXBvcnQuIE1haW4gYW5kIHRlc3RzIHVzZSB0aGUgcmVhbCBjb250cmFjdC5cbiAqL1xuZnVuY3Rpb24gY2hhbm5lbE5hbWVzT25seSgpOiBQbHVnaW4ge1xuICBjb25zdCBjb250cmFjdEluZGV4ID0gcmVzb2x2ZShyb290LCAnYXBpL2NvbnRyYWN0L2luZGV4LnRzJyk7XG4gIGNvbnN0IHZpcnR1YWxJZCA9ICdcXDBzdGlwcGxlLWNoYW5uZWwtbmFtZXMnO1xuICByZXR1cm4ge1xuICAgIG5hbWU6ICdzdGlwcGxlOmNoYW5uZWwtbmFtZXMtb25seScsXG4gICAgZW5mb3JjZTogJ3ByZScsXG4gICAgYXN5bmMgcmVzb2x2ZUlkKHNvdXJjZSwgaW1wb3J0ZXIpIHtcbiAgICAgIGlmICghaW1wb3J0ZXIpIHJldHVybiBudWxsO1xuICAgICAgY29uc3QgcmVzb2x2ZWQgPSBhd2FpdCB0aGlzLnJlc29sdmUoc291cmNlLCBpbXBvcnRlciwgeyBza2lwU2VsZjogdHJ1ZSB9KTtcbiAgICAgIHJldHVybiByZXNvbHZlZD8uaWQgPT09IGNvbnRyYWN0SW5kZXggPyB2aXJ0dWFsSWQgOiBudWxsO1xuICAgIH0sXG4gICAgbG9hZChpZCkge1xuICAgICAgaWYgKGlkICE9PSB2aXJ0dWFsSWQpIHJldHVybiBudWxsO1xuICAgICAgcmV0dXJuIGBleHBvcnQgY29uc3QgQ0hBTk5FTFMgPSBPYmplY3QuZnJlZXplKCR7SlNPTi5zdHJpbmdpZnkoQ0hBTk5FTFMpfSk7YDtcbiAgICB9LFxuICB9O1xufVxuXG4vKiogVGhlIHJlbmRlcmVyJ3MgQ1NQIDxtZXRhPiB0YWcgKGNvcmUvY3NwLnRzKSwgd2hpY2ggZmlsZTovLyBwYWdlcyBuZWVkOiB0aGV5IGhhdmUgbm8gaGVhZGVycy4gKi9cbmZ1bmN0aW9uIGNvbnRlbnRTZWN1cml0eVBvbGljeU1ldGEoKTogUGx1Z2luIHtcbiAgcmV0dXJuIHsgbmFtZTogJ3N0aXBwbGU6Y3NwLW1ldGEnLCB0cmFuc2Zvcm1JbmRleEh0bWw6IHsgb3JkZXI6ICdwcmUnLCBoYW5kbGVyOiB3aXRoQ29udGVudFNlY3VyaXR5UG9saWN5IH0gfTtcbn1cblxuZXhwb3J0IGRlZmF1bHQgZGVmaW5lQ29uZmlnKHtcbiAgbWFpbjoge1xuICAgIGJ1aWxkOiB7XG4gICAgICBvdXREaXI6IHJlc29sdmUocm9vdCwgJ291dC9tYWluJyksXG4gICAgICAvLyBUaGUgQVBJIHByb2Nlc3MgKGEgdXRpbGl0eVByb2Nlc3MgaG9sZGluZyB0aGUgZGF0YWJhc2UpIGlzIGJ1aWx0IGJlc2lkZSBtYWluIGFzIGFwaS1wcm9jZXNzLmpzLFxuICAgICAgLy8gYW5kIHRoZSBsb25nIHRhc2tzJyB3b3JrZXIgdGhyZWFkIChhcGkvdGFza3Mvd29ya2VyLXNjcmlwdC50cykgYXMgdGFzay13b3JrZXIuanM7IGxpYiBtb2RlXG4gICAgICAvLyBrZWVwcyBldmVyeSBzaGFyZWQgY2h1bmsgaW4gb3V0L21haW4gdG9vLCBzbyB0aGUgd29ya2VyIGlzIGZvdW5kIGJlc2lkZSB3aGljaGV2ZXIgYnVpbHQgZmlsZVxuICAgICAgLy8gaG9sZHMgdGhlIHRhc2sgcnVubmVyLlxuICAgICAgbGliOiB7XG4gICAgICAgIGVudHJ5OiB7XG4gICAgICAgICAgaW5kZXg6IHJlc29sdmUocm9vdCwgJ2VsZWN0cm9uL21haW4vaW5kZXgudHMnKSxcbiAgICAgICAgICAnYXBpLXByb2Nlc3MnOiByZXNvbHZlKHJvb3QsICdlbGVjdHJvbi9hcGktcHJvY2Vzcy9pbmRleC50cycpLFxuICAgICAgICAgICd0YXNrLXdvcmtlcic6IHJlc29sdmUocm9vdCwgJ2FwaS90YXNrcy93b3JrZXIudHMnKSxcbiAgICAgICAgfSxcbiAgICAgIH0sXG4gICAgICAvLyBEZXBlbmRlbmNpZXMgc3RheSBpbiBub2RlX21vZHVsZXMgKGJldHRlci1zcWxpdGUzIGlzIG5hdGl2ZSBhbmQgbXVzdCBuZXZlciBiZSBidW5kbGVkKS5cbiAgICAgIGV4dGVybmFsaXplRGVwczogeyBpbmNsdWRlOiBbJ2JldHRlci1zcWxpdGUzJ10gfSxcbiAgICB9LFxuICB9LFxuICBwcmVsb2FkOiB7XG4gICAgcGx1Z2luczogW2NoYW5uZWxOYW1lc09ubHkoKV0sXG4gICAgYnVpbGQ6IHtcbiAgICAgIG91dERpcjogcmVzb2x2ZShyb290LCAnb3V0L3ByZWxvYWQnKSxcbiAgICAgIGxpYjogeyBlbnRyeTogcmVzb2x2ZShyb290LCAnZWxlY3Ryb24vcHJlbG9hZC9pbmRleC50cycpIH0sXG4gICAgICAvLyBCdW5kbGUgZXZlcnl0aGluZzogYSBzYW5kYm94ZWQgcHJlbG9hZCBjYW5ub3QgbG9hZCBhbnl0aGluZyBmcm9tIG5vZGVfbW9kdWxlcy5cbiAgICAgIGV4dGVybmFsaXplRGVwczogZmFsc2UsXG4gICAgICAuLi5wcmVsb2FkT3V0cHV0LFxuICAgIH0sXG4gIH0sXG4gIHJlbmRlcmVyOiB7XG4gICAgcm9vdDogcmVzb2x2ZShyb290LCAncmVuZGVyZXInKSxcbiAgICBwbHVnaW5zOiBbcmVhY3QoKSwgY29udGVudFNlY3VyaXR5UG9saWN5TWV0YSgpXSxcbiAgICBidWlsZDoge1xuICAgICAgb3V0RGlyOiByZXNvbHZlKHJvb3QsICdvdXQvcmVuZGVyZXInKSxcbiAgICAgIC4uLnJlbmRlcmVySW5wdXQsXG4gICAgfSxcbiAgfSxcbn0pO1xuIl0sIm1hcHBpbmdzIjoiOzs7Ozs7QUF1Q0EsTUFBTSxTQUFTLE1BQXFCLEVBQUUsU0FBUyxPQUFPO0FBZ0Z0RCxNQUFNLGVBQXNDO0NBQzFDLE1BQU07Q0FDTixTQUFTO0NBQ1QsT0FBTztDQUNQLE1BQU07Q0FDTixLQUFLO0NBQ0wsT0FBTztBQUNUO0FBRUEsTUFBTSxjQUFzRDtDQUMxRCxTQUFTO0NBQ1QsT0FBTztDQUNQLE1BQU07Q0FDTixLQUFLO0NBQ0wsT0FBTztBQUNUO0FBQ0EsTUFBTSxhQUFhO0FBQ25CLE1BQU0sV0FDSjtBQUNGLE1BQU0sV0FBVzs7QUFHakIsU0FBZ0Isb0JBQW9CLGFBQWlDO0NBQ25FLE1BQU0sT0FBTyxZQUFZLFlBQVksQ0FBQyxDQUFDLFFBQVEsU0FBUyxHQUFHO0NBQzNELE1BQU0sV0FBVyxTQUFTLEtBQUssSUFBSTtDQUNuQyxNQUFNLFdBQVcsU0FBUyxLQUFLLElBQUk7Q0FDbkMsTUFBTSxXQUFpQyxXQUFXLFVBQVUsV0FBVyxZQUFZLEtBQUE7Q0FDbkYsTUFBTSxTQUFxQixDQUFDO0NBQzVCLElBQUksVUFDRztPQUFBLE1BQU0sQ0FBQyxPQUFPLFVBQVUsT0FBTyxRQUFRLFdBQVcsR0FDckQsSUFBSSxNQUFNLEtBQUssSUFBSSxHQUFHLE9BQU8sU0FBUztDQUFBO0NBRzFDLElBQUksV0FBVyxLQUFLLElBQUksR0FBRztFQUN6QixJQUFJLDJHQUEyRyxLQUFLLElBQUksR0FDdEgsT0FBTyxPQUFPO09BQ1gsSUFDSCwwTUFBME0sS0FDeE0sSUFDRixHQUVBLE9BQU8sT0FBTztPQUNYLElBQUksNERBQTRELEtBQUssSUFBSSxHQUFHLE9BQU8sT0FBTztPQUMxRixJQUNILDRJQUE0SSxLQUMxSSxJQUNGLEtBQ0MsWUFBWSxDQUFDLFVBRWQsT0FBTyxPQUFPO0NBRWxCO0NBQ0EsT0FBTztBQUNUO0FBRUEsU0FBUyxXQUFXLEdBQWMsR0FBdUI7Q0FDdkQsSUFBSSxNQUFNLEdBQUcsT0FBTztDQUNwQixNQUFNLHVCQUFPLElBQUksSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0NBQzNCLE9BQU8sS0FBSyxJQUFJLGFBQWEsS0FBSyxDQUFDLEtBQUssSUFBSSxRQUFRO0FBQ3REO0FBVUEsU0FBUyxZQUFZLEdBQWtCLEdBQWtEO0NBQ3ZGLE1BQU0sUUFBUSxLQUFLLElBQUksRUFBRSxTQUFTLEVBQUUsT0FBTztDQUMzQyxNQUFNLE9BQU8sTUFBTSxDQUFDO0NBQ3BCLE1BQU0sT0FBTyxNQUFNLENBQUM7Q0FDcEIsTUFBTSxNQUFNLEtBQUssSUFBSSxNQUFNLElBQUk7Q0FDL0IsSUFBSSxRQUFRLEtBQUssT0FBTztDQUN4QixPQUFPLENBQUMsT0FBTyxRQUFRLE9BQU8sb0JBQW9CLE9BQU8sR0FBRztBQUM5RDtBQUVBLFNBQVMsUUFBUSxDQUFDLE9BQU8sTUFBdUM7Q0FDOUQsSUFBSSxRQUFRLE1BQU0sT0FBTyxZQUFZO0NBQ3JDLE9BQU8sVUFBVSxNQUFNLE9BQU8sVUFBVSxRQUFRLE1BQU0sR0FBRztBQUMzRDtBQUVBLE1BQU0sU0FBUyxNQUFjLElBQUksRUFBRSxTQUFTLEtBQUssR0FBRyxFQUFFLE1BQU0sR0FBRyxFQUFFLENBQUMsQ0FBQyxRQUFRLEVBQUUsS0FBSyxFQUFFOzs7OztBQU1wRixTQUFnQixpQkFBaUIsT0FBZ0Q7Q0FDL0UsTUFBTSxXQUEwQixDQUFDO0NBQ2pDLE1BQU0sMEJBQVUsSUFBSSxJQUFZO0NBQ2hDLE1BQU0sU0FBUyxHQUFHLE1BQU07RUFDdEIsSUFBSSxFQUFFLFVBQVUsUUFBUSxFQUFFLFFBQVEsRUFBRSxTQUFTO0dBQzNDLFNBQVMsS0FBSztJQUFFLE9BQU87SUFBRyxPQUFPO0lBQVMsTUFBTTtJQUFTLFNBQVM7R0FBaUQsQ0FBQztHQUNwSCxRQUFRLElBQUksQ0FBQztFQUNmO0NBQ0YsQ0FBQztDQUNELE1BQU0sU0FBUyxNQUFNLEtBQUssTUFBTSxvQkFBb0IsRUFBRSxXQUFXLENBQUM7Q0FDbEUsS0FBSyxJQUFJLElBQUksR0FBRyxJQUFJLE1BQU0sUUFBUSxLQUFLO0VBQ3JDLElBQUksUUFBUSxJQUFJLENBQUMsR0FBRztFQUNwQixNQUFNLEtBQUssTUFBTTtFQUNqQixLQUFLLElBQUksSUFBSSxHQUFHLElBQUksR0FBRyxLQUFLO0dBQzFCLElBQUksUUFBUSxJQUFJLENBQUMsR0FBRztHQUNwQixNQUFNLEtBQUssTUFBTTtHQUNqQixNQUFNLE9BQU8sWUFBWSxJQUFJLEVBQUU7R0FDL0IsSUFBSSxDQUFDLE1BQU07R0FFWCxNQUFNLFFBQVEsR0FBRyxXQUFXLEdBQUcsVUFBVSxZQUFZO0dBQ3JELE1BQU0sUUFBUyxPQUFPLEtBQUssT0FBTyxFQUFHLENBQUMsQ0FBYSxNQUFNLE1BQU07SUFDN0QsTUFBTSxJQUFJLE9BQU8sRUFBRSxDQUFFO0lBQ3JCLE1BQU0sSUFBSSxPQUFPLEVBQUUsQ0FBRTtJQUNyQixJQUFJLE1BQU0sS0FBQSxLQUFhLE1BQU0sS0FBQSxHQUFXLE9BQU87SUFDL0MsT0FBTyxNQUFNLFNBQVMsQ0FBQyxXQUFXLEdBQWdCLENBQWMsSUFBSSxNQUFNO0dBQzVFLENBQUM7R0FDRCxJQUFJLE9BQU87SUFDVCxTQUFTLEtBQUs7S0FDWixPQUFPO0tBQ1A7S0FDQSxNQUFNO0tBQ04sU0FBUyx5QkFBeUIsSUFBSSxFQUFFLElBQUksTUFBTSxHQUFHLFdBQVcsRUFBRSxVQUFVLGFBQWEsT0FBTyxNQUFNLFFBQVEsSUFBSSxFQUFFO0lBQ3RILENBQUM7SUFDRCxRQUFRLElBQUksQ0FBQztJQUNiO0dBQ0Y7R0FDQSxNQUFNLE9BQU8sR0FBRyxZQUFZLEtBQUssQ0FBQyxDQUFDLFlBQVksTUFBTSxHQUFHLFlBQVksS0FBSyxDQUFDLENBQUMsWUFBWTtHQUN2RixNQUFNLFdBQVksT0FBTyxLQUFLLE9BQU8sRUFBRyxDQUFDLENBQWEsTUFBTSxNQUFNLE9BQU8sRUFBRSxDQUFFLE9BQU8sS0FBQSxLQUFhLE9BQU8sRUFBRSxDQUFFLE9BQU8sT0FBTyxFQUFFLENBQUUsRUFBRTtHQUNoSSxJQUFJLFFBQVEsVUFBVTtJQUNwQixTQUFTLEtBQUs7S0FDWixPQUFPO0tBQ1A7S0FDQSxNQUFNO0tBQ04sU0FBUyxzQkFBc0IsSUFBSSxFQUFFLElBQUksTUFBTSxHQUFHLFdBQVcsRUFBRSxPQUFPLFFBQVEsSUFBSSxJQUFJLFlBQVksQ0FBQyxPQUFPLDBCQUEwQixhQUFhLGNBQWMsR0FBRztJQUNwSyxDQUFDO0lBQ0QsUUFBUSxJQUFJLENBQUM7SUFDYjtHQUNGO0VBQ0Y7Q0FDRjtDQUNBLE9BQU8sU0FBUyxNQUFNLEdBQUcsTUFBTSxFQUFFLFFBQVEsRUFBRSxLQUFLO0FBQ2xEOztBQ2pRQSxNQUFhLFFBQVE7Q0FBQztDQUFvQjtDQUFlO0NBQWdCO0NBQWE7Q0FBUztDQUFjO0FBQU07QUFZbkgsTUFBYSxvQkFBb0I7Q0FBQztDQUFhO0NBQWlCO0NBQWdCO0NBQVU7QUFBVTtBQVVwRyxNQUFhLG1CQUFtQixDQUFDLFdBQVcsUUFBUTs7QUFHcEQsTUFBYSxpQkFBaUI7Q0FBQztDQUFLO0NBQUs7Q0FBTTtDQUFLO0NBQU07Q0FBTTtDQUFLO0NBQU07Q0FBSztDQUFNO0NBQUs7QUFBRztBQUM5RixNQUFhLGdCQUFnQjtDQUFDO0NBQUs7Q0FBTTtBQUFLO0FBRTlDLE1BQWEsb0JBQW9CO0NBQUM7Q0FBRztDQUFHO0NBQUc7Q0FBRztDQUFHO0FBQUM7QUFHbEQsTUFBYSxhQUFhO0NBQUM7Q0FBYTtDQUFZO0NBQVk7Q0FBb0I7Q0FBWTtBQUFPO0FBV3ZHLE1BQWEsY0FBYztDQUFDO0NBQVM7Q0FBZ0I7QUFBVztBQUdoRSxNQUFhLHlCQUF5QjtDQUFDO0NBQVk7Q0FBYTtBQUFlO0FBRy9FLE1BQWEsYUFBYSxDQUFDLFVBQVUsVUFBVTtBQUUvQyxNQUFhLGdCQUFnQjtDQUFDO0NBQVU7Q0FBVTtDQUFhO0FBQVc7QUFHMUUsTUFBYSxtQkFBbUI7Q0FBQztDQUFVO0NBQWE7Q0FBYTtBQUFTO0FBRzlFLE1BQWEsdUJBQXVCO0NBQUM7Q0FBUztDQUFpQjtDQUFrQjtDQUFpQjtBQUFPO0FBR3pHLE1BQWEseUJBQXlCO0NBQ3BDO0NBQ0E7Q0FDQTtDQUNBO0NBQ0E7Q0FDQTtDQUNBO0FBQ0Y7QUFFQSxNQUFhLDRCQUE0QjtDQUFDO0NBQVE7Q0FBVTtDQUFZO0FBQU07QUFHOUUsTUFBYSxtQkFBbUI7Q0FBQztDQUFZO0NBQVE7Q0FBVztDQUFZO0NBQWE7QUFBUTtBQUVqRyxNQUFhLGtCQUFrQjtDQUFDO0NBQVE7Q0FBUTtDQUFpQjtBQUFPO0FBR3hFLE1BQWEsMEJBQTBCO0NBQUM7Q0FBTztDQUFTO0NBQVM7QUFBVTs7QUFJM0UsTUFBYSxlQUFlO0NBQzFCO0NBQ0E7Q0FDQTtDQUNBO0NBQ0E7Q0FDQTtDQUNBO0FBQ0Y7O0FDeEZBLE1BQWEsS0FBSyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLFNBQVM7QUFDNUMsTUFBYSxVQUFVLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsU0FBUztBQUVqRCxNQUFhLGdCQUFnQixPQUFlLE1BQU0sUUFDaEQsRUFDRyxPQUFPLEVBQUUsT0FBTyxTQUFTLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FDcEMsS0FBSyxDQUFDLENBQ04sSUFBSSxHQUFHLEVBQUUsT0FBTyxTQUFTLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FDcEMsSUFBSSxLQUFLLEVBQUUsT0FBTyxRQUFRLE1BQU0sU0FBUyxJQUFJLGNBQWMsQ0FBQztBQUVqRSxNQUFhLGdCQUFnQixPQUFlLE1BQU0sUUFDaEQsRUFDRyxPQUFPLENBQUMsQ0FDUixLQUFLLENBQUMsQ0FDTixJQUFJLEtBQUssRUFBRSxPQUFPLFFBQVEsTUFBTSxTQUFTLElBQUksY0FBYyxDQUFDLENBQUMsQ0FDN0QsV0FBVyxNQUFPLE1BQU0sS0FBSyxPQUFPLENBQUUsQ0FBQyxDQUN2QyxTQUFTLENBQUMsQ0FDVixTQUFTO0FBRWQsTUFBYSxTQUFTLFFBQVEsYUFBYSxNQUFNLFFBQy9DLEVBQ0csT0FBTyxDQUFDLENBQ1IsSUFBSSxLQUFLLEVBQUUsT0FBTyxRQUFRLE1BQU0sU0FBUyxJQUFJLGNBQWMsQ0FBQyxDQUFDLENBQzdELFFBQVEsRUFBRTtBQUVmLE1BQU0sV0FBVzs7QUFFakIsTUFBYSxXQUFXLFVBQ3RCLEVBQ0csT0FBTyxFQUFFLE9BQU8sU0FBUyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQ3BDLE1BQU0sVUFBVSxFQUFFLE9BQU8sU0FBUyxNQUFNLGFBQWEsQ0FBQyxDQUFDLENBQ3ZELFFBQ0UsTUFBTTtDQUNMLE1BQU0sb0JBQUksSUFBSSxLQUFLLEdBQUcsRUFBRSxXQUFXO0NBQ25DLE9BQU8sQ0FBQyxPQUFPLE1BQU0sRUFBRSxRQUFRLENBQUMsS0FBSyxFQUFFLFlBQVksQ0FBQyxDQUFDLE1BQU0sR0FBRyxFQUFFLE1BQU07QUFDeEUsR0FDQSxFQUFFLE9BQU8sR0FBRyxNQUFNLEVBQUUsQ0FBRSxZQUFZLElBQUksTUFBTSxNQUFNLENBQUMsRUFBRSxzQkFBc0IsQ0FDN0U7O0FBR0osTUFBYSxXQUFXLFVBQWtCLEVBQUUsSUFBSSxTQUFTO0NBQUUsUUFBUTtDQUFNLE9BQU8sU0FBUyxNQUFNO0FBQXNCLENBQUM7QUFFdEgsTUFBYSxXQUFXLEVBQUUsT0FBTyxDQUFDLENBQUMsTUFBTSxjQUFjLEVBQUUsT0FBTyx1REFBdUQsQ0FBQztBQUN4SCxNQUFhLGVBQWUsVUFDMUIsRUFDRyxPQUFPLEVBQUUsT0FBTyxTQUFTLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FDcEMsSUFBSSxFQUFFLE9BQU8sU0FBUyxNQUFNLHdCQUF3QixDQUFDLENBQUMsQ0FDdEQsWUFBWSxFQUFFLE9BQU8sR0FBRyxNQUFNLEVBQUUsQ0FBRSxZQUFZLElBQUksTUFBTSxNQUFNLENBQUMsRUFBRSxzQkFBc0IsQ0FBQyxDQUFDLENBQ3pGLElBQUksS0FBYSxFQUFFLE9BQU8sR0FBRyxNQUFNLEVBQUUsQ0FBRSxZQUFZLElBQUksTUFBTSxNQUFNLENBQUMsRUFBRSxnQkFBZ0IsQ0FBQztBQUU1RixNQUFhLFFBQVEsRUFDbEIsT0FBTyxDQUFDLENBQ1IsS0FBSyxDQUFDLENBQ04sSUFBSSxHQUFHLENBQUMsQ0FDUixRQUFRLE1BQU0sTUFBTSxNQUFNLEVBQUUsTUFBTSxDQUFDLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxTQUFTLEVBQUUsT0FBTyxnREFBZ0QsQ0FBQyxDQUFDLENBQ3JILFdBQVcsTUFBTyxNQUFNLEtBQUssT0FBTyxDQUFFLENBQUMsQ0FDdkMsU0FBUyxDQUFDLENBQ1YsU0FBUztBQUVaLE1BQWEsUUFBUSxFQUNsQixPQUFPLENBQUMsQ0FDUixLQUFLLENBQUMsQ0FDTixJQUFJLElBQUksRUFBRSxPQUFPLDZDQUE2QyxDQUFDLENBQUMsQ0FDaEUsUUFBUSxNQUFNLE1BQU0sTUFBTSxvQkFBb0IsS0FBSyxDQUFDLEdBQUcsRUFDdEQsT0FBTyw4REFDVCxDQUFDLENBQUMsQ0FDRCxXQUFXLE1BQU8sTUFBTSxLQUFLLE9BQU8sQ0FBRSxDQUFDLENBQ3ZDLFNBQVMsQ0FBQyxDQUNWLFNBQVM7QUFFWixNQUFhLEtBQUssRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLFFBQVEsSUFBSSxFQUFFLENBQUM7O0FDdERsRCxNQUFNQSxpQkFBZSxFQUFFLE9BQU8sQ0FBQyxDQUFDLFNBQVM7QUFDekMsTUFBTSxhQUFhLEdBQUcsU0FBUztBQUUvQixNQUFhLGNBQWMsRUFBRSxPQUFPO0NBQ2xDO0NBQ0EsTUFBTSxFQUFFLE9BQU87Q0FDZixNQUFNLEVBQUUsS0FBSyxXQUFXO0NBQ3hCLFFBQVEsRUFBRSxRQUFRO0NBQ2xCLFFBQVEsRUFBRSxRQUFRO0NBQ2xCO0FBQ0YsQ0FBQztBQUdELE1BQWEsZUFBZSxFQUFFLE9BQU87Q0FDbkM7Q0FDQSxVQUFVO0NBQ1YsU0FBUyxFQUFFLE9BQU8sRUFBRSxPQUFPLEdBQUcsRUFBRSxPQUFPO0VBQUUsUUFBUSxFQUFFLFFBQVE7RUFBRyxRQUFRLEVBQUUsT0FBTztDQUFFLENBQUMsQ0FBQztDQUNuRixhQUFhQTtDQUNiLGFBQWE7Q0FDYixnQkFBZ0JBO0NBQ2hCLG9CQUFvQjtDQUNwQixXQUFXLEVBQUUsT0FBTztDQUNwQjtBQUNGLENBQUM7QUFHRCxNQUFhLHlCQUF5QixFQUFFLE9BQU87Q0FDN0M7Q0FDQSxVQUFVO0NBQ1YsV0FBVyxFQUFFLE9BQU87Q0FDcEIsTUFBTSxFQUFFLEtBQUssc0JBQXNCO0NBQ25DLE9BQU9BO0NBQ1Asd0JBQXdCQTtDQUN4QixNQUFNLEVBQUUsT0FBTztDQUNmLFlBQVlBO0NBQ1osV0FBVyxFQUFFLE9BQU87Q0FDcEI7QUFDRixDQUFDO0FBR0QsTUFBYSxhQUFhLEVBQUUsT0FBTztDQUNqQztDQUNBLFVBQVU7Q0FDVixNQUFNLEVBQUUsS0FBSyxVQUFVO0NBQ3ZCLGdCQUFnQixFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUk7Q0FDL0IsWUFBWSxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUk7Q0FDM0IsVUFBVSxFQUFFLE9BQU87Q0FDbkIsUUFBUSxFQUFFLEtBQUssYUFBYTtDQUM1QixVQUFVQTtDQUNWLE9BQU8sRUFBRSxPQUFPO0NBQ2hCLFdBQVcsRUFBRSxPQUFPO0NBQ3BCO0FBQ0YsQ0FBQztBQUdELE1BQWEsa0JBQWtCLEVBQUUsT0FBTztDQUN0QztDQUNBLFdBQVc7Q0FDWCxNQUFNLEVBQUUsT0FBTztDQUNmLFFBQVEsRUFBRSxLQUFLLGlCQUFpQjtDQUNoQyxNQUFNLEVBQUUsT0FBTztBQUNqQixDQUFDO0FBR0QsTUFBYSxvQkFBb0IsRUFBRSxPQUFPO0NBQ3hDO0NBQ0EsV0FBVztDQUNYLFdBQVdBO0NBQ1gsU0FBU0E7Q0FDVCxjQUFjQTtDQUNkLFlBQVlBO0NBQ1osUUFBUSxFQUFFLEtBQUssb0JBQW9CO0NBQ25DLE1BQU0sRUFBRSxPQUFPO0NBQ2YsV0FBVyxFQUFFLE9BQU87QUFDdEIsQ0FBQztBQUdELE1BQWEsZ0JBQWdCLEVBQUUsT0FBTztDQUNwQztDQUNBLFVBQVU7Q0FDVixRQUFRO0NBQ1IsTUFBTSxFQUFFLEtBQUssVUFBVTtDQUN2QixRQUFRLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSTtDQUN2QixRQUFRLEVBQUUsS0FBSyxnQkFBZ0I7Q0FDL0IsV0FBV0E7Q0FDWCxhQUFhQTtDQUNiLGdCQUFnQjtDQUNoQixVQUFVLEVBQUUsUUFBUTtDQUNwQixXQUFXLEVBQUUsT0FBTztDQUNwQixpQkFBaUIsRUFBRSxPQUFPO0NBQzFCLGNBQWNBO0NBQ2QsY0FBY0E7Q0FDZCxVQUFVQTtDQUNWLGNBQWNBO0NBQ2QsZUFBZUE7Q0FDZixRQUFRQTtDQUNSLE9BQU8sRUFBRSxNQUFNLEVBQUUsT0FBTyxDQUFDO0NBQ3pCLGNBQWMsRUFBRSxPQUFPO0NBQ3ZCLGVBQWUsRUFBRSxPQUFPO0NBQ3hCLE9BQU8sRUFBRSxPQUFPO0NBQ2hCLHFCQUFxQkE7Q0FDckIsdUJBQXVCQTtDQUN2QixnQ0FBZ0NBO0NBQ2hDLGNBQWNBO0NBQ2QsV0FBVyxFQUFFLE9BQU87Q0FDcEI7QUFDRixDQUFDO0FBR0QsTUFBYSx3QkFBd0IsRUFBRSxPQUFPO0NBQzVDO0NBQ0EsVUFBVTtDQUNWLG1CQUFtQjtDQUNuQixNQUFNLEVBQUUsS0FBSyxzQkFBc0I7Q0FDbkMsU0FBUyxFQUFFLE9BQU87Q0FDbEIsUUFBUSxFQUFFLEtBQUsseUJBQXlCO0NBQ3hDLGlCQUFpQjtDQUNqQixnQkFBZ0IsRUFBRSxPQUFPO0NBQ3pCLFdBQVcsRUFBRSxPQUFPO0NBQ3BCO0FBQ0YsQ0FBQztBQUdELE1BQWEsZ0JBQWdCLEVBQUUsT0FBTztDQUNwQztDQUNBLFdBQVc7Q0FDWCxhQUFhLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSTtDQUM1QixRQUFRLEVBQUUsS0FBSyxlQUFlO0NBQzlCLFNBQVMsRUFBRSxPQUFPO0NBQ2xCLFFBQVEsRUFBRSxPQUFPO0NBQ2pCLFlBQVk7QUFDZCxDQUFDO0FBR0QsTUFBYSxnQkFBZ0IsRUFBRSxPQUFPO0NBQ3BDO0NBQ0EsUUFBUTtDQUNSLGVBQWUsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJO0NBQzlCLFNBQVMsRUFBRSxPQUFPO0NBQ2xCLGFBQWEsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJO0NBQzVCLFVBQVUsRUFBRSxPQUFPO0NBQ25CLFFBQVEsRUFBRSxLQUFLLGdCQUFnQjtDQUMvQixXQUFXLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSTtDQUMxQixRQUFRQTtDQUNSLFFBQVFBO0NBQ1IsU0FBU0E7Q0FDVCxNQUFNLEVBQUUsT0FBTztDQUNmLGdCQUFnQkE7Q0FDaEIsa0JBQWtCO0NBQ2xCLGNBQWNBO0NBQ2QsaUJBQWlCQTtDQUNqQixpQkFBaUI7Q0FDakIsVUFBVSxFQUFFLE1BQU0sYUFBYTtDQUMvQjtBQUNGLENBQUM7QUFHRCxNQUFhLGNBQWMsRUFBRSxPQUFPO0NBQ2xDO0NBQ0EsV0FBVztDQUNYLFlBQVk7Q0FDWixjQUFjLEVBQUUsT0FBTztDQUN2QixpQkFBaUIsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJO0NBQ2hDLFdBQVcsRUFBRSxPQUFPO0NBQ3BCLFdBQVc7QUFDYixDQUFDO0FBR0QsTUFBYSxpQkFBaUIsRUFBRSxPQUFPO0NBQ3JDO0NBQ0EsV0FBVyxFQUFFLE9BQU87Q0FDcEIsVUFBVSxFQUFFLE9BQU87Q0FDbkIsT0FBT0E7Q0FDUCxPQUFPQTtDQUNQLGFBQWFBO0NBQ2IsZUFBZSxFQUFFLEtBQUssZ0JBQWdCLENBQUMsQ0FBQyxTQUFTO0NBQ2pELGVBQWVBO0NBQ2YsYUFBYSxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLFNBQVM7Q0FDdkMsVUFBVSxFQUFFLEtBQUssVUFBVTtDQUMzQixPQUFPLEVBQUUsT0FBTztDQUNoQixZQUFZQTtDQUNaLFdBQVcsRUFBRSxPQUFPO0NBQ3BCLFdBQVcsRUFBRSxPQUFPO0NBQ3BCO0FBQ0YsQ0FBQzs7QUFHRCxNQUFhLGNBQWMsRUFBRSxPQUFPO0NBQ2xDLFFBQVE7Q0FDUixRQUFRLGFBQWEsU0FBUztDQUM5QixtQkFBbUIsRUFBRSxNQUFNLHNCQUFzQjtDQUNqRCxPQUFPLEVBQUUsTUFBTSxVQUFVO0NBQ3pCLFVBQVUsRUFBRSxNQUFNLGNBQWMsT0FBTztFQUFFLFdBQVcsRUFBRSxNQUFNLGVBQWU7RUFBRyxjQUFjLEVBQUUsTUFBTSxpQkFBaUI7Q0FBRSxDQUFDLENBQUM7Q0FDekgsa0JBQWtCLEVBQUUsTUFBTSxxQkFBcUI7Q0FDL0MsVUFBVSxFQUFFLE1BQU0sYUFBYTtDQUMvQixRQUFRLEVBQUUsTUFBTSxXQUFXO0FBQzdCLENBQUM7O0FDekxELFNBQVMsVUFBNEIsU0FBOEU7Q0FDakgsT0FBTyxhQUFhLFVBQ2hCO0VBQUUsYUFBYSxRQUFRO0VBQWEscUJBQXFCLFFBQVE7Q0FBUSxJQUN6RSxFQUFFLGFBQWEsUUFBUSxZQUFZO0FBQ3pDO0FBRUEsTUFBYSxTQUFtRCxPQUFVLFlBQXFEO0NBQzdIO0NBQ0E7Q0FDQSxTQUFTO0NBQ1QsTUFBTTtBQUNSO0FBRUEsTUFBYSxRQUNYLE9BQ0EsUUFDQSxhQUNzRDtDQUN0RDtDQUNBO0NBQ0EsU0FBUztDQUNULE1BQU07Q0FDTixNQUFNO0NBQ04sR0FBRyxVQUFVLE9BQU87QUFDdEI7QUFFQSxNQUFhLFVBQ1gsT0FDQSxRQUNBLGFBQzRDO0NBQzVDO0NBQ0E7Q0FDQSxTQUFTO0NBQ1QsTUFBTTtDQUNOLEdBQUcsVUFBVSxPQUFPO0FBQ3RCOztBQ3pEQSxNQUFNLE9BQU8sVUFDWCxFQUNHLE9BQU8sRUFBRSxPQUFPLFNBQVMsTUFBTSxlQUFlLENBQUMsQ0FBQyxDQUNoRCxJQUFJLEVBQUUsT0FBTyxTQUFTLE1BQU0sNkJBQTZCLENBQUMsQ0FBQyxDQUMzRCxJQUFJLEdBQUcsRUFBRSxPQUFPLHNEQUFzRCxDQUFDLENBQUMsQ0FDeEUsSUFBQSxLQUF1QixFQUFFLE9BQU8sNkNBQThELENBQUM7QUFFcEcsTUFBYSxnQkFBZ0IsRUFBRSxPQUFPO0NBQ3BDLFNBQVMsSUFBSSxlQUFlOztDQUU1QixPQUFPLElBQUksY0FBYyxDQUFDLENBQUMsU0FBUztDQUNwQyxhQUFhLGFBQWEsbUJBQW1CLEdBQUc7QUFDbEQsQ0FBQztBQUVELE1BQU0sY0FBYyxFQUFFLE9BQU8sQ0FBQyxDQUFDLE1BQU0sOEJBQThCLEVBQUUsT0FBTyxnQ0FBZ0MsQ0FBQztBQUU3RyxNQUFhLHlCQUF5QixFQUNuQyxPQUFPOztDQUVOLEtBQUssWUFBWSxTQUFTLENBQUMsQ0FBQyxRQUFRLElBQUk7O0NBRXhDLGlCQUFpQixRQUFRLFNBQVMsQ0FBQyxDQUFDLFFBQVEsSUFBSTtDQUNoRCxNQUFNLGFBQWEsMkJBQTJCLEVBQUU7Q0FDaEQsYUFBYSxFQUFFLEtBQUsseUJBQXlCLEVBQUUsT0FBTyw4Q0FBOEMsQ0FBQztDQUNyRyxPQUFPLEVBQ0osTUFBTSxlQUFlLEVBQUUsT0FBTywrQkFBK0IsQ0FBQyxDQUFDLENBQy9ELElBQUksR0FBRyxFQUFFLE9BQU8sK0JBQStCLENBQUMsQ0FBQyxDQUNqRCxJQUFJLElBQUksRUFBRSxPQUFPLDZDQUE2QyxDQUFDO0NBQ2xFLFFBQVEsRUFBRSxNQUFNLGFBQWEsY0FBYyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksSUFBSSxFQUFFLE9BQU8sbURBQW1ELENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxDQUFDO0FBQ3BJLENBQUMsQ0FBQyxDQUNELGFBQWEsR0FBRyxRQUFRO0NBRXZCLEtBQUssTUFBTSxLQUFLLGlCQUFpQixFQUFFLEtBQUssR0FDdEMsSUFBSSxTQUFTO0VBQUUsTUFBTTtFQUFVLE1BQU07R0FBQztHQUFTLEVBQUU7R0FBTyxFQUFFO0VBQUs7RUFBRyxTQUFTLEVBQUU7Q0FBUSxDQUFDO0FBRTFGLENBQUM7QUFHSCxNQUFhLDBCQUEwQixFQUFFLE9BQU87Q0FDOUM7Q0FDQSxLQUFLLEVBQUUsT0FBTztDQUNkLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxTQUFTO0NBQ25DLE1BQU0sRUFBRSxPQUFPO0NBQ2YsYUFBYSxFQUFFLEtBQUssdUJBQXVCO0NBQzNDLE9BQU8sRUFBRSxNQUFNLEVBQUUsT0FBTztFQUFFLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJO0VBQUcsT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLFNBQVM7RUFBRyxhQUFhLEVBQUUsT0FBTztDQUFFLENBQUMsQ0FBQztDQUNuSCxRQUFRLEVBQUUsTUFBTSxFQUFFLE9BQU8sQ0FBQztDQUMxQixXQUFXLEVBQUUsT0FBTztDQUNwQixXQUFXLEdBQUcsU0FBUztBQUN6QixDQUFDO0FBR0QsTUFBTSxpQkFBaUIsRUFBRSxPQUFPO0NBQzlCO0NBQ0EsU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUk7Q0FDeEIsV0FBVyxFQUFFLE9BQU87Q0FDcEIsV0FBVyxHQUFHLFNBQVM7Q0FDdkIsUUFBUSxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUk7QUFDekIsQ0FBQzs7QUFHRCxNQUFhLHFCQUFxQixFQUFFLE9BQU87Q0FDekMsUUFBUSxFQUFFLE9BQU87RUFDZixNQUFNLEVBQUUsT0FBTztFQUNmLFNBQVMsRUFBRSxPQUFPO0VBQ2xCLE9BQU8sRUFBRSxPQUFPO0VBQ2hCLE1BQU0sRUFBRSxPQUFPO0VBQ2YsV0FBVyxFQUFFLEtBQUssQ0FBQyxNQUFNLFFBQVEsQ0FBQztFQUNsQyxRQUFRLEVBQUUsT0FBTztDQUNuQixDQUFDO0NBQ0QsUUFBUSxFQUFFLE9BQU87RUFBRTtFQUFJLFdBQVcsRUFBRSxPQUFPO0VBQUcsVUFBVSxFQUFFLE9BQU87Q0FBRSxDQUFDO0NBQ3BFLFNBQVMsRUFBRSxPQUFPO0VBQUU7RUFBSSxRQUFRLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSTtFQUFHLE1BQU0sRUFBRSxLQUFLLFVBQVU7RUFBRyxNQUFNLEVBQUUsT0FBTztDQUFFLENBQUM7Q0FDOUYsVUFBVTs7Q0FFVixhQUFhLEVBQ1YsT0FBTztFQUNOLE1BQU0sRUFBRSxLQUFLLFVBQVU7RUFDdkIsUUFBUSxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUk7RUFDdkIsVUFBVSxFQUFFLE9BQU87RUFDbkIsUUFBUSxFQUFFLE9BQU8sQ0FBQyxDQUFDLFNBQVM7O0VBRTVCLFVBQVUsRUFBRSxRQUFRO0NBQ3RCLENBQUMsQ0FBQyxDQUNELFNBQVM7QUFDZCxDQUFDO0FBR0QsTUFBYSxvQkFBb0I7O0NBRS9CLDRCQUE0QixNQUFNLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxDQUFDLEdBQUcsRUFBRSxNQUFNLHdCQUF3QixPQUFPLEVBQUUsVUFBVSxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQzs7Q0FFbkksMkJBQTJCLE1BQ3pCLEVBQUUsT0FBTztFQUFFLEtBQUs7RUFBYSxTQUFTLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsUUFBUSxJQUFJO0NBQUUsQ0FBQyxHQUM1Rix3QkFBd0IsT0FBTyxFQUFFLFNBQVMsRUFBRSxNQUFNLGNBQWMsRUFBRSxDQUFDLENBQ3JFO0NBRUEsNEJBQTRCLE9BQU8sd0JBQXdCLHlCQUF5QixFQUNsRixhQUFhO0VBQUM7RUFBNEI7RUFBMkI7Q0FBaUIsRUFDeEYsQ0FBQzs7Q0FFRCxtQkFBbUIsTUFBTSxFQUFFLE9BQU87RUFBRSxXQUFXO0VBQUksWUFBWSxHQUFHLFNBQVMsQ0FBQyxDQUFDLFFBQVEsSUFBSTtDQUFFLENBQUMsR0FBRyxrQkFBa0I7O0NBRWpILDJCQUEyQixPQUFPLEVBQUUsT0FBTztFQUFFLFdBQVc7RUFBSSxZQUFZO0NBQUcsQ0FBQyxHQUFHLGFBQWEsRUFFMUYsYUFBYTtFQUFDO0VBQWlCO0VBQTJCO0NBQWUsRUFDM0UsQ0FBQztBQUNIOztBQ2pIQSxNQUFhLG9CQUFvQjtDQUFDO0NBQVE7Q0FBWTtDQUFlO0NBQVc7QUFBUzs7QUNLekYsTUFBYSxrQkFBa0IsRUFBRSxPQUFPO0NBQ3RDO0NBQ0EsV0FBVyxFQUFFLE9BQU87Q0FDcEIsVUFBVSxFQUFFLE9BQU87Q0FDbkIsT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLFNBQVM7Q0FDM0IsT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLFNBQVM7Q0FDM0IsbUJBQW1CLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSTtDQUNsQyxnQkFBZ0IsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxTQUFTO0NBQzFDLGVBQWUsRUFBRSxPQUFPLENBQUMsQ0FBQyxTQUFTO0NBQ25DLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxTQUFTO0NBQzdCLFlBQVksRUFBRSxRQUFRO0NBQ3RCLGVBQWUsRUFBRSxPQUFPLENBQUMsQ0FBQyxTQUFTO0FBQ3JDLENBQUM7QUFHRCxNQUFhLHFCQUFxQixFQUNoQyxnQkFBZ0IsTUFDZCxFQUFFLE9BQU87Q0FDUCxPQUFPLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxHQUFHLENBQUMsQ0FBQyxRQUFRLEVBQUU7Q0FDckMsTUFBTSxFQUFFLEtBQUssbUJBQW1CLEVBQUUsT0FBTywwRUFBMEUsQ0FBQyxDQUFDLENBQUMsUUFBUSxNQUFNO0NBQ3BJLFlBQVksRUFBRSxRQUFRLENBQUMsQ0FBQyxRQUFRLEtBQUs7Q0FDckMsT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxHQUFHLENBQUMsQ0FBQyxRQUFRLEdBQUc7Q0FDbkQsUUFBUSxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxHQUFVLENBQUMsQ0FBQyxRQUFRLENBQUM7QUFDM0QsQ0FBQyxHQUNELEVBQUUsT0FBTztDQUFFLE1BQU0sRUFBRSxNQUFNLGVBQWU7Q0FBRyxPQUFPLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSTtBQUFFLENBQUMsQ0FDdEUsRUFDRjs7QUMxQkEsTUFBTSxlQUFlLEVBQUUsT0FBTztDQUM1QixXQUFXLGFBQWEsa0JBQWtCLEdBQUc7Q0FDN0MsVUFBVSxhQUFhLGlCQUFpQixHQUFHO0NBQzNDO0NBQ0E7Q0FDQSxhQUFhLFFBQVEsbUJBQW1CLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxTQUFTO0NBQzlELGVBQWUsRUFBRSxLQUFLLGdCQUFnQixDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsU0FBUztDQUM1RCxlQUFlLEVBQUUsT0FBTyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxTQUFTO0NBQzdELGFBQWEsRUFDVixPQUFPLENBQUMsQ0FDUixJQUFJLENBQUMsQ0FDTCxRQUFRLE1BQU8sa0JBQXdDLFNBQVMsQ0FBQyxHQUFHLEVBQUUsT0FBTywwQ0FBMEMsQ0FBQyxDQUFDLENBQ3pILFNBQVMsQ0FBQyxDQUNWLFNBQVM7Q0FDWixVQUFVLEVBQUUsS0FBSyxVQUFVLENBQUMsQ0FBQyxRQUFRLFdBQVc7Q0FDaEQsT0FBTyxNQUFNO0FBQ2YsQ0FBQzs7QUFHRCxTQUFTLFlBQVksT0FBcUMsS0FBNEI7Q0FDcEYsTUFBTSxFQUFFLGVBQWUsT0FBTyxlQUFlLFVBQVU7Q0FDdkQsSUFBSSxTQUFTLENBQUMsT0FDWixJQUFJLFNBQVM7RUFBRSxNQUFNO0VBQVUsTUFBTSxDQUFDLGVBQWU7RUFBRyxTQUFTO0NBQTJDLENBQUM7Q0FFL0csSUFBSSxTQUFTLFVBQVUsYUFBYSxDQUFFLGVBQXFDLFNBQVMsS0FBSyxHQUN2RixJQUFJLFNBQVM7RUFBRSxNQUFNO0VBQVUsTUFBTSxDQUFDLGVBQWU7RUFBRyxTQUFTO0NBQXNDLENBQUM7Q0FFMUcsSUFBSSxTQUFTLFVBQVUsWUFBWSxDQUFFLGNBQW9DLFNBQVMsS0FBSyxHQUNyRixJQUFJLFNBQVM7RUFBRSxNQUFNO0VBQVUsTUFBTSxDQUFDLGVBQWU7RUFBRyxTQUFTO0NBQXVDLENBQUM7Q0FFM0csSUFBSSxNQUFNLGVBQWUsTUFBTSwrQkFBYyxJQUFJLEtBQUssRUFBQSxDQUFFLFlBQVksQ0FBQyxDQUFDLE1BQU0sR0FBRyxFQUFFLEdBQy9FLElBQUksU0FBUztFQUFFLE1BQU07RUFBVSxNQUFNLENBQUMsYUFBYTtFQUFHLFNBQVM7Q0FBNkMsQ0FBQztBQUVqSDtBQUVBLE1BQWEsY0FBYyxhQUFhLFlBQVksV0FBVztBQUcvRCxNQUFhLGVBQWU7QUFHNUIsTUFBYSxnQkFBZ0IsRUFBRSxPQUFPO0NBQ3BDO0NBQ0EsV0FBVyxFQUFFLE9BQU87Q0FDcEIsVUFBVSxFQUFFLE9BQU87Q0FDbkIsT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLFNBQVM7Q0FDM0IsT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLFNBQVM7Q0FDM0IsVUFBVSxFQUFFLFFBQVE7O0NBRXBCLG1CQUFtQixFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUk7Q0FDbEMsZ0JBQWdCLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsU0FBUztDQUMxQyxlQUFlLEVBQUUsT0FBTyxDQUFDLENBQUMsU0FBUztDQUNuQyxlQUFlLEVBQUUsT0FBTyxDQUFDLENBQUMsU0FBUztDQUNuQyxlQUFlLEVBQUUsT0FBTyxDQUFDLENBQUMsU0FBUztBQUNyQyxDQUFDOzs7QUFLRCxNQUFNLGVBQWU7Q0FDbkI7Q0FDQTtDQUNBO0NBQ0E7Q0FDQTtDQUNBO0NBQ0E7Q0FDQTtBQUNGO0FBRUEsTUFBYSxrQkFBa0I7Q0FDN0Isa0JBQWtCLE9BQU8sYUFBYSxjQUFjLEVBQUUsYUFBYSxDQUFDLGtCQUFrQixjQUFjLEVBQUUsQ0FBQztDQUN2RyxrQkFBa0IsT0FBTyxhQUFhLE9BQU87RUFBRTtFQUFJLGlCQUFpQjtDQUFRLENBQUMsQ0FBQyxDQUFDLFlBQVksV0FBVyxHQUFHLGNBQWMsRUFDckgsYUFBYSxhQUNmLENBQUM7Q0FDRCxrQkFBa0IsTUFDaEIsRUFBRSxPQUFPO0VBQ1AsT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksR0FBRyxDQUFDLENBQUMsUUFBUSxFQUFFO0VBQ3JDLGlCQUFpQixFQUFFLFFBQVEsQ0FBQyxDQUFDLFFBQVEsS0FBSztFQUMxQyxPQUFPLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxDQUFDLFFBQVEsR0FBRztFQUNuRCxRQUFRLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUM7Q0FDM0MsQ0FBQyxHQUNELEVBQUUsT0FBTztFQUFFLE1BQU0sRUFBRSxNQUFNLGFBQWE7RUFBRyxPQUFPLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSTtDQUFFLENBQUMsQ0FDcEU7Q0FDQSxpQkFBaUIsTUFBTSxFQUFFLE9BQU8sRUFBRSxHQUFHLENBQUMsR0FBRyxXQUFXO0NBQ3BELG1CQUFtQixPQUNqQixFQUFFLE9BQU87RUFBRTtFQUFJLGlCQUFpQjtFQUFTLFVBQVUsRUFBRSxRQUFRLENBQUMsQ0FBQyxRQUFRLElBQUk7RUFBRyxRQUFRLE1BQU0sY0FBYyxHQUFHO0NBQUUsQ0FBQyxHQUNoSCxjQUNBLEVBQUUsYUFBYSxhQUFhLENBQzlCO0FBQ0Y7Ozs7QUN4RkEsTUFBTSxnQkFBZ0I7Q0FDcEI7Q0FDQTtDQUNBO0NBQ0E7Q0FDQTtDQUNBO0NBQ0E7Q0FDQTtDQUNBO0FBQ0Y7QUFFQSxNQUFhLG1CQUFtQjs7Q0FFOUIsMEJBQTBCLE9BQ3hCLEVBQUUsT0FBTztFQUNQLFdBQVc7RUFDWCxpQkFBaUI7RUFDakIsYUFBYSxZQUFZLFlBQVksQ0FBQyxDQUFDLFFBQVEsTUFBTSxJQUFJLEdBQUcsRUFBRSxPQUFPLDhCQUE4QixDQUFDO0VBQ3BHLFFBQVEsRUFBRSxLQUFLLGlCQUFpQixFQUFFLE9BQU8sMEJBQTBCLENBQUM7RUFDcEUsU0FBUyxhQUFhLHNCQUFzQixFQUFFO0VBQzlDLFFBQVEsUUFBUSxrQkFBa0I7Q0FDcEMsQ0FBQyxHQUNELGVBQ0EsRUFBRSxhQUFhLGNBQWMsQ0FDL0I7Q0FDQSxzQkFBc0IsT0FDcEIsRUFBRSxPQUFPO0VBQ1AsV0FBVztFQUNYLGlCQUFpQjtFQUVqQixRQUFRLEVBQUUsS0FBSztHQUFDO0dBQVk7R0FBYTtHQUFVO0VBQVMsQ0FBNkM7RUFDekcsUUFBUSxhQUFhLGNBQWMsR0FBRztDQUN4QyxDQUFDLEdBQ0QsZUFDQSxFQUFFLGFBQWEsY0FBYyxDQUMvQjs7Q0FFQSxnQkFBZ0IsT0FDZCxFQUFFLE9BQU87RUFDUCxRQUFRO0VBQ1IsZUFBZSxFQUNaLE9BQU8sRUFBRSxPQUFPLGlDQUFpQyxDQUFDLENBQUMsQ0FDbkQsSUFBSSxDQUFDLENBQ0wsSUFBSSxHQUFHLEVBQUUsT0FBTyw4Q0FBOEMsQ0FBQztFQUNsRSxhQUFhLFlBQVksYUFBYSxDQUFDLENBQUMsUUFBUSxNQUFNLElBQUksR0FBRyxFQUFFLE9BQU8sb0NBQW9DLENBQUM7RUFDM0csUUFBUSxhQUFhLGNBQWMsR0FBRztDQUN4QyxDQUFDLEdBQ0QsZUFDQSxFQUFFLGFBQWEsY0FBYyxDQUMvQjs7Q0FFQSxzQkFBc0IsT0FDcEIsRUFBRSxPQUFPO0VBQ1AsV0FBVztFQUNYLGlCQUFpQjtFQUNqQixhQUFhLFlBQVksYUFBYSxDQUFDLENBQUMsUUFBUSxNQUFNLElBQUksR0FBRyxFQUFFLE9BQU8sb0NBQW9DLENBQUM7RUFDM0csUUFBUSxhQUFhLGNBQWMsR0FBRztDQUN4QyxDQUFDLEdBQ0QsZUFDQSxFQUFFLGFBQWEsY0FBYyxDQUMvQjtDQUNBLG9CQUFvQixNQUFNLEVBQUUsT0FBTyxFQUFFLFFBQVEsR0FBRyxDQUFDLEdBQUcsRUFBRSxNQUFNLGFBQWEsQ0FBQztBQUM1RTs7Ozs7O0FDNURBLE1BQU0sT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLE1BQU0sOENBQThDLEVBQUUsT0FBTyw0QkFBNEIsQ0FBQztBQUVsSCxNQUFNLGtCQUFrQjtBQUN4QixNQUFNLE9BQU8sRUFDVixPQUFPLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxHQUFHLEdBQUcsRUFBRSxRQUFRLENBQUMsQ0FBQyxDQUN4QyxRQUFRLE1BQU0sS0FBSyxVQUFVLENBQUMsQ0FBQyxDQUFDLFVBQVUsaUJBQWlCLEVBQUUsT0FBTyxtQ0FBbUMsQ0FBQztBQUUzRyxNQUFhLGNBQWMsRUFBRSxPQUFPO0NBQ2xDLFVBQVU7Q0FDVixNQUFNLEVBQUUsT0FBTztDQUNmLE1BQU0sRUFBRSxPQUFPLEVBQUUsT0FBTyxHQUFHLEVBQUUsUUFBUSxDQUFDO0NBQ3RDLGFBQWEsUUFBUSxTQUFTO0NBQzlCLFNBQVMsRUFBRSxPQUFPO0FBQ3BCLENBQUM7QUFHRCxNQUFhLGlCQUFpQjtDQUM1QixjQUFjLE1BQU0sRUFBRSxPQUFPO0VBQUUsVUFBVTtFQUFJO0NBQUssQ0FBQyxHQUFHLFlBQVksU0FBUyxDQUFDOztDQUU1RSxlQUFlLE9BQU8sRUFBRSxPQUFPO0VBQUUsVUFBVTtFQUFJO0VBQU07RUFBTSxhQUFhLFFBQVEsU0FBUyxDQUFDLENBQUMsUUFBUSxJQUFJO0NBQUUsQ0FBQyxHQUFHLGFBQWEsRUFDeEgsYUFBYSxDQUFDLFlBQVksRUFDNUIsQ0FBQztDQUNELGtCQUFrQixPQUFPLEVBQUUsT0FBTztFQUFFLFVBQVU7RUFBSTtDQUFLLENBQUMsR0FBRyxJQUFJLEVBQUUsYUFBYSxDQUFDLFlBQVksRUFBRSxDQUFDO0FBQ2hHOztBQzVCQSxNQUFNLFNBQVMsRUFBRSxPQUFPO0NBQUUsUUFBUSxFQUFFLFFBQVE7Q0FBRyxRQUFRLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxHQUFJLENBQUMsQ0FBQyxRQUFRLEVBQUU7QUFBRSxDQUFDO0FBRXpGLE1BQWEsaUJBQWlCOztDQUU1QixlQUFlLE9BQ2IsRUFDRyxPQUFPO0VBQ04sVUFBVTtFQUNWLGlCQUFpQixRQUFRLFNBQVMsQ0FBQyxDQUFDLFFBQVEsSUFBSTtFQUNoRCxTQUFTLEVBQUUsT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLEdBQUcsTUFBTTtFQUNuRCxVQUFVLEVBQUUsUUFBUSxDQUFDLENBQUMsUUFBUSxLQUFLO0VBQ25DLGdCQUFnQixRQUFRLHdCQUF3QixDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsUUFBUSxJQUFJO0VBQ3pFLG9CQUFvQixHQUFHLFNBQVMsQ0FBQyxDQUFDLFFBQVEsSUFBSTtDQUNoRCxDQUFDLENBQUMsQ0FDRCxhQUFhLEdBQUcsUUFBUTtFQUN2QixJQUFJLEVBQUUsa0JBQWtCLENBQUMsRUFBRSxvQkFDekIsSUFBSSxTQUFTO0dBQUUsTUFBTTtHQUFVLE1BQU0sQ0FBQyxvQkFBb0I7R0FBRyxTQUFTO0VBQW9DLENBQUM7RUFFN0csSUFBSSxFQUFFLFlBQVksQ0FBQyxFQUFFLGdCQUNuQixJQUFJLFNBQVM7R0FBRSxNQUFNO0dBQVUsTUFBTSxDQUFDLGdCQUFnQjtHQUFHLFNBQVM7RUFBbUQsQ0FBQztDQUUxSCxDQUFDLEdBQ0gsY0FDQSxFQUFFLGFBQWEsQ0FBQyxpQkFBaUIsZUFBZSxFQUFFLENBQ3BEO0NBQ0EseUJBQXlCLE9BQ3ZCLEVBQ0csT0FBTztFQUNOLFVBQVU7RUFDVixXQUFXLGFBQWEsaUJBQWlCLEdBQUc7RUFDNUMsTUFBTSxFQUFFLEtBQUssd0JBQXdCLEVBQUUsT0FBTyx5REFBeUQsQ0FBQztFQUN4RyxPQUFPLFFBQVEsY0FBYyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsUUFBUSxJQUFJO0VBQ3RELE1BQU0sTUFBTSxZQUFZLEdBQUk7Q0FDOUIsQ0FBQyxDQUFDLENBQ0QsYUFBYSxHQUFHLFFBQVE7RUFDdkIsSUFBSSxFQUFFLFNBQVMsZUFBZSxDQUFDLEVBQUUsT0FDL0IsSUFBSSxTQUFTO0dBQUUsTUFBTTtHQUFVLE1BQU0sQ0FBQyxPQUFPO0dBQUcsU0FBUztFQUF1RCxDQUFDO0NBRXJILENBQUMsR0FDSCx3QkFDQSxFQUFFLGFBQWEsQ0FBQyxpQkFBaUIsZUFBZSxFQUFFLENBQ3BEO0NBQ0EsNkJBQTZCLE9BQzNCLEVBQUUsT0FBTztFQUNQO0VBQ0EsaUJBQWlCO0VBQ2pCLHNCQUFzQixFQUFFLFFBQVEsQ0FBQyxDQUFDLFFBQVEsS0FBSztFQUMvQyxNQUFNLE1BQU0sWUFBWSxHQUFJO0NBQzlCLENBQUMsR0FDRCx3QkFDQSxFQUFFLGFBQWEsQ0FBQyxpQkFBaUIsZUFBZSxFQUFFLENBQ3BEO0FBQ0Y7O0FDdERBLE1BQWEsZ0JBQWdCLEVBQUUsT0FBTztDQUFFO0NBQUksT0FBTyxFQUFFLE9BQU87Q0FBRyxPQUFPLEVBQUUsT0FBTztDQUFHLFVBQVUsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJO0NBQUcsUUFBUSxFQUFFLFFBQVE7QUFBRSxDQUFDO0FBR25JLE1BQWEsbUJBQW1CO0NBQzlCLGlCQUFpQixNQUFNLEVBQUUsT0FBTyxFQUFFLGlCQUFpQixFQUFFLFFBQVEsQ0FBQyxDQUFDLFFBQVEsS0FBSyxFQUFFLENBQUMsR0FBRyxFQUFFLE1BQU0sYUFBYSxDQUFDO0NBQ3hHLGdCQUFnQixPQUNkLEVBQUUsT0FBTztFQUNQLE9BQU8sYUFBYSxhQUFhLEdBQUc7RUFDcEMsT0FBTyxhQUFhLGFBQWEsR0FBRztFQUNwQyxVQUFVLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxDQUFDLFFBQVEsQ0FBQztDQUN0RCxDQUFDLEdBQ0QsZUFDQSxFQUFFLGFBQWEsQ0FBQyxlQUFlLEVBQUUsQ0FDbkM7QUFDRjs7O0FDWEEsTUFBTSxjQUFjLEVBQUUsT0FBTztDQUMzQixlQUFlLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDO0NBQ3JDLGFBQWEsWUFBWSxhQUFhLENBQUMsQ0FBQyxRQUFRLE1BQU0sSUFBSSxHQUFHLEVBQUUsT0FBTyxvQ0FBb0MsQ0FBQztBQUM3RyxDQUFDO0FBK0JELE1BQWEsZ0JBQWdCO0NBRTNCLGdCQUFnQixPQS9CTyxFQUN0QixPQUFPO0VBQ04sVUFBVTtFQUNWLE1BQU0sRUFBRSxLQUFLLFVBQVUsQ0FBQyxDQUFDLFFBQVEsUUFBUTtFQUN6QyxnQkFBZ0IsRUFBRSxPQUFPLEVBQUUsT0FBTyxzQ0FBc0MsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUU7RUFDOUYsWUFBWSxZQUFZLFdBQVc7RUFDbkM7RUFDQSxVQUFVLFFBQVEsaUJBQWlCLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxRQUFRLElBQUk7RUFDNUQsVUFBVSxFQUFFLE1BQU0sV0FBVyxDQUFDLENBQUMsUUFBUSxDQUFDLENBQUM7RUFDekMsT0FBTyxNQUFNO0NBQ2YsQ0FBQyxDQUFDLENBQ0QsYUFBYSxHQUFHLFFBQVE7RUFDdkIsSUFBSSxFQUFFLFNBQVMsWUFBWSxFQUFFLGlCQUFpQixHQUM1QyxJQUFJLFNBQVM7R0FBRSxNQUFNO0dBQVUsTUFBTSxDQUFDLGdCQUFnQjtHQUFHLFNBQVM7RUFBeUMsQ0FBQztFQUU5RyxJQUFJLEVBQUUsU0FBUyxjQUFjLEVBQUUsU0FBUyxTQUFTLEdBQy9DLElBQUksU0FBUztHQUFFLE1BQU07R0FBVSxNQUFNLENBQUMsVUFBVTtHQUFHLFNBQVM7RUFBZ0QsQ0FBQztFQUUvRyxFQUFFLFNBQVMsU0FBUyxHQUFHLE1BQU07R0FDM0IsSUFBSSxFQUFFLGdCQUFnQixFQUFFLGdCQUN0QixJQUFJLFNBQVM7SUFDWCxNQUFNO0lBQ04sTUFBTTtLQUFDO0tBQVk7S0FBRztJQUFlO0lBQ3JDLFNBQVMsV0FBVyxFQUFFLGNBQWMsb0JBQW9CLEVBQUUsZUFBZTtHQUMzRSxDQUFDO0VBRUwsQ0FBQztDQUNILENBSXVCLEdBQVcsWUFBWSxFQUM1QyxhQUFhO0VBQUM7RUFBaUI7RUFBYztFQUFrQjtFQUFnQjtFQUFtQjtDQUFlLEVBQ25ILENBQUM7Q0FDRCxtQkFBbUIsT0FDakIsRUFBRSxPQUFPO0VBQUU7RUFBSSxpQkFBaUI7RUFBUyxRQUFRLEVBQUUsS0FBSyxhQUFhO0VBQUcsUUFBUSxNQUFNLGNBQWMsR0FBRztDQUFFLENBQUMsR0FDMUcsWUFDQSxFQUNFLGFBQWE7RUFDWDtFQUNBO0VBQ0E7RUFDQTtFQUNBO0VBQ0E7RUFDQTtDQUNGLEVBQ0YsQ0FDRjtDQUNBLGNBQWMsTUFBTSxFQUFFLE9BQU8sRUFBRSxVQUFVLEdBQUcsQ0FBQyxHQUFHLEVBQUUsTUFBTSxVQUFVLENBQUM7QUFDckU7O0FDbkRBLE1BQU0sZUFBZSxFQUFFLE9BQU8sQ0FBQyxDQUFDLFNBQVM7QUFFekMsTUFBYSxXQUFXLEVBQUUsT0FBTzs7Q0FFL0IsS0FBSyxFQUFFLE9BQU87Q0FDZCxVQUFVO0NBQ1YsV0FBVyxFQUFFLE9BQU87Q0FDcEIsVUFBVSxFQUFFLE9BQU87Q0FDbkIsT0FBTztDQUNQLFFBQVE7Q0FDUixVQUFVLEVBQUUsS0FBSyxVQUFVO0NBQzNCLGVBQWUsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJO0NBQzlCLGdCQUFnQixFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUk7Q0FDL0IsT0FBTyxFQUFFLEtBQUssWUFBWTtDQUMxQixXQUFXLEdBQUcsU0FBUztDQUN2QixlQUFlLEVBQUUsS0FBSyxnQkFBZ0IsQ0FBQyxDQUFDLFNBQVM7Q0FDakQsb0JBQW9CLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsU0FBUztDQUM5QyxrQkFBa0IsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJO0NBQ2pDLGtCQUFrQixFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUk7Q0FDakMsV0FBVyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUk7Q0FDMUIsVUFBVSxFQUFFLE9BQU87O0NBRW5CLGNBQWM7Q0FDZCxtQkFBbUIsRUFBRSxRQUFRO0NBQzdCLG1CQUFtQixFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLFNBQVM7Q0FDN0MsZ0JBQWdCO0NBQ2hCLGNBQWM7Q0FDZCxXQUFXO0NBQ1gsV0FBVyxHQUFHLFNBQVM7Q0FDdkIsYUFBYTtDQUNiLFVBQVU7O0NBRVYsYUFBYSxFQUFFLFFBQVE7QUFDekIsQ0FBQztBQUVELE1BQWEsYUFBYSxFQUFFLE9BQU87Q0FDakMsVUFBVSxFQUFFLE9BQU87Q0FDbkIsa0JBQWtCLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSTtDQUNqQyxXQUFXLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSTtBQUM1QixDQUFDO0FBRUQsTUFBYSxRQUFRLEVBQUUsT0FBTztDQUM1QixPQUFPLEVBQUUsT0FBTztDQUNoQixVQUFVLEVBQUUsT0FBTztDQUNuQixRQUFRLEVBQUUsT0FBTztDQUNqQixNQUFNLEVBQUUsTUFBTSxRQUFROztDQUV0QixRQUFRLEVBQUUsTUFBTSxVQUFVO0FBQzVCLENBQUM7QUFFRCxNQUFhLFVBQVUsRUFBRSxPQUFPO0NBQzlCLFdBQVc7Q0FDWCxVQUFVO0NBQ1YsV0FBVyxFQUFFLE9BQU87Q0FDcEIsVUFBVSxFQUFFLE9BQU87Q0FDbkIsT0FBTztDQUNQLFdBQVcsRUFBRSxPQUFPO0NBQ3BCLFFBQVEsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJO0NBQ3ZCLE1BQU0sRUFBRSxLQUFLLFVBQVU7Q0FDdkIsUUFBUSxHQUFHLFNBQVM7Q0FDcEIsZ0JBQWdCLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsU0FBUztDQUMxQyxrQkFBa0I7Q0FDbEIsZUFBZSxFQUFFLEtBQUssZ0JBQWdCLENBQUMsQ0FBQyxTQUFTO0NBQ2pELGtCQUFrQixFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUk7Q0FDakMsVUFBVTtDQUNWLHFCQUFxQjtDQUNyQix1QkFBdUI7Q0FDdkIsU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUk7QUFDMUIsQ0FBQztBQUVELE1BQWEsY0FBYyxFQUFFLE9BQU87Q0FDbEMsUUFBUTtDQUNSLE1BQU0sRUFBRSxLQUFLLFVBQVU7Q0FDdkIsUUFBUSxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUk7Q0FDdkIsZ0JBQWdCLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSTs7Q0FFL0IsU0FBUyxFQUFFLFFBQVE7Q0FDbkIsVUFBVSxFQUFFLE9BQU87RUFBRSxRQUFRLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSTtFQUFHLE1BQU0sRUFBRSxPQUFPO0VBQUcsV0FBVyxFQUFFLFFBQVE7Q0FBRSxDQUFDLENBQUMsQ0FBQyxTQUFTO0NBQ3BHLFFBQVEsRUFBRSxPQUFPO0VBQUUsVUFBVSxFQUFFLE9BQU87RUFBRyxRQUFRO0NBQWEsQ0FBQyxDQUFDLENBQUMsU0FBUztDQUMxRSxTQUFTLEVBQ04sT0FBTztFQUNOO0VBQ0EsUUFBUSxFQUFFLEtBQUssZ0JBQWdCO0VBQy9CLGFBQWEsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJO0VBQzVCLFdBQVcsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJO0VBQzFCLFVBQVUsRUFBRSxPQUFPO0VBQ25CLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJO0NBQzFCLENBQUMsQ0FBQyxDQUNELFNBQVM7Q0FDWixVQUFVO0FBQ1osQ0FBQztBQUVELE1BQU0sUUFBUSxFQUNYLE9BQU87Q0FBRSxNQUFNLFFBQVEsZUFBZTtDQUFHLElBQUksUUFBUSxjQUFjO0FBQUUsQ0FBQyxDQUFDLENBQ3ZFLFFBQVEsTUFBTSxFQUFFLE1BQU0sRUFBRSxNQUFNO0NBQUUsTUFBTSxDQUFDLElBQUk7Q0FBRyxPQUFPO0FBQTZDLENBQUMsQ0FBQyxDQUNwRyxRQUFRLE1BQU0sS0FBSyxNQUFNLEVBQUUsRUFBRSxJQUFJLEtBQUssTUFBTSxFQUFFLElBQUksS0FBSyxVQUFzQjtDQUM1RSxNQUFNLENBQUMsSUFBSTtDQUNYLE9BQU87QUFDVCxDQUFDO0FBRUgsTUFBYSxvQkFBb0I7Q0FDL0IsbUJBQW1CLE1BQU0sRUFBRSxPQUFPLEVBQUUsT0FBTyxRQUFRLGNBQWMsQ0FBQyxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQyxHQUFHLEtBQUs7Q0FDbkcsaUJBQWlCLE1BQU0sRUFBRSxPQUFPLEVBQUUsTUFBTSxRQUFRLFNBQVMsRUFBRSxDQUFDLEdBQUcsRUFBRSxNQUFNLE9BQU8sQ0FBQztDQUMvRSxzQkFBc0IsTUFBTSxPQUFPLEVBQUUsTUFBTSxPQUFPLENBQUM7Q0FDbkQseUJBQXlCLE1BQU0sRUFBRSxPQUFPLEVBQUUsUUFBUSxHQUFHLENBQUMsR0FBRyxXQUFXO0FBQ3RFOztBQzlHQSxNQUFhLG1CQUFtQjtDQUM5QiwwQkFBMEIsT0FDeEIsRUFBRSxPQUFPO0VBQ1AsVUFBVTtFQUNWLG1CQUFtQixHQUFHLFNBQVMsQ0FBQyxDQUFDLFFBQVEsSUFBSTtFQUM3QyxNQUFNLEVBQUUsS0FBSyx3QkFBd0IsRUFBRSxPQUFPLG9DQUFvQyxDQUFDO0VBQ25GLFNBQVMsYUFBYSw2QkFBNkIsR0FBSTtDQUN6RCxDQUFDLEdBQ0QsdUJBQ0EsRUFBRSxhQUFhLENBQUMsaUJBQWlCLGVBQWUsRUFBRSxDQUNwRDtDQUNBLDhCQUE4QixPQUM1QixFQUNHLE9BQU87RUFDTjtFQUNBLGlCQUFpQjtFQUNqQixRQUFRLEVBQUUsS0FBSyx5QkFBeUI7RUFDeEMsaUJBQWlCLEdBQUcsU0FBUyxDQUFDLENBQUMsUUFBUSxJQUFJO0VBQzNDLE1BQU0sTUFBTSxZQUFZLEdBQUk7Q0FDOUIsQ0FBQyxDQUFDLENBQ0QsYUFBYSxHQUFHLFFBQVE7RUFDdkIsSUFBSSxFQUFFLFdBQVcsVUFBVSxDQUFDLEVBQUUsaUJBQzVCLElBQUksU0FBUztHQUFFLE1BQU07R0FBVSxNQUFNLENBQUMsaUJBQWlCO0dBQUcsU0FBUztFQUF3QyxDQUFDO0NBRWhILENBQUMsR0FDSCx1QkFDQSxFQUFFLGFBQWEsQ0FBQyxpQkFBaUIsZUFBZSxFQUFFLENBQ3BEO0FBQ0Y7O0FDNUJBLE1BQU0sVUFBVSxVQUFrQixhQUFhLE9BQU8sR0FBRzs7O0FBSXpELE1BQU0sZ0JBQWdCO0NBQ3BCO0NBQ0E7Q0FDQTtDQUNBO0NBQ0E7Q0FDQTtDQUNBO0NBQ0E7Q0FDQTtDQUNBO0FBQ0Y7QUFFQSxNQUFhLG1CQUFtQjtDQUM5QixpQkFBaUIsT0FDZixFQUFFLE9BQU87RUFDUCxVQUFVO0VBQ1YsUUFBUSxHQUFHLFNBQVMsQ0FBQyxDQUFDLFFBQVEsSUFBSTtFQUNsQyxXQUFXLFFBQVEsa0JBQWtCO0VBQ3JDLGdCQUFnQixHQUFHLFNBQVMsQ0FBQyxDQUFDLFFBQVEsSUFBSTs7RUFFMUMscUJBQXFCLGFBQWEsY0FBYyxHQUFHOztFQUVuRCx1QkFBdUIsYUFBYSxjQUFjLEdBQUc7Q0FDdkQsQ0FBQyxHQUNELGVBRUEsRUFBRSxhQUFhLENBQUMsR0FBRyxlQUFlLGtCQUFrQixFQUFFLENBQ3hEO0NBQ0EsdUJBQXVCLE9BQ3JCLEVBQUUsT0FBTztFQUNQO0VBQ0EsaUJBQWlCO0VBQ2pCLFdBQVcsUUFBUSxzQkFBc0I7RUFDekMsUUFBUSxPQUFPLDBCQUEwQjtFQUN6QyxxQkFBcUIsYUFBYSxjQUFjLEdBQUc7Q0FDckQsQ0FBQyxHQUNELGVBQ0EsRUFBRSxhQUFhLGNBQWMsQ0FDL0I7Q0FDQSxtQkFBbUIsT0FDakIsRUFBRSxPQUFPO0VBQUU7RUFBSSxpQkFBaUI7RUFBUyxRQUFRLE9BQU8sOEJBQThCO0VBQUcsUUFBUSxFQUFFLFFBQVEsQ0FBQyxDQUFDLFFBQVEsS0FBSztDQUFFLENBQUMsR0FDN0gsZUFDQSxFQUFFLGFBQWEsY0FBYyxDQUMvQjs7Q0FFQSxrQkFBa0IsT0FDaEIsRUFBRSxPQUFPO0VBQ1AsVUFBVTtFQUNWLFdBQVcsR0FBRyxTQUFTLENBQUMsQ0FBQyxRQUFRLElBQUk7RUFDckMsaUJBQWlCLFFBQVEsU0FBUyxDQUFDLENBQUMsUUFBUSxJQUFJO0VBQ2hELFFBQVEsR0FBRyxTQUFTLENBQUMsQ0FBQyxRQUFRLElBQUk7RUFDbEMsYUFBYSxRQUFRLGdDQUFnQztFQUNyRCxnQkFBZ0IsR0FBRyxTQUFTLENBQUMsQ0FBQyxRQUFRLElBQUk7RUFDMUMsVUFBVSxFQUFFLFFBQVEsQ0FBQyxDQUFDLFFBQVEsS0FBSztFQUNuQyxXQUFXLE1BQU0seUJBQXlCLEdBQUk7RUFDOUMsaUJBQWlCLE1BQU0sa0JBQWtCLEdBQUk7RUFDN0MsY0FBYyxhQUFhLHFCQUFxQixHQUFHO0VBQ25ELGNBQWMsYUFBYSxxQkFBcUIsR0FBRztFQUNuRCxVQUFVLGFBQWEsZ0JBQWdCLEVBQUU7RUFDekMsY0FBYyxhQUFhLG9CQUFvQixFQUFFO0VBQ2pELGVBQWUsUUFBUSx1QkFBdUI7RUFDOUMsUUFBUSxhQUFhLDRCQUE0QixFQUFFO0VBQ25ELE9BQU8sRUFDSixNQUFNLEVBQUUsS0FBSyxLQUFLLENBQUMsQ0FBQyxDQUNwQixJQUFJLEdBQUcsRUFBRSxPQUFPLG9DQUFvQyxDQUFDLENBQUMsQ0FDdEQsUUFBUSxNQUFNLElBQUksSUFBSSxDQUFDLENBQUMsQ0FBQyxTQUFTLEVBQUUsUUFBUSxFQUFFLE9BQU8sa0JBQWtCLENBQUM7RUFDM0UsY0FBYyxNQUFNLHFCQUFxQixHQUFJO0VBQzdDLGVBQWUsTUFBTSxzQkFBc0IsR0FBSTtFQUMvQyxPQUFPLE1BQU0sYUFBYSxHQUFNO0VBQ2hDLGdDQUFnQyxhQUFhLHVCQUF1QixHQUFHO0VBQ3ZFLFdBQVcsRUFBRSxNQUFNLEVBQUUsT0FBTztHQUFFLE1BQU0sRUFBRSxLQUFLLEtBQUs7R0FBRyxRQUFRLEVBQUUsS0FBSyxpQkFBaUI7R0FBRyxNQUFNLE1BQU0sWUFBWSxHQUFJO0VBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQztFQUNsSSxhQUFhLEVBQ1YsT0FBTztHQUFFLFFBQVEsRUFBRSxLQUFLLHNCQUFzQixFQUFFLE9BQU8sZ0NBQWdDLENBQUM7R0FBRyxNQUFNLE1BQU0sWUFBWSxHQUFJO0VBQUUsQ0FBQyxDQUFDLENBQzNILFNBQVMsQ0FBQyxDQUNWLFFBQVEsSUFBSTs7RUFFZixnQkFBZ0IsRUFBRSxNQUFNLEVBQUUsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxDQUFDOztFQUV0QyxlQUFlLEVBQ1osTUFDQyxFQUFFLE9BQU87R0FDUCxNQUFNLEVBQUUsS0FBSyx3QkFBd0IsRUFBRSxPQUFPLG9DQUFvQyxDQUFDO0dBQ25GLFNBQVMsYUFBYSw2QkFBNkIsR0FBSTtFQUN6RCxDQUFDLENBQ0gsQ0FBQyxDQUNBLElBQUksRUFBRSxDQUFDLENBQ1AsUUFBUSxDQUFDLENBQUM7Ozs7O0VBS2IsZ0JBQWdCLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsUUFBUSxJQUFJO0NBQ3JFLENBQUMsR0FDRCxlQUVBLEVBQUUsYUFBYTtFQUFDLEdBQUc7RUFBZTtFQUFvQjtDQUFZLEVBQUUsQ0FDdEU7Q0FDQSxnQkFBZ0IsTUFBTSxFQUFFLE9BQU8sRUFBRSxHQUFHLENBQUMsR0FBRyxhQUFhO0NBQ3JELGtCQUFrQixPQUNoQixFQUFFLE9BQU87RUFDUCxXQUFXO0VBQ1gsT0FBTyxFQUFFLE1BQU0sRUFBRSxPQUFPO0dBQUUsTUFBTSxFQUFFLEtBQUssS0FBSztHQUFHLFFBQVEsRUFBRSxLQUFLLGlCQUFpQjtHQUFHLE1BQU0sTUFBTSxZQUFZLEdBQUk7RUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztDQUMzSCxDQUFDLEdBQ0QsRUFBRSxNQUFNLGVBQWUsR0FDdkIsRUFBRSxhQUFhLENBQUMsaUJBQWlCLGVBQWUsRUFBRSxDQUNwRDtDQUNBLHVCQUF1QixPQUNyQixFQUFFLE9BQU87RUFDUCxXQUFXO0VBQ1gsV0FBVyxhQUFhLHNCQUFzQixHQUFHO0VBQ2pELFNBQVMsYUFBYSxpQkFBaUIsR0FBRztFQUMxQyxjQUFjLGFBQWEseUJBQXlCLEVBQUU7RUFDdEQsWUFBWSxhQUFhLG9CQUFvQixFQUFFO0VBQy9DLFFBQVEsRUFBRSxLQUFLLHNCQUFzQixFQUFFLE9BQU8sZ0NBQWdDLENBQUM7RUFDL0UsTUFBTSxNQUFNLFlBQVksR0FBSTtDQUM5QixDQUFDLEdBQ0QsbUJBQ0EsRUFBRSxhQUFhLENBQUMsaUJBQWlCLGVBQWUsRUFBRSxDQUNwRDtBQUNGOztBQzFIQSxNQUFhLGlCQUFpQixFQUFFLE9BQU87Q0FDckMsWUFBWSxFQUFFLE9BQU8sQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLElBQUksR0FBRyxDQUFDLENBQUMsUUFBUSxlQUFlO0NBQzlELGVBQWUsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxDQUFDLFFBQVEsRUFBRTtDQUM3QyxhQUFhLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxRQUFRLEVBQUU7O0NBRTFDLFlBQVksRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLEdBQU8sQ0FBQyxDQUFDLFFBQVEsRUFBRTtDQUM5QyxRQUFRLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLFFBQVEsT0FBTztDQUNqRCxVQUFVLFNBQVMsUUFBUSxLQUFLO0NBQ2hDLFdBQVcsRUFBRSxLQUFLLENBQUMsTUFBTSxRQUFRLENBQUMsQ0FBQyxDQUFDLFFBQVEsSUFBSTtDQUNoRCxxQkFBcUIsWUFBWSxxQkFBcUIsQ0FBQyxDQUFDLFFBQVEsR0FBSTs7Q0FFcEUsc0JBQXNCLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLFFBQVEsQ0FBQztDQUMvRCxxQkFBcUIsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksR0FBRyxDQUFDLENBQUMsUUFBUSxFQUFFO0NBQ2hFLHFCQUFxQixFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxHQUFHLENBQUMsQ0FBQyxRQUFRLEVBQUU7Q0FDaEUsb0JBQW9CLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLFFBQVEsQ0FBQztDQUM3RCxpQkFBaUIsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksR0FBRyxDQUFDLENBQUMsUUFBQSxFQUFpQzs7Q0FFbkYsY0FBYyxFQUFFLE1BQU0sQ0FBQyxFQUFFLFFBQVEsQ0FBQyxHQUFHLEVBQUUsUUFBUSxDQUFDLENBQUMsR0FBRyxFQUFFLE9BQU8sa0RBQWtELENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQztDQUMzSCxjQUFjLGFBQWEscUJBQXFCLEdBQUksQ0FBQyxDQUFDLFFBQVEsSUFBSTtBQUNwRSxDQUFDOzs7QUFPRCxTQUFTLGdCQUFtRSxPQUE4QjtDQUN4RyxPQUFPLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxDQUFDLENBQUMsS0FBSyxDQUFDLEtBQUssWUFBWSxDQUFDLEtBQUssT0FBTyxPQUFPLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDO0FBQzNHO0FBRUEsTUFBYSxtQkFBbUI7Q0FDOUIsZ0JBQWdCLE1BQU0sRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLENBQUMsR0FBRyxjQUFjO0NBQzlELG1CQUFtQixPQUNqQixFQUFFLE9BQU8sZ0JBQWdCLGVBQWUsS0FBSyxDQUFDLENBQUMsQ0FBQyxhQUFhLEdBQUcsUUFBUTtFQUN0RSxJQUFJLEVBQUUsdUJBQXVCLEVBQUUsdUJBQXVCLEVBQUUsc0JBQXNCLEVBQUUscUJBQzlFLElBQUksU0FBUztHQUNYLE1BQU07R0FDTixNQUFNLENBQUMscUJBQXFCO0dBQzVCLFNBQVM7RUFDWCxDQUFDO0NBRUwsQ0FBQyxHQUNELGdCQUdBLEVBQ0UsYUFBYTtFQUNYO0VBQ0E7RUFDQTtFQUNBO0VBQ0E7RUFDQTtFQUNBO0NBQ0YsRUFDRixDQUNGO0FBQ0Y7O0FDM0RBLE1BQWEsZ0JBQWdCO0NBQzNCLGNBQWMsTUFBTSxFQUFFLE9BQU8sRUFBRSxpQkFBaUIsRUFBRSxRQUFRLENBQUMsQ0FBQyxRQUFRLEtBQUssRUFBRSxDQUFDLEdBQUcsRUFBRSxNQUFNLFdBQVcsQ0FBQztDQUNuRyxnQkFBZ0IsT0FDZCxFQUFFLE9BQU87RUFBRSxNQUFNLGFBQWEsWUFBWSxHQUFHO0VBQUcsTUFBTSxFQUFFLEtBQUssYUFBYSxFQUFFLE9BQU8saUJBQWlCLENBQUM7Q0FBRSxDQUFDLEdBQ3hHLGFBRUEsRUFBRSxhQUFhLENBQUMsWUFBWSxFQUFFLENBQ2hDO0NBQ0EsZ0JBQWdCLE9BQ2QsRUFBRSxPQUFPO0VBQ1A7RUFDQSxpQkFBaUI7RUFDakIsTUFBTSxhQUFhLFlBQVksR0FBRztFQUNsQyxNQUFNLEVBQUUsS0FBSyxhQUFhLEVBQUUsT0FBTyxpQkFBaUIsQ0FBQztFQUNyRCxRQUFRLEVBQUUsUUFBUTtDQUNwQixDQUFDLEdBQ0QsYUFDQSxFQUFFLGFBQWE7RUFBQztFQUFjO0VBQWU7RUFBaUI7RUFBc0I7Q0FBZSxFQUFFLENBQ3ZHO0FBQ0Y7O0FDbkJBLE1BQWEsTUFBTSxFQUFFLE9BQU8sRUFBRSxPQUFPLGdDQUFnQyxDQUFDLENBQUMsQ0FBQyxNQUFNLGFBQWEsRUFBRSxPQUFPLGdDQUFnQyxDQUFDO0FBRXJJLE1BQU0sY0FBYyxFQUFFLE9BQU87Q0FBRTtDQUFJLE1BQU0sRUFBRSxPQUFPO0NBQUcsTUFBTSxFQUFFLEtBQUssV0FBVztBQUFFLENBQUM7QUFFaEYsTUFBYSxlQUFlOztDQUUxQixlQUFlLE1BQ2IsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLENBQUMsR0FDdkIsRUFBRSxPQUFPO0VBQ1AsT0FBTyxZQUFZLFNBQVM7RUFDNUIsWUFBWSxFQUFFLFFBQVE7RUFDdEIsT0FBTyxFQUFFLE1BQU0sV0FBVztFQUMxQixpQkFBaUIsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxTQUFTO0NBQzdDLENBQUMsQ0FDSDtDQUNBLG1CQUFtQixPQUNqQixFQUNHLE9BQU87RUFBRSxNQUFNLGFBQWEsYUFBYSxHQUFHO0VBQUc7RUFBSyxZQUFZLEVBQUUsT0FBTztDQUFFLENBQUMsQ0FBQyxDQUM3RSxRQUFRLE1BQU0sRUFBRSxRQUFRLEVBQUUsWUFBWTtFQUFFLE1BQU0sQ0FBQyxZQUFZO0VBQUcsT0FBTztDQUFpRCxDQUFDLEdBQzFILGFBQ0EsRUFBRSxhQUFhLENBQUMsZUFBZSxZQUFZLEVBQUUsQ0FDL0M7O0NBRUEsZUFBZSxPQUFPLEVBQUUsT0FBTztFQUFFLFNBQVM7RUFBSTtDQUFJLENBQUMsR0FBRyxhQUFhLEVBQUUsYUFBYSxDQUFDLGFBQWEsRUFBRSxDQUFDOztDQUVuRyxnQkFBZ0IsTUFBTSxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsS0FBSyxDQUFDLFlBQVksTUFBTSxDQUFDLENBQUMsQ0FBQyxRQUFRLFVBQVUsRUFBRSxDQUFDLEdBQUcsRUFBRTs7Q0FFaEcsZUFBZSxPQUFPLEVBQUUsT0FBTztFQUFFLFNBQVM7RUFBSTtFQUFLLFlBQVksRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLFNBQVM7Q0FBRSxDQUFDLEdBQUcsSUFBSSxFQUNsRyxhQUFhLENBQUMsY0FBYyxhQUFhLEVBQzNDLENBQUM7QUFDSDs7QUMvQkEsTUFBTSxlQUFlLEVBQUUsT0FBTztDQUM1QixRQUFRLEVBQUUsT0FBTztDQUNqQixNQUFNLEVBQUUsS0FBSyxDQUFDLE9BQU8sUUFBUSxDQUFDO0NBQzlCLFFBQVEsRUFBRSxRQUFRO0NBQ2xCLGNBQWMsRUFBRSxPQUFPLENBQUMsQ0FBQyxTQUFTO0NBQ2xDLGdCQUFnQixFQUFFLE9BQU8sQ0FBQyxDQUFDLFNBQVM7Q0FDcEMsT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLFlBQVk7QUFDdEMsQ0FBQztBQUVELE1BQWEsYUFBYSxFQUFFLE9BQU87Q0FDakM7Q0FDQSxJQUFJLEVBQUUsT0FBTztDQUNiLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxTQUFTO0NBQ25DLFdBQVcsRUFBRSxPQUFPLENBQUMsQ0FBQyxTQUFTO0NBQy9CLFFBQVEsRUFBRSxPQUFPO0NBQ2pCLFVBQVUsRUFBRSxPQUFPO0NBQ25CLFFBQVEsRUFBRSxPQUFPO0NBQ2pCLFFBQVEsRUFBRSxRQUFRO0NBQ2xCLE9BQU8sRUFBRSxRQUFRO0NBQ2pCLFFBQVEsRUFBRSxPQUFPLENBQUMsQ0FBQyxTQUFTO0FBQzlCLENBQUM7QUFHRCxNQUFNLFlBQVksRUFBRSxPQUFPO0NBQ3pCLFFBQVEsRUFBRSxPQUFPLENBQUMsQ0FBQyxNQUFNLGtCQUFrQixFQUFFLE9BQU8seUJBQXlCLENBQUM7Q0FDOUUsVUFBVSxFQUFFLE1BQU0sQ0FBQyxJQUFJLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxVQUFVLE1BQU07QUFDckUsQ0FBQztBQUVELE1BQWEsaUJBQWlCO0NBQzVCLGlCQUFpQixNQUNmLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxDQUFDLEdBQ3ZCLEVBQUUsT0FBTztFQUNQLGNBQWMsRUFBRSxPQUFPO0VBQ3ZCLFlBQVksRUFBRSxPQUFPO0dBQUUsSUFBSSxFQUFFLE9BQU87R0FBRyxNQUFNLEVBQUUsT0FBTztHQUFHLFFBQVEsRUFBRSxPQUFPO0VBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUztFQUN4RixTQUFTLEVBQUUsTUFBTSxZQUFZO0VBQzdCLFNBQVMsRUFBRSxNQUFNLEVBQUUsT0FBTztHQUFFLE1BQU0sRUFBRSxPQUFPO0dBQUcsSUFBSSxFQUFFLE9BQU87R0FBRyxPQUFPLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsWUFBWTtHQUFHLFFBQVEsRUFBRSxPQUFPO0VBQUUsQ0FBQyxDQUFDO0VBQzFILFVBQVUsRUFBRSxNQUFNLEVBQUUsT0FBTyxDQUFDO0VBQzVCLFFBQVEsRUFBRSxPQUFPLENBQUMsQ0FBQyxTQUFTO0NBQzlCLENBQUMsQ0FDSDtDQUNBLG9CQUFvQixLQUNsQixFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQyxHQUN2QixFQUFFLE9BQU87RUFDUCxNQUFNLEVBQUUsTUFBTSxFQUFFLE9BQU87R0FBRSxNQUFNLEVBQUUsT0FBTztHQUFHLElBQUksRUFBRSxPQUFPO0dBQUcsT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLFlBQVk7RUFBRSxDQUFDLENBQUM7RUFDbkcsVUFBVSxFQUFFLE1BQU0sRUFBRSxPQUFPLENBQUM7Q0FDOUIsQ0FBQyxHQUNELEVBQUUsYUFBYSxDQUFDLGVBQWUsRUFBRSxDQUNuQzs7O0NBR0Esa0JBQWtCLEtBQ2hCLEVBQUUsT0FBTyxFQUFFLE1BQU0sYUFBYSxtQkFBbUIsR0FBSSxFQUFFLENBQUMsR0FDeEQsRUFBRSxPQUFPO0VBQ1AsTUFBTSxFQUFFLE9BQU87RUFDZixJQUFJLEVBQUUsUUFBUTtFQUNkLFVBQVUsRUFBRSxNQUFNLEVBQUUsT0FBTyxDQUFDO0VBQzVCLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxTQUFTO0VBQzdCLGVBQWUsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxZQUFZO0VBQzVDLGNBQWMsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxZQUFZO0VBQzNDLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxZQUFZO0VBQ3RDLFVBQVUsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxZQUFZO0VBQ3ZDLGNBQWMsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxZQUFZO0VBQzNDLFNBQVMsRUFBRSxRQUFRO0NBQ3JCLENBQUMsR0FDRDtFQUFFLGFBQWEsQ0FBQztFQUFHLFNBQVM7Q0FBZ0UsQ0FDOUY7Q0FDQSxrQkFBa0IsS0FDaEIsRUFBRSxPQUFPLEVBQUUsTUFBTSxhQUFhLG1CQUFtQixHQUFJLEVBQUUsQ0FBQyxHQUN4RCxFQUFFLE9BQU87RUFDUCxjQUFjLEVBQUUsT0FBTztFQUN2QixjQUFjLEVBQUUsT0FBTztFQUN2QixjQUFjLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSTtFQUM3QixhQUFhLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSTtFQUM1QixjQUFjLEVBQUUsT0FBTyxDQUFDLENBQUMsU0FBUztDQUNwQyxDQUFDLEdBQ0QsRUFBRSxhQUFhLE1BQU0sQ0FDdkI7Q0FDQSxpQkFBaUIsS0FDZixFQUFFLE9BQU8sRUFBRSxRQUFRLGFBQWEsNkJBQTZCLEdBQUksRUFBRSxDQUFDLEdBQ3BFLEVBQUUsT0FBTztFQUFFLFFBQVEsRUFBRSxPQUFPO0VBQUcsUUFBUSxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLFlBQVk7RUFBRyxPQUFPLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsWUFBWTtDQUFFLENBQUMsR0FDOUc7RUFDRSxhQUFhLENBQUM7RUFDZCxTQUFTO0NBQ1gsQ0FDRjs7Q0FFQSxpQkFBaUIsTUFDZixFQUFFLE9BQU87RUFDUCxTQUFTLEVBQUUsTUFBTSxTQUFTLENBQUMsQ0FBQyxJQUFJLEdBQUcsRUFBRSxPQUFPLDRCQUE0QixDQUFDLENBQUMsQ0FBQyxJQUFJLEdBQUc7RUFDbEYsT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxHQUFJLENBQUMsQ0FBQyxRQUFRLEdBQUc7Q0FDdEQsQ0FBQyxHQUNELEVBQUUsTUFBTSxVQUFVLENBQ3BCO0FBQ0Y7O0FDL0VBLE1BQWEsV0FBVztDQUN0QixHQUFHO0NBQ0gsR0FBRztDQUNILEdBQUc7Q0FDSCxHQUFHO0NBQ0gsR0FBRztDQUNILEdBQUc7Q0FDSCxHQUFHO0NBQ0gsR0FBRztDQUNILEdBQUc7Q0FDSCxHQUFHO0NBQ0gsR0FBRztDQUNILEdBQUc7Q0FDSCxHQUFHO0NBQ0gsR0FBRztDQUNILEdBQUc7QUFDTDtBQU9BLE1BQWEsV0FBVyxPQUFPLEtBQUssUUFBUTs7QUNuQzVDLE1BQU0sYUFBYTtDQUNqQjtDQUNBO0NBQ0E7Q0FDQTtDQUNBO0NBQ0E7Q0FDQTtDQUNBO0NBQ0E7Q0FDQTtDQUNBO0FBQ0Y7QUFHdUMsV0FBVyxLQUFLLElBQUk7O0FBRzNELE1BQWEsK0JBQStCLFdBQVcsUUFBUSxNQUFNLENBQUMsRUFBRSxXQUFXLGlCQUFpQixDQUFDLENBQUMsQ0FBQyxLQUFLLElBQUk7O0FBR2hILE1BQWEsdUJBQXVCOztBQUdwQyxTQUFnQiwwQkFBMEIsTUFBc0I7Q0FDOUQsSUFBSSxDQUFDLEtBQUssU0FBQSwwQ0FBNkIsR0FBRyxNQUFNLElBQUksTUFBTSxxQkFBcUIscUJBQXFCLGNBQWM7Q0FDbEgsT0FBTyxLQUFLLFFBQVEsc0JBQXNCLHVEQUF1RCw2QkFBNkIsS0FBSztBQUNySTs7QUN6QkEsTUFBTSxPQUFPLFlBQVk7QUFLekIsTUFBTSxnQkFBZ0IsRUFBRSxpQkFBaUIsRUFBRSxRQUFRO0NBQUUsUUFBUTtDQUFPLGdCQUFnQjtBQUFhLEVBQUUsRUFBRTtBQUNyRyxNQUFNLGdCQUFnQixFQUFFLGlCQUFpQixFQUFFLE9BQU8sUUFBUSxNQUFNLHFCQUFxQixFQUFFLEVBQUU7Ozs7O0FBTXpGLFNBQVMsbUJBQTJCO0NBQ2xDLE1BQU0sZ0JBQWdCLFFBQVEsTUFBTSx1QkFBdUI7Q0FDM0QsTUFBTSxZQUFZO0NBQ2xCLE9BQU87RUFDTCxNQUFNO0VBQ04sU0FBUztFQUNULE1BQU0sVUFBVSxRQUFRLFVBQVU7R0FDaEMsSUFBSSxDQUFDLFVBQVUsT0FBTztHQUV0QixRQUFPLE1BRGdCLEtBQUssUUFBUSxRQUFRLFVBQVUsRUFBRSxVQUFVLEtBQUssQ0FBQyxFQUFBLEVBQ3ZELE9BQU8sZ0JBQWdCLFlBQVk7RUFDdEQ7RUFDQSxLQUFLLElBQUk7R0FDUCxJQUFJLE9BQU8sV0FBVyxPQUFPO0dBQzdCLE9BQU8seUNBQXlDLEtBQUssVUFBVSxRQUFRLEVBQUU7RUFDM0U7Q0FDRjtBQUNGOztBQUdBLFNBQVMsNEJBQW9DO0NBQzNDLE9BQU87RUFBRSxNQUFNO0VBQW9CLG9CQUFvQjtHQUFFLE9BQU87R0FBTyxTQUFTO0VBQTBCO0NBQUU7QUFDOUc7QUFFQSxJQUFBLCtCQUFlLGFBQWE7Q0FDMUIsTUFBTSxFQUNKLE9BQU87RUFDTCxRQUFRLFFBQVEsTUFBTSxVQUFVO0VBS2hDLEtBQUssRUFDSCxPQUFPO0dBQ0wsT0FBTyxRQUFRLE1BQU0sd0JBQXdCO0dBQzdDLGVBQWUsUUFBUSxNQUFNLCtCQUErQjtHQUM1RCxlQUFlLFFBQVEsTUFBTSxxQkFBcUI7RUFDcEQsRUFDRjtFQUVBLGlCQUFpQixFQUFFLFNBQVMsQ0FBQyxnQkFBZ0IsRUFBRTtDQUNqRCxFQUNGO0NBQ0EsU0FBUztFQUNQLFNBQVMsQ0FBQyxpQkFBaUIsQ0FBQztFQUM1QixPQUFPO0dBQ0wsUUFBUSxRQUFRLE1BQU0sYUFBYTtHQUNuQyxLQUFLLEVBQUUsT0FBTyxRQUFRLE1BQU0sMkJBQTJCLEVBQUU7R0FFekQsaUJBQWlCO0dBQ2pCLEdBQUc7RUFDTDtDQUNGO0NBQ0EsVUFBVTtFQUNSLE1BQU0sUUFBUSxNQUFNLFVBQVU7RUFDOUIsU0FBUyxDQUFDLE1BQU0sR0FBRywwQkFBMEIsQ0FBQztFQUM5QyxPQUFPO0dBQ0wsUUFBUSxRQUFRLE1BQU0sY0FBYztHQUNwQyxHQUFHO0VBQ0w7Q0FDRjtBQUNGLENBQUMifQ==