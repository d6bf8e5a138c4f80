import { api } from './api';

/**
 * Loaded as a classic script before the app's bundle: the plan starts loading while React and the
 * rest of the app are still being parsed, instead of after them.
 */
window.__planRequest = api.getPlan(undefined);
