import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/PopupApp';
import { localizePage } from '@/components/shared/localize-page';
import { ViewErrorBoundary } from '@/components/shared/ViewErrorBoundary';
import '@/components/shared/inroads.css';

localizePage();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ViewErrorBoundary>
        <PopupApp />
      </ViewErrorBoundary>
    </StrictMode>,
  );
}
