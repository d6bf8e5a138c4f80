import '@xyflow/react/dist/style.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadPlan } from './store';
import { applyTheme } from './theme';

applyTheme();

// Before the first render: when the plan has already arrived (prefetch.ts asked for it while this
// bundle loaded), the first frame React draws is the cascade, not a loading screen.
void loadPlan();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
