// A translated sentence with elements inside it (a date in <strong>, a path in <code>): the message
// is formatted with a marker per element (private-use characters no message holds), then split at
// the markers, so each language keeps its own word order around them.
import { Fragment, type ReactNode } from 'react';
import type { MessageId, MessageValues } from '../../../../core/i18n/translate';
import { t } from '../../i18n';

export function tRich(id: MessageId, nodes: Record<string, ReactNode>, values: MessageValues = {}): ReactNode[] {
  const keys = Object.keys(nodes);
  const marks = Object.fromEntries(keys.map((k, i) => [k, `\uE000${i}\uE001`]));
  return t(id, { ...values, ...marks })
    .split(/\uE000(\d+)\uE001/)
    .map((part, i) => (i % 2 === 1 ? <Fragment key={i}>{nodes[keys[Number(part)]!]}</Fragment> : part));
}
