import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import { planToOpml } from '../../shared/formats';

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
