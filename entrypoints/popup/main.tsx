import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <main>Inroads</main>
    </StrictMode>,
  );
