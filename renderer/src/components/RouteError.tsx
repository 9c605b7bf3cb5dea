import { Link, useRouteError, isRouteErrorResponse } from 'react-router';

/** A page that failed shows a plain sentence, never a stack trace. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error) && error.status === 404 ? 'This page does not exist.' : 'This page could not be shown.';
  return (
    <main className="app-main">
      <h1>Something went wrong</h1>
      <p>{message} Nothing you saved is affected.</p>
      <Link to="/clients">Back to clients</Link>
    </main>
  );
}
