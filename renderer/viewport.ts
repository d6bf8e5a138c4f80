/**
 * The visible rectangle of the cascade in layout coordinates, for "export the current view". The
 * graph registers how to read it; the export dialog asks.
 */
export const currentView: { read: (() => { x: number; y: number; width: number; height: number } | null) | null } = { read: null };
