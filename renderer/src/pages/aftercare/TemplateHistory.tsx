// The versions of one template, newest first, with how many sheets each was printed on.
import { useApiQuery } from '../../api/useApi';
import { formatDateTime } from '../../format';
import { t as tr } from '../../i18n';

export function TemplateHistory({ templateKey }: { templateKey: string }) {
  const t = useApiQuery('aftercare.templates.get', { key: templateKey });
  if (!t.data) return null;
  return (
    <section aria-label={tr('aftercare.history.label')}>
      <h2>{tr('aftercare.history.label')}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{tr('aftercare.history.version')}</th>
            <th scope="col">{tr('aftercare.history.saved')}</th>
            <th scope="col">{tr('aftercare.history.prints')}</th>
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
