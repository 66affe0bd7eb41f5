// antd's component styles, prebuilt (App.tsx: zeroRuntime).
import 'antd/dist/antd.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';

/** Renders the console into #root (main.tsx calls it once the opened page's code is there too). */
export const start = (): void => {
  const root = document.getElementById('root');
  if (root === null) throw new Error('index.html has no #root');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
};
