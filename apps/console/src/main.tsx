import { preloadPageAt } from './pages';

// The entry is small: it starts fetching the opened page's code and, beside it, the console's frame
// (React, antd, the shell: boot.tsx), instead of fetching the page only after the frame has run.
preloadPageAt(window.location.pathname);
void import('./boot');
