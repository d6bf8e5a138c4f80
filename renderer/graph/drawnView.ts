import type { Lod, Viewport } from './lodCanvas';

/**
 * What the graph drew last: the viewport, the level of detail and how many cards were in view. The
 * graph writes it each frame it draws; the overview and the test build's hooks read it, so none of
 * them has to ask React Flow or the DOM.
 */
export const drawn: { view: Viewport | null; lod: Lod; inView: number } = { view: null, lod: 'cards', inView: 0 };
