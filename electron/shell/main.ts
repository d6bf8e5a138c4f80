import { app } from 'electron';
import { startBackendProcess } from './backend';
import { createContext } from './context';
import { runLifecycle } from './lifecycle';
import { refreshChrome } from './menu';
import { registerScheme } from './protocol';

// The Electron entry point (out/electron/main.cjs). electron/shell is the only code that imports
// `electron`; the plan, the handlers and exports are plain Node, run in a utilityProcess
// (out/backend/backend.cjs) that this process only routes to.
registerScheme();
const ctx = createContext(app.getPath('userData'), startBackendProcess);
ctx.refreshChrome = () => refreshChrome(ctx);
runLifecycle(ctx);
