// Display labels for the charting vocabularies not already labelled in core, in the reader's
// language: each label is read from the catalog when used (a getter), so a changed locale shows at once.
import {
  CONTRAINDICATION_TIERS,
  HAIRLINE_REQUEST_KINDS,
  HAIRLINE_REQUEST_STATUSES,
  SHADE_CHANGE_REASONS,
} from '../../../../core/vocabulary';
import type { MessageId } from '../../../../core/i18n/translate';
import { t } from '../../i18n';

/** A record of labels whose values are read from the catalog each time: `prefix.key` for each key. */
export function translatedLabels<K extends string>(prefix: string, keys: readonly K[]): Record<K, string> {
  const labels = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(labels, key, { enumerable: true, get: () => t(`${prefix}.${key}` as MessageId) });
  return labels;
}

export const TIER_LABELS = translatedLabels('chart.tier', CONTRAINDICATION_TIERS);
export const SHADE_REASON_LABELS = translatedLabels('chart.shadeReason', SHADE_CHANGE_REASONS);
export const REQUEST_KIND_LABELS = translatedLabels('chart.requestKind', HAIRLINE_REQUEST_KINDS);
export const REQUEST_STATUS_LABELS = translatedLabels('chart.requestStatus', HAIRLINE_REQUEST_STATUSES);

/** Money in the clinic's locale, with the currency's own minor digits (the one formatter). */
export { formatMoney } from '../../format';
