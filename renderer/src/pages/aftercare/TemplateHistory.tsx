// The versions of one template, newest first, with how many sheets each was printed on.
import { useApiQuery } from '../../api/useApi';
import { formatDateTime } from '../../format';

export function TemplateHistory({ templateKey }: { templateKey: string }) {
  const t = useApiQuery('aftercare.templates.get', { key: templateKey });
  if (!t.data) return null;
  return (
    <section aria-label="Versions">
      <h2>Versions</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Saved</th>
            <th scope="col">Sheets printed</th>
          </tr>
        </thead>
        <tbody>
          {t.data.history.map((h) => (
            <tr key={h.id}>
              <td>{h.version}</td>
              <td>{formatDateTime(h.createdAt)}</td>
              <td>{h.prints}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
