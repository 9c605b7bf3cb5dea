import { Link, useRouteError, isRouteErrorResponse } from 'react-router';
import { t } from '../i18n';

/** A page that failed shows a plain sentence, never a stack trace. */
export function RouteError() {
  const error = useRouteError();
  const missing = isRouteErrorResponse(error) && error.status === 404;
  return (
    <main className="app-main">
      <h1>{t('common.routeError.title')}</h1>
      <p>{t(missing ? 'common.routeError.missing' : 'common.routeError.failed')}</p>
      <Link to="/clients">{t('common.backToClients')}</Link>
    </main>
  );
}
