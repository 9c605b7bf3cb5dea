// The consent texts a new clinic starts with (version 1 of each); the owner edits them under Forms.
import type { ConsentKind } from './clinic-documents';

export const DEFAULT_CONSENTS: Record<ConsentKind, { title: string; body: string }> = {
  treatment_consent: {
    title: 'Consent to scalp micropigmentation',
    body: [
      'I agree to have scalp micropigmentation (SMP): pigment placed in the upper layer of the skin of my scalp with fine needles to look like hair follicles.',
      'The treatment has been explained to me: it usually takes two or three sessions, the pigment fades over the years and needs touch-ups, and the result cannot be fully removed.',
      'I have been told about the risks: redness, swelling and tenderness for a few days, infection if the aftercare is not followed, an allergic reaction to the pigment, and a shade or shape that differs from what was planned.',
      'I have answered the medical questions truthfully and will tell the clinic of any change before each session. I will follow the aftercare instructions I am given.',
      'I have had the chance to ask questions, and I give my consent freely.',
    ].join('\n\n'),
  },
  photo_consent: {
    title: 'Consent to clinical photographs',
    body: [
      'I agree that the clinic may take photographs of my scalp before and after each session, to plan the treatment and compare the result over time.',
      'The photographs are part of my clinical record: they are kept encrypted on the clinic’s computer and are seen only by the practitioners and the owner. They are not shown to anyone else or used for marketing without my separate consent.',
      'I may withdraw this consent at any time; photographs already taken stay in my record.',
    ].join('\n\n'),
  },
  marketing_consent: {
    title: 'Consent to the use of photographs for marketing',
    body: [
      'I agree that the clinic may use photographs of my scalp in its marketing: its website, social media and printed material. My face and name will not be shown unless I agree separately.',
      'This consent is optional and separate from my treatment: saying no changes nothing about my care.',
      'I may withdraw it at any time; the clinic will then stop using my photographs in new material.',
    ].join('\n\n'),
  },
};
