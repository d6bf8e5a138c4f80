/**
 * The theme's colours for what the canvas draws itself (cards on the titles level, connectors), so
 * that its cards match the DOM's in both themes: the DOM titles laid over them are var(--ink), and a
 * white canvas card under light dark-theme text cannot be read. The palette's custom properties
 * hold light-dark() pairs that only a real colour property resolves, so each is read through a
 * hidden element's computed `color`, once per theme.
 */
const NAMES = ['surface', 'ink', 'ink-faint', 'line', 'chip', 'track', 'edge', 'focus'] as const;
export type CanvasPalette = Record<(typeof NAMES)[number], string>;

let probe: HTMLElement | null = null;
let cached: { key: string; palette: CanvasPalette } | null = null;

export function canvasPalette(): CanvasPalette {
  const root = document.documentElement;
  const key = `${root.dataset.theme ?? ''}|${matchMedia('(prefers-color-scheme: dark)').matches}|${matchMedia('(forced-colors: active)').matches}`;
  if (cached?.key === key) return cached.palette;
  if (!probe?.isConnected) {
    probe = document.createElement('div');
    probe.hidden = true;
    probe.setAttribute('aria-hidden', 'true');
    document.body.appendChild(probe);
  }
  const palette = {} as CanvasPalette;
  for (const name of NAMES) {
    probe.style.color = `var(--${name})`;
    palette[name] = getComputedStyle(probe).color;
  }
  cached = { key, palette };
  return palette;
}
