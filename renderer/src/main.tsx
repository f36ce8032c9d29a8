import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './api/trpc';
import { App } from './App';
import { DesktopConnectionHost } from './desktop/DesktopConnectionHost';
import { trackActivity } from './session/activity';
import './styles.css';

trackActivity(window);

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
      {window.alignmentDesk && <DesktopConnectionHost bridge={window.alignmentDesk} />}
    </QueryClientProvider>
  </StrictMode>,
);
