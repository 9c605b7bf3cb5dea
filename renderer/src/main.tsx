import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { queryClient } from './api/query-client';
import { listenToServer } from './api/server-events';
import { bridge } from './api/transport';
import { router } from './router';
import './styles.css';

// Changes made in other windows and by other people show here as the server reports them.
listenToServer(typeof bridge.subscribe === 'function' ? bridge.subscribe.bind(bridge) : undefined, queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
