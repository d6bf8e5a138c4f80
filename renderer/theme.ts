import { useStore } from './store';

/** The app follows the OS's light or dark setting unless the user picked one (View › Theme, or the top bar). */
export type Theme = 'system' | 'light' | 'dark';
const KEY = 'cascade-theme';
const ORDER: Theme[] = ['system', 'dark', 'light'];

export function currentTheme(): Theme {
  const saved = localStorage.getItem(KEY);
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

/** `data-theme` on the root element picks the palette in styles.css; "system" leaves it to prefers-color-scheme. */
export function applyTheme(theme: Theme = currentTheme()): void {
  if (theme === 'system') {
    localStorage.removeItem(KEY);
    delete document.documentElement.dataset.theme;
  } else {
    localStorage.setItem(KEY, theme);
    document.documentElement.dataset.theme = theme;
  }
}

const listeners = new Set<() => void>();

/** For useSyncExternalStore: the top bar's theme button follows a switch made from the menu. */
export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function cycleTheme(): void {
  const next = ORDER[(ORDER.indexOf(currentTheme()) + 1) % ORDER.length]!;
  applyTheme(next);
  for (const l of listeners) l();
  useStore.setState({ notice: next === 'system' ? 'Theme: follows the system' : `Theme: ${next}` });
}
