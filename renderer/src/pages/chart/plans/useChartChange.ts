// One place for the chart's reception changes: call the channel (which refreshes what it made
// stale), keep field errors beside their fields, and after a conflict make the next save knowingly.
import { useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../../api/contract';
import type { ApiResult } from '../../../../../api/result';
import { call } from '../../../api/client';
import { t } from '../../../i18n';

export interface ChangeState {
  busy: boolean;
  /** Field name → message, from the API's validation. */
  fields: Record<string, string>;
  /** A message that belongs to no one field. */
  message: string | null;
}

/** A form editing a record with a version: told the version now on file after a conflict. */
export interface Rebase {
  rebase(version: number): void;
}

export function useChartChange() {
  const [state, setState] = useState<ChangeState>({ busy: false, fields: {}, message: null });

  async function run<C extends Channel>(channel: C, input: ChannelInput<C>, edit?: Rebase): Promise<ChannelOutput<C> | null> {
    setState({ busy: true, fields: {}, message: null });
    const result = await call(channel, input).catch((e: unknown): ApiResult<never> => ({
      ok: false,
      error: { code: 'internal', message: e instanceof Error ? e.message : t('chart.change.notSent') },
    }));
    if (!result.ok) {
      // The conflict message says to review their changes (now on screen); the next save is made over them.
      const current = result.error.code === 'conflict' ? (result.error.current as { version?: unknown } | undefined) : undefined;
      if (edit && typeof current?.version === 'number') edit.rebase(current.version);
      const fields = result.error.fields ?? {};
      setState({ busy: false, fields, message: Object.keys(fields).length ? null : result.error.message });
      return null;
    }
    setState({ busy: false, fields: {}, message: null });
    return result.data;
  }

  /** Shows a client-side check the same way as the API's. */
  function fail(fields: Record<string, string>) {
    setState({ busy: false, fields, message: null });
  }

  return { ...state, run, fail };
}

/** 'YYYY-MM-DDTHH:mm' from a datetime-local input → an ISO instant, read in this machine's zone. */
export function localInputToInstant(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** An instant → the value a datetime-local input shows. */
export function instantToLocalInput(instant: string | Date): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}
