import { DOMParser } from '@xmldom/xmldom';
import { decodeCell } from './csv';
import { assemble, type Draft } from './assemble';
import { FIELDS, LINK_FIELD } from './fields';
import { KR_MARK, parseKr } from './markdown';
import type { ImportOptions, ImportResult, ItemKind } from './types';
import { Issues, JSON_WORDING, looksBinary, q, nothingRead } from './validate';

/*
 * OPML import: our own export (every stored field rides along as an attribute, `cascadeType` says
 * which outline is a key result) and outlines from mind-map tools, where `text` is the title,
 * `_note` the description, nesting the cascade and a `KR:` outline a key result. A file that is not
 * well-formed XML — cut off while saving, say — is refused whole.
 */

/** Attributes outliners write that carry nothing a plan stores. */
const KNOWN = new Set(['text', '_note', 'cascadeType', 'levelLabel', 'type', 'created', 'isComment', 'isBreakpoint', 'parentId', 'objectiveId']);

const lineOf = (el: Element): number => (el as unknown as { lineNumber?: number }).lineNumber ?? 1;

export function parseOpml(text: string, options: ImportOptions = {}): ImportResult {
  const now = options.now ?? new Date().toISOString();
  const newId = options.newId ?? ((kind: ItemKind, n: number) => (kind === 'objective' ? `obj-${n}` : `kr-${n}`));
  const issues = new Issues('Line');
  const empty = () => nothingRead(issues);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksBinary(text)) {
    issues.error(1, 'this is not an OPML file (it is not a text file at all).');
    return empty();
  }
  const problems: string[] = [];
  const note = (m: string) => problems.push(m);
  const doc = new DOMParser({ locator: {}, errorHandler: { warning: note, error: note, fatalError: note } }).parseFromString(text, 'text/xml');
  const root = doc.documentElement;
  if (problems.length || !root) {
    const first = (problems[0] ?? 'no root element').replace(/^\[xmldom \w+\]\s*/, '');
    const line = Number(/line:(\d+)/.exec(first)?.[1] ?? 1);
    issues.error(line, `this OPML file is damaged or cut off, so nothing was read (${first.split('\n')[0]}).`);
    return empty();
  }
  if (root.nodeName !== 'opml') {
    issues.error(lineOf(root), `this is XML, but not OPML (its root element is <${root.nodeName}>, not <opml>).`);
    return empty();
  }
  const title = root.getElementsByTagName('title')[0];
  const name = title?.textContent?.trim() || null;
  const body = root.getElementsByTagName('body')[0];
  if (!body) {
    issues.error(lineOf(root), 'the OPML file has no <body>, so it holds no outline.');
    return empty();
  }

  const counters: Record<ItemKind, number> = { objective: 0, keyResult: 0 };
  const objectives: Draft[] = [];
  const keyResults: Draft[] = [];
  const ignored = new Map<string, number>();
  /** Reads the stored fields an outline carries as attributes (our own export). */
  const fieldsOf = (el: Element, kind: ItemKind, values: Record<string, unknown>): boolean => {
    let broken = false;
    for (const spec of FIELDS[kind]) {
      if (spec.name === LINK_FIELD[kind] || (kind === 'objective' && spec.name === 'title') || spec.name === 'description') continue;
      if (!el.hasAttribute(spec.name)) continue;
      const decoded = decodeCell(el.getAttribute(spec.name) ?? '', spec, spec.name, ',', kind);
      if (decoded === null) continue;
      if (decoded.ok) values[spec.name] = decoded.value;
      else {
        issues.error(lineOf(el), decoded.message);
        broken = true;
      }
    }
    for (let i = 0; i < el.attributes.length; i++) {
      const a = el.attributes[i]!.name;
      if (!KNOWN.has(a) && !FIELDS[kind].some((s) => s.name === a) && !ignored.has(a)) ignored.set(a, lineOf(el));
    }
    return broken;
  };

  // Iterative walk: outlines nest as deep as the plan.
  const stack: Array<{ el: Element; parent: Draft | null }> = [];
  const push = (parentEl: Element, parent: Draft | null) => {
    const kids: Element[] = [];
    for (let n = parentEl.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && n.nodeName === 'outline') kids.push(n as Element);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ el: kids[i]!, parent });
  };
  push(body, null);
  while (stack.length) {
    const { el, parent } = stack.pop()!;
    const line = lineOf(el);
    const textAttr = el.getAttribute('text') ?? '';
    const mark = KR_MARK.exec(textAttr);
    if (el.getAttribute('cascadeType') === 'key_result' || (mark && el.getAttribute('cascadeType') !== 'objective')) {
      if (!parent) {
        issues.error(line, `the key result ${q(textAttr)} is not inside an objective.`);
        continue;
      }
      // Our own export carries the title and numbers as attributes (an empty title is left out);
      // another tool's text is plain, not Markdown: backslashes doubled so parseKr keeps them.
      const own = el.getAttribute('cascadeType') === 'key_result';
      const parsed = own ? { title: el.getAttribute('title') ?? '', numbers: null } : parseKr(textAttr.slice(mark?.[0].length ?? 0).replace(/\\/g, '\\\\'));
      const values: Record<string, unknown> = { id: newId('keyResult', ++counters.keyResult), objectiveId: String(parent.values.id), title: parsed.title };
      if (parsed.numbers) Object.assign(values, { start: parsed.numbers.start, current: parsed.numbers.current, target: parsed.numbers.target, unit: parsed.numbers.unit }, parsed.numbers.kind ? { kind: parsed.numbers.kind } : {});
      const broken = fieldsOf(el, 'keyResult', values);
      if (!own && !parsed.numbers) issues.warn(line, `the key result ${q(parsed.title)} has no numbers; it starts at 0 with a target of 100.`);
      keyResults.push({ line, values, broken });
      continue;
    }
    const values: Record<string, unknown> = {
      id: newId('objective', ++counters.objective),
      parentId: parent ? String(parent.values.id) : null,
      title: textAttr,
      description: el.getAttribute('_note') ?? '',
    };
    const broken = fieldsOf(el, 'objective', values);
    const draft: Draft = { line, values, broken };
    objectives.push(draft);
    push(el, draft);
  }
  for (const [a, line] of ignored) issues.warn(line, `the attribute ${q(a)} is not part of a plan and was ignored.`);
  if (objectives.length === 0 && issues.errorCount === 0) issues.error(lineOf(body), 'the OPML file holds no outlines.');
  const assembled = assemble(objectives, keyResults, { now, issues, wording: JSON_WORDING, label: (s) => s.name });
  return { name, ...assembled, dismissals: [], errors: issues.errors, warnings: issues.warnings };
}
