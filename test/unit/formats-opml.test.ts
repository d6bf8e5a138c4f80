import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import { parseOpml, planToOpml } from '../../shared/formats';

const T = '2026-02-03T04:05:06.000Z';

const plan = {
  meta: { name: 'R&D <plan> "2026"' },
  objectives: [
    makeObjective({ id: 'a', parentId: null, level: 'north_star', title: 'Grow & <win> "big"', description: 'Line 1\nLine 2\twith tab', owner: 'Ops' }, T),
    makeObjective({ id: 'b', parentId: 'a', level: 'bridge', title: "Bridge's \u0001control\u0000 chars", period: 'Q2 2026' }, T),
    makeObjective({ id: 'c', parentId: null, level: 'north_star', title: 'Second', sortOrder: 1 }, T),
  ],
  keyResults: [
    makeKeyResult({ id: 'k1', objectiveId: 'a', title: 'Accounts', unit: 'accounts', start: 0, current: 5, target: 12 }, T),
    makeKeyResult({ id: 'k2', objectiveId: 'b', title: 'Errors', unit: '%', start: 5, current: 4, target: 1, kind: 'stay_below' }, T),
  ],
};

function parse(xml: string) {
  const problems: string[] = [];
  const doc = new DOMParser({
    errorHandler: { warning: () => {}, error: (m: string) => problems.push(m), fatalError: (m: string) => problems.push(m) },
  }).parseFromString(xml, 'text/xml');
  return { doc, problems };
}

describe('OPML export', () => {
  const xml = planToOpml(plan);

  it('is well-formed OPML 2.0 with the plan name as title', () => {
    const { doc, problems } = parse(xml);
    expect(problems).toEqual([]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')).toBe(true);
    expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('R&D <plan> "2026"');
  });

  it('nests objectives, with KRs as child outlines carrying their numbers', () => {
    const { doc } = parse(xml);
    const body = doc.getElementsByTagName('body')[0]!;
    const tops = Array.from(body.childNodes).filter((n): n is Element => n.nodeType === 1);
    expect(tops.map((e) => e.getAttribute('text'))).toEqual(['Grow & <win> "big"', 'Second']);
    const a = tops[0]!;
    const kids = Array.from(a.childNodes).filter((n): n is Element => n.nodeType === 1);
    expect(kids.map((e) => [e.getAttribute('cascadeType'), e.getAttribute('text')])).toEqual([
      ['key_result', 'KR: Accounts (0 → 5 → 12 accounts)'],
      ['objective', "Bridge's \uFFFDcontrol\uFFFD chars"],
    ]);
    const b = kids[1]!;
    const kr = Array.from(b.childNodes).find((n): n is Element => n.nodeType === 1)!;
    expect(kr.getAttribute('text')).toBe('KR: Errors (5 → 4 → 1 %, stay below)');
    expect(kr.getAttribute('kind')).toBe('stay_below');
    expect(kr.getAttribute('start')).toBe('5');
  });

  it('keeps line breaks and tabs in attributes as character references', () => {
    expect(xml).toContain('_note="Line 1&#10;Line 2&#9;with tab"');
    const { doc } = parse(xml);
    expect(doc.getElementsByTagName('outline')[0]!.getAttribute('_note')).toBe('Line 1\nLine 2\twith tab');
  });
});

describe('OPML import', () => {
  it('reads our own export back: ids, nesting, every field, KR numbers', () => {
    const back = parseOpml(planToOpml(plan), { now: T });
    expect(back.errors).toEqual([]);
    expect(back.warnings).toEqual([]);
    expect(back.name).toBe('R&D <plan> "2026"');
    const clean = (s: string) => s.replace(/[\u0000-\u0008]/g, '\uFFFD');
    expect(back.objectives).toEqual(plan.objectives.map((o) => ({ ...o, title: clean(o.title) })));
    expect(back.keyResults).toEqual(plan.keyResults);
  });

  it('reads a mind-map tool’s outline: text, notes, nesting, KR lines', () => {
    const xml = [
      '<?xml version="1.0"?>',
      '<opml version="2.0"><head><title>Offsite map</title></head><body>',
      '  <outline text="Grow revenue" _note="Why it matters" created="Mon, 02 Feb 2026">',
      '    <outline text="KR: New ARR (0 → 1500000 $)"/>',
      '    <outline text="Win enterprise"><outline text="Land 3 banks"/></outline>',
      '  </outline>',
      '</body></opml>',
    ].join('\n');
    const r = parseOpml(xml, { now: T });
    expect(r.errors).toEqual([]);
    expect(r.name).toBe('Offsite map');
    expect(r.objectives.map((o) => [o.id, o.parentId, o.level, o.title, o.description])).toEqual([
      ['obj-1', null, 'north_star', 'Grow revenue', 'Why it matters'],
      ['obj-2', 'obj-1', 'bridge', 'Win enterprise', ''],
      ['obj-3', 'obj-2', 'contribution', 'Land 3 banks', ''],
    ]);
    expect(r.keyResults.map((k) => [k.objectiveId, k.title, k.start, k.target, k.unit])).toEqual([['obj-1', 'New ARR', 0, 1_500_000, '$']]);
  });

  it('refuses a file cut off while saving, and XML that is not OPML, reading nothing', () => {
    const xml = planToOpml(plan);
    for (const cut of [xml.slice(0, xml.indexOf('</body>')), xml.slice(0, xml.length / 2)]) {
      const r = parseOpml(cut, { now: T });
      expect(r.objectives).toEqual([]);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]!.message).toMatch(/this OPML file is damaged or cut off, so nothing was read/);
    }
    expect(parseOpml('<svg xmlns="http://www.w3.org/2000/svg"/>').errors[0]!.message).toMatch(/not OPML \(its root element is <svg>/);
  });
});
