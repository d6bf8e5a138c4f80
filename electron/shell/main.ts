import { app } from 'electron';
import { createContext } from './context';
import { runLifecycle } from './lifecycle';
import { refreshChrome } from './menu';
import { registerScheme } from './protocol';

// The Electron entry point (out/electron/main.cjs). electron/shell is the only code that imports
// `electron`; everything it drives (the plan, the handlers, exports) is plain Node.
registerScheme();
const ctx = createContext(app.getPath('userData'));
ctx.refreshChrome = () => refreshChrome(ctx);
runLifecycle(ctx);
