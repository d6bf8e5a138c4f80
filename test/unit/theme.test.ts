/** shared/theme.ts (the exports' colours) and renderer/styles.css (the screen's) hold the same light palette. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEVEL_COLOR, THEME, THEME_CSS_VAR } from '../../shared/theme';

const css = fs.readFileSync('renderer/styles.css', 'utf8');
const lightOf = (name: string): string | undefined => new RegExp(`${name}:\\s*light-dark\\((#[0-9a-f]{3,8})`, 'i').exec(css)?.[1]?.toLowerCase();

describe('theme', () => {
  it('matches the light values of the CSS custom properties', () => {
    for (const [key, v] of Object.entries(THEME_CSS_VAR)) expect(lightOf(v), key).toBe(THEME[key as keyof typeof THEME]);
    expect(lightOf('--north-star')).toBe(LEVEL_COLOR.north_star);
    expect(lightOf('--bridge')).toBe(LEVEL_COLOR.bridge);
    expect(lightOf('--contribution')).toBe(LEVEL_COLOR.contribution);
  });
});
