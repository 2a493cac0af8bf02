import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { viewerQueryOptions } from '@sli/shared/data-access';
import { Providers } from './providers';
import { queryClient } from './router';
import './styles.css';

// Who is signed in, asked for at once, while the page's chunk loads: the router draws nothing (the
// sign-in guard included) until a lazy route has loaded, so the guard's own request would wait for it.
// Not on the sign-in page, nor on a published scorecard framed by another site.
if (!/^\/(?:sign-in|embed\/)/.test(window.location.pathname)) void queryClient.prefetchQuery(viewerQueryOptions);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <Providers />
  </StrictMode>,
);
