import type { Envelope } from '../../shared/ipc';

// A large answer that has not changed (the plan's rows) is serialised once, not per request.
// Escaping the rare non-ASCII characters keeps the body pure ASCII: the browser decodes it on its
// fast path and holds the text (13 MB for 50,000 objectives) at one byte per character, not two.
const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const serialised = new WeakMap<object, string>();

/** An envelope as the JSON text browser mode sends, made in the backend so the server only passes text on. */
export function envelopeJson(envelope: Envelope<unknown>): string {
  if (!envelope.ok) return JSON.stringify(envelope);
  const value = envelope.value;
  if (!value || typeof value !== 'object') return JSON.stringify(envelope);
  let text = serialised.get(value);
  if (text === undefined) serialised.set(value, (text = asciiJson(value)));
  return `{"ok":true,"value":${text}}`;
}
