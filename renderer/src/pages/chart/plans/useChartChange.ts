// One place for the chart's reception changes: call the channel, keep field errors beside their
// fields, and refresh the chart, the board and the booking window after a success.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Channel, ChannelInput, ChannelOutput } from '../../../../../api/contract';
import type { ApiResult } from '../../../../../api/result';
import { call } from '../../../api/client';

export interface ChangeState {
  busy: boolean;
  /** Field name → message, from the API's validation. */
  fields: Record<string, string>;
  /** A message that belongs to no one field. */
  message: string | null;
}

export function useChartChange(clientId: number) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<ChangeState>({ busy: false, fields: {}, message: null });

  async function run<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C> | null> {
    setState({ busy: true, fields: {}, message: null });
    const result = await call(channel, input).catch(
      (e: unknown): ApiResult<never> => ({
        ok: false,
        error: { code: 'internal', message: e instanceof Error ? e.message : 'The change could not be sent.' },
      }),
    );
    if (!result.ok) {
      const fields = result.error.fields ?? {};
      setState({ busy: false, fields, message: Object.keys(fields).length ? null : result.error.message });
      return null;
    }
    setState({ busy: false, fields: {}, message: null });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['clients.chart', clientId] }),
      queryClient.invalidateQueries({ queryKey: ['reception.board'] }),
      queryClient.invalidateQueries({ queryKey: ['reception.nextSession'] }),
      queryClient.invalidateQueries({ queryKey: ['reception.day'] }),
    ]);
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
