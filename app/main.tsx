import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './shell/App';
import { basePath } from './shell/paths';
import './shell/styles.css';

const root = document.getElementById('root') as HTMLElement;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

/** The site path of this address, without the base path or a trailing slash. */
const here = window.location.pathname.slice(basePath.length).replace(/(.)\/$/, '$1') || '/';

// A prerendered page (npm run build) holds the app's HTML for its own path: React takes it over. The dev
// server (npm start) serves an empty root, and a static host may serve another page's HTML (its 404.html,
// or index.html as a fallback) for an address it has no file for: then React renders afresh.
if (root.dataset.prerendered === here) hydrateRoot(root, app);
else {
  root.replaceChildren();
  createRoot(root).render(app);
}
