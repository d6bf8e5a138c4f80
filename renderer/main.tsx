import '@xyflow/react/dist/style.css';
import './styles.css';
import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './workshop/workshop.css';
import { loadPlan } from './store';
import { applyTheme } from './theme';

// The audience view is a second window's whole screen; the planner's first screen does not load it.
const AudienceView = lazy(() => import('./workshop/AudienceView').then((m) => ({ default: m.AudienceView })));

applyTheme();

// Before the first render: when the plan has already arrived (prefetch.ts asked for it while this
// bundle loaded), the first frame React draws is the cascade, not a loading screen.
void loadPlan();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* The audience address of workshop mode (a second tab, or the projector's window). */}
    {location.hash === '#audience' ? (
      <Suspense fallback={null}>
        <AudienceView />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);
