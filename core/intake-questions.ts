// The medical questionnaire asked once, at the first session. A "yes" prompts the practitioner to
// record a contraindication at the tier shown (the practitioner decides; the tier is a hint).
import type { ContraindicationTier } from './vocabulary';

export interface IntakeQuestion {
  key: string;
  question: string;
  /** The usual tier when the answer is yes. */
  tier: ContraindicationTier;
}

export const INTAKE_QUESTIONS: readonly IntakeQuestion[] = [
  { key: 'blood_thinners', question: 'Taking blood thinners (warfarin, aspirin, others)?', tier: 'doctor_letter' },
  { key: 'heart_blood_pressure', question: 'High blood pressure or a heart condition?', tier: 'doctor_letter' },
  { key: 'diabetes', question: 'Diabetes?', tier: 'doctor_letter' },
  { key: 'pregnant', question: 'Pregnant or breast-feeding?', tier: 'temporary' },
  { key: 'keloids', question: 'Prone to keloid or raised scars?', tier: 'absolute' },
  { key: 'scalp_skin', question: 'Psoriasis, eczema or another condition on the scalp?', tier: 'temporary' },
  { key: 'retinoids_steroids', question: 'Accutane, Retin-A or steroids in the last 6 months?', tier: 'temporary' },
  { key: 'allergies', question: 'Allergies (pigments, metals, anaesthetics, latex)?', tier: 'doctor_letter' },
  { key: 'pigment_reaction', question: 'A reaction to a tattoo or pigment before?', tier: 'absolute' },
  { key: 'epilepsy', question: 'Epilepsy?', tier: 'doctor_letter' },
  { key: 'bloodborne', question: 'Hepatitis, HIV or another blood-borne condition?', tier: 'doctor_letter' },
  { key: 'chemotherapy', question: 'Chemotherapy in the last 12 months?', tier: 'temporary' },
  { key: 'laser', question: 'Laser treatment on the scalp in the last 90 days?', tier: 'temporary' },
  { key: 'temporary_alopecia', question: 'Hair loss that may be temporary (stress, illness)?', tier: 'temporary' },
  { key: 'sunburn', question: 'Sunburn on the scalp now?', tier: 'temporary' },
];
