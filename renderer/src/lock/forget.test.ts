// The lock empties this window's react-query cache: under Node with a real cache holding what a
// chart screen holds, only who is signed in is left.
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { forgetClientData } from './forget';

describe('forgetting what the pages fetched', () => {
  it('leaves only auth.status in the cache, and no mutation', async () => {
    const client = new QueryClient();
    const chart = { client: { firstName: 'Zanele', lastName: 'Okonkwo' }, intake: { answers: { allergies: { detail: 'Nickel' } } } };
    client.setQueryData(['clients.chart', { id: 7 }], chart);
    client.setQueryData(['clients.list', { query: 'Okon' }], [chart.client]);
    client.setQueryData(['drafts.get', { clientId: 7, form: 'session' }], { data: { notes: 'typed' } });
    client.setQueryData(['auth.status', {}], { actor: { id: 1, name: 'Olu' }, staff: [] });
    await client
      .getMutationCache()
      .build(client, { mutationFn: (v: string) => Promise.resolve(v) })
      .execute('Zanele');
    expect(client.getMutationCache().getAll()).toHaveLength(1);

    forgetClientData(client);
    expect(
      client
        .getQueryCache()
        .getAll()
        .map((q) => q.queryKey[0]),
    ).toEqual(['auth.status']);
    expect(client.getMutationCache().getAll()).toHaveLength(0);
    expect(
      JSON.stringify(
        client
          .getQueryCache()
          .getAll()
          .map((q) => q.state.data),
      ),
    ).not.toMatch(/Zanele|Nickel|typed/);
  });
});
