// Display labels for the chart's words not labelled in core, in the reader's
// language: each label is read from the catalog when used (a getter), so a changed locale shows at once.
import type { MessageId } from '../../../../core/i18n/translate';
import { t } from '../../i18n';

/** A record of labels whose values are read from the catalog each time: `prefix.key` for each key. */
export function translatedLabels<K extends string>(prefix: string, keys: readonly K[]): Record<K, string> {
  const labels = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(labels, key, { enumerable: true, get: () => t(`${prefix}.${key}` as MessageId) });
  return labels;
}

// The vocabularies core labels (tiers, shade reasons, requests) are read from core's catalog: one set of words.
export { REQUEST_KIND_LABELS, REQUEST_STATUS_LABELS, SHADE_REASON_LABELS, TIER_LABELS } from '../../vocabulary';

/** Money in the clinic's locale, with the currency's own minor digits (the one formatter). */
export { formatMoney } from '../../format';
