import { LEVEL_LABEL, type KeyResult } from '../model';
import { FIELDS } from './fields';
import { canonicalOrder } from './order';
import type { ExportablePlan } from './types';

/*
 * OPML 2.0 for mind-map and outliner tools (read back by opmlRead.ts). Each objective is an <outline> whose `text` is its
 * title and whose `_note` is its description; its key results are child outlines with the numbers
 * in the text (“KR: title (0 → 5 → 12 accounts)”), before its child objectives. `cascadeType` says
 * which is which, and the stored fields ride along as extra attributes (ignored by tools that do
 * not know them).
 */

/** Characters XML 1.0 cannot carry at all, even as references: replaced by U+FFFD. */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for an attribute value in double quotes. Tabs and line breaks (including NEL and
 * U+2028/2029, which XML 1.1 and some parsers treat as line ends) are written as character
 * references, so attribute-value normalisation cannot turn them into spaces.
 */
export function xmlAttr(s: string): string {
  return s.replace(INVALID_XML, '\uFFFD').replace(/[&<>"\t\n\r\u0085\u2028\u2029]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return `&#${c.charCodeAt(0)};`;
    }
  });
}

/** Escapes text for element content; line ends that parsers normalise are written as references. */
const xmlText = (s: string): string =>
  s
    .replace(INVALID_XML, '\uFFFD')
    .replace(/[&<>\r\u0085\u2028\u2029]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `&#${c.charCodeAt(0)};`));

// An empty date is written out: without it, a reader fills the dates its period label names
// ("2026" → 2026-01-01…2026-12-31), which an objective with a label and no dates does not have.
const KEPT_EMPTY = new Set(['periodStart', 'periodEnd']);
const attrs = (pairs: ReadonlyArray<readonly [string, unknown]>): string =>
  pairs
    .filter(([k, v]) => v !== null && v !== undefined && (v !== '' || KEPT_EMPTY.has(k)))
    .map(([k, v]) => ` ${k}="${xmlAttr(typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v))}"`)
    .join('');

/** Fields shown otherwise, and attribute names this exporter sets itself. */
const SHOWN = new Set(['title', 'description', 'text', '_note', 'levelLabel', 'cascadeType']);

/** Extra attributes: every schema field except those already shown as text/_note. */
function fieldAttrs(item: object, kind: 'objective' | 'keyResult'): Array<readonly [string, unknown]> {
  const src = item as Record<string, unknown>;
  // A key result's text also carries its numbers, so its title rides along on its own, exactly.
  return FIELDS[kind].filter((s) => !SHOWN.has(s.name) || (kind === 'keyResult' && s.name === 'title')).map((s) => [s.name, src[s.name]] as const);
}

/** The same reading as the Markdown outline: numbers, unit, and the kind unless the numbers imply it. */
function krText(kr: KeyResult): string {
  const unit = kr.unit.trim() ? ` ${kr.unit}` : '';
  const implied = kr.target < kr.start ? 'decrease' : 'increase';
  const kind = kr.kind !== implied ? `, ${kr.kind.replace(/_/g, ' ')}` : '';
  return `KR: ${kr.title} (${kr.start} → ${kr.current} → ${kr.target}${unit}${kind})`;
}

/** Nesting deeper than this is not indented further, so that a very deep chain stays linear in size. */
const MAX_INDENT = 40;

export function planToOpml(plan: ExportablePlan): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${xmlText(plan.meta.name)}</title>`,
    '  </head>',
    '  <body>',
  ];
  const pad = (depth: number) => '  '.repeat(Math.min(depth, MAX_INDENT) + 2);
  const entries = canonicalOrder(plan.objectives, plan.keyResults).objectives;
  // Open outlines are closed when the next objective is not deeper: iterative, any depth.
  let open = 0;
  entries.forEach((e, i) => {
    const { objective: o, depth, keyResults } = e;
    while (open > depth) out.push(`${pad(--open)}</outline>`);
    const next = entries[i + 1];
    const hasChildren = next !== undefined && next.depth > depth;
    const head =
      `<outline${attrs([['text', o.title], ['_note', o.description]])}` +
      `${attrs([['cascadeType', 'objective'], ['levelLabel', LEVEL_LABEL[o.level]], ...fieldAttrs(o, 'objective')])}`;
    if (!hasChildren && keyResults.length === 0) {
      out.push(`${pad(depth)}${head}/>`);
      return;
    }
    out.push(`${pad(depth)}${head}>`);
    for (const kr of keyResults) {
      out.push(`${pad(depth + 1)}<outline${attrs([['text', krText(kr)], ['cascadeType', 'key_result'], ...fieldAttrs(kr, 'keyResult')])}/>`);
    }
    if (hasChildren) open = depth + 1;
    else out.push(`${pad(depth)}</outline>`);
  });
  while (open > 0) out.push(`${pad(--open)}</outline>`);
  out.push('  </body>', '</opml>');
  return `${out.join('\n')}\n`;
}
