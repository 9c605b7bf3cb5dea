import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { request } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { formatDate, fullName } from '../format';

export function ClientListPage() {
  const [query, setQuery] = useState('');
  const search = useQuery({
    queryKey: ['clients.search', query],
    queryFn: () => request('clients.search', { query, limit: 100 }),
    placeholderData: keepPreviousData,
  });

  return (
    <section>
      <div className="page-head">
        <h1>Clients</h1>
        <Link className="button button-primary" to="/clients/new">
          New client
        </Link>
      </div>
      <div className="field search-field">
        <label htmlFor="client-search">Search clients</label>
        <input
          id="client-search"
          type="search"
          placeholder="Name, phone or email"
          value={query}
          autoFocus
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {search.error && <ErrorNotice message={search.error.message} />}
      {search.data && (
        <>
          <p className="muted" aria-live="polite">
            {search.data.total === 0 ? 'No clients match.' : `${search.data.total} client${search.data.total === 1 ? '' : 's'}`}
          </p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Phone</th>
                <th scope="col">Email</th>
                <th scope="col">Last session</th>
              </tr>
            </thead>
            <tbody>
              {search.data.rows.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/clients/${c.id}`}>{fullName(c)}</Link>
                  </td>
                  <td>{c.phone ?? '—'}</td>
                  <td>{c.email ?? '—'}</td>
                  <td>{formatDate(c.lastSessionAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
