import { api } from './api';

/**
 * Loaded as a classic script before the app's bundle: the plan starts loading while React and the
 * rest of the app are still being parsed, instead of after them.
 */
window.__planRequest = api.getPlan(undefined);

// The main thread is idle while the bundle downloads. The first number formatted in a page loads
// the locale's data (~25 ms, measured in the top bar's first render), and the cards wait for
// their font: both start now, off the path from the bundle to the first card.
try {
  new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 }).format(1234.5);
  new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 }).formatToParts(1234567.5);
  void document.fonts.load('600 16px "Card Sans"');
  void document.fonts.load('400 13px "Card Sans"');
} catch {
  // Only a head start: the app formats and loads the same things itself.
}
