import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import { localizePage } from '../../components/localize-page';
import { ViewErrorBoundary } from '../../components/ViewErrorBoundary';
import '../../components/inroads.css';

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
