// Display labels for the charting vocabularies not already labelled in core.
import type { ContraindicationTier, HairlineRequestKind, HairlineRequestStatus, ShadeChangeReason } from '../../../../core/vocabulary';

export const TIER_LABELS: Record<ContraindicationTier, string> = {
  absolute: 'Absolute',
  temporary: 'Temporary',
  doctor_letter: 'Needs a doctor’s letter',
};

export const SHADE_REASON_LABELS: Record<ShadeChangeReason, string> = {
  faded: 'Faded',
  client_darker: 'Client asked darker',
  client_lighter: 'Client asked lighter',
  skin_response: 'Skin response',
  other: 'Other',
};

export const REQUEST_KIND_LABELS: Record<HairlineRequestKind, string> = {
  lower_hairline: 'Lower the hairline',
  raise_hairline: 'Raise the hairline',
  darker: 'Darker',
  lighter: 'Lighter',
  softer_temples: 'Softer temples',
  reshape: 'Reshape',
  other: 'Other',
};

export const REQUEST_STATUS_LABELS: Record<HairlineRequestStatus, string> = {
  open: 'Open',
  agreed: 'Agreed',
  declined: 'Declined',
  done: 'Done',
};

/** Money in the clinic's locale, with the currency's own minor digits (the one formatter). */
export { formatMoney } from '../../format';
