// Which queries a change makes stale, as its contract declares; 'all' when it does not say.
import { contract, type Channel } from './contract';

export function staleAfter(channel: Channel): readonly string[] | 'all' {
  const def = contract[channel] as { invalidates?: readonly string[] | 'all' };
  return def.invalidates ?? 'all';
}
