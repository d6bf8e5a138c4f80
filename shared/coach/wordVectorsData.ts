/**
 * The shipped word vectors, decoded once. Imported by whatever runs the coach (the findings worker,
 * `cascade lint`, the export); the renderer's main thread loads it on demand (renderer/findings.ts),
 * so its 2 MB never delays the first painted card.
 */
import bytes from './wordVectors.bin';
import { decodeWordVectors } from './vectors';

export const WORD_VECTORS = decodeWordVectors(bytes);
