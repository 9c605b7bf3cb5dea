import { createHashRouter, Navigate } from 'react-router';
import { Layout } from './components/Layout';
import { AftercarePage } from './pages/AftercarePage';
import { ChartPage } from './pages/chart/ChartPage';
import { SigningPage } from './pages/chart/consent/SigningPage';
import { FormsPage } from './pages/forms/FormsPage';
import { ClientListPage } from './pages/ClientListPage';
import { NewClientPage } from './pages/NewClientPage';
import { ImportPage } from './pages/clients/import/ImportPage';
import { BookPage } from './pages/book/BookPage';
import { ToContactPage } from './pages/book/ToContactPage';
import { DayListPage } from './pages/reception/DayListPage';
import { ReceptionPage } from './pages/reception/ReceptionPage';
import { SettingsPage } from './pages/SettingsPage';
import { RecallPage } from './pages/traceability/RecallPage';
import { RetentionPage } from './pages/traceability/RetentionPage';
import { ReportsPage } from './pages/owner-report/ReportsPage';
import { RouteError } from './components/RouteError';

// Hash routes: the app is loaded from a file in Electron, so paths live after the '#'.
export const router = createHashRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <Navigate to="/clients" replace /> },
      { path: 'clients', element: <ClientListPage /> },
      { path: 'clients/new', element: <NewClientPage /> },
      { path: 'clients/import', element: <ImportPage /> },
      { path: 'clients/:clientId', element: <ChartPage /> },
      { path: 'clients/:clientId/sign', element: <SigningPage /> },
      { path: 'forms', element: <FormsPage /> },
      { path: 'reception', element: <ReceptionPage /> },
      { path: 'reception/day/:date', element: <DayListPage /> },
      { path: 'reception/book', element: <BookPage /> },
      { path: 'reception/contact', element: <ToContactPage /> },
      { path: 'aftercare', element: <AftercarePage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'traceability', element: <Navigate to="/traceability/recall" replace /> },
      { path: 'traceability/recall', element: <RecallPage /> },
      { path: 'traceability/retention', element: <RetentionPage /> },
    ],
  },
]);
