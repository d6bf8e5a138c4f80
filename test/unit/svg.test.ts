/**
 * SVG export: the cascade drawn from the plan's data. Every title whole in the drawn text, shelf
 * items left out, focus and viewport selection, XML escaping (parsed back with xmldom), and size:
 * 10,000 objectives and a 5,000-deep chain.
 */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { cardHeight } from '../../shared/card';
import { makeKeyResult, makeObjective } from '../../shared/defaults';
import { layoutTree } from '../../shared/layout';
import { onShelf } from '../../shared/model';
import { displayText, planToSvg, textWidth, wrap } from '../../shared/svg';
import { ROOT, indexTree } from '../../shared/tree';
import { STAMP, examplePlan, generated, planFrom } from '../helpers/plans';

const TODAY = new Date('2026-05-15T12:00:00Z');

/** Parses the SVG, failing on any XML error or warning, and checks for characters XML cannot hold. */
function parse(svg: string): Document {
  // eslint-disable-next-line no-control-regex
  expect(svg).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  expect(svg).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  const problems: string[] = [];
  const doc = new DOMParser({
    errorHandler: {
      warning: (m: string) => problems.push(`warning: ${m}`),
      error: (m: string) => problems.push(`error: ${m}`),
      fatalError: (m: string) => problems.push(`fatal: ${m}`),
    },
  }).parseFromString(svg, 'image/svg+xml');
  expect(problems).toEqual([]);
  expect(doc.documentElement?.nodeName).toBe('svg');
  return doc as unknown as Document;
}

function elements(doc: Document, name: string): Element[] {
  return Array.from(doc.getElementsByTagName(name) as unknown as ArrayLike<Element>);
}

const hasClass = (e: Element, c: string): boolean => (e.getAttribute('class') ?? '').split(' ').includes(c);

/** The drawn titles, each a <text class="title"> whose lines (tspans) join back into the title. */
function drawnTitles(doc: Document): string[] {
  return elements(doc, 'text')
    .filter((e) => hasClass(e, 'title'))
    .map((e) => e.textContent ?? '');
}

function cardIds(doc: Document): string[] {
  return elements(doc, 'g')
    .filter((e) => hasClass(e, 'card'))
    .map((e) => e.getAttribute('data-id') ?? '');
}

/** All text a reader could see or select: every <text>, <tspan> and <title>. */
function allText(doc: Document): string {
  return [...elements(doc, 'text'), ...elements(doc, 'title')].map((e) => e.textContent ?? '').join('\n');
}

describe('planToSvg', () => {
  it('draws every card as on screen, with its key results, owners and badges', () => {
    const plan = examplePlan();
    // A long title, far beyond the four-line clamp, and a long owner.
    plan.objectives.push(
      makeObjective(
        {
          id: 'long',
          parentId: 'ex1',
          level: 'contribution',
          title: `${'Consolidate the regional onboarding playbooks into one guided programme '.repeat(6)}end.`,
          owner: 'The cross-functional onboarding working group of Customer Success and Product',
          sortOrder: 9,
        },
        STAMP,
      ),
    );
    const { svg, width, height } = planToSvg(plan, { today: TODAY, badges: (id) => (id === 'ex2' ? ['No KRs', 'Stale key result'] : []) });
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
    expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
    expect(svg).toContain(`font-family="&apos;Noto Sans&apos;, sans-serif"`);
    const doc = parse(svg);
    // Drawn as on screen (shared/card.ts): the long title clamped to four lines with an ellipsis,
    // every other title whole; each card's <title> holds its whole title.
    const titles = drawnTitles(doc);
    const longTitle = displayText(plan.objectives.find((o) => o.id === 'long')!.title);
    expect(titles.filter((t) => !t.startsWith('Consolidate')).sort()).toEqual(plan.objectives.filter((o) => o.id !== 'long').map((o) => displayText(o.title)).sort());
    const clamped = titles.find((t) => t.startsWith('Consolidate'))!;
    expect(clamped.endsWith('\u2026')).toBe(true);
    expect(longTitle.startsWith(clamped.slice(0, -1).trimEnd())).toBe(true);
    expect(allText(doc)).toContain(`Contribution: ${longTitle}`);
    const text = allText(doc);
    for (const kr of plan.keyResults) expect(text).toContain(displayText(kr.title));
    for (const o of plan.objectives) if (o.owner) expect(text).toContain(o.owner);
    expect(text).toContain('Stale key result');
    expect(text).toContain('$85k');
    expect(text).toContain('$200k');
    expect(text).toContain('Strategic Advisory 2026');
    // The long title took many lines, none wider than the card's text column.
    const long = elements(doc, 'text').find((e) => hasClass(e, 'title') && (e.textContent ?? '').startsWith('Consolidate'))!;
    const lines = Array.from(long.getElementsByTagName('tspan') as unknown as ArrayLike<Element>).map((t) => t.textContent ?? '');
    expect(lines.length).toBe(4);
    for (const l of lines) expect(textWidth(l.trimEnd(), 16, 600)).toBeLessThanOrEqual(274);
    // One orthogonal connector per parent-child pair.
    // One orthogonal connector per child: down to the bus, across, down (or down a spine and in).
    const edges = elements(doc, 'path').filter((p) => /^M[\d.]+,[\d.]+( L[\d.]+,[\d.]+){3,4}$/.test(p.getAttribute('d') ?? ''));
    expect(edges).toHaveLength(plan.objectives.length - 1);
  });

  it('is deterministic', () => {
    const plan = generated(60);
    const a = planToSvg(plan, { today: TODAY });
    const b = planToSvg(structuredClone(plan), { today: TODAY });
    expect(a.svg).toBe(b.svg);
  });

  it('leaves shelf items and anything below them out', () => {
    const plan = examplePlan();
    plan.objectives.push(
      makeObjective({ id: 'shelf1', parentId: 'ex0', level: 'bridge', title: 'Renew the ISO certificate SHELFMARK', gate: 'compliance', sortOrder: 5 }, STAMP),
      makeObjective({ id: 'shelf2', parentId: null, level: 'north_star', title: 'Keep payroll running SHELFMARK', gate: 'job_requirement', sortOrder: 6 }, STAMP),
      makeObjective({ id: 'below', parentId: 'shelf1', level: 'contribution', title: 'Book the auditor SHELFMARK', sortOrder: 0 }, STAMP),
    );
    plan.keyResults.push(makeKeyResult({ id: 'shelfkr', objectiveId: 'shelf1', title: 'Audit passed SHELFMARK' }, STAMP));
    const { svg } = planToSvg(plan, { today: TODAY });
    expect(svg).not.toContain('SHELFMARK');
    const doc = parse(svg);
    expect(cardIds(doc).sort()).toEqual(['ex0', 'ex1', 'ex2']);
    expect(plan.objectives.filter(onShelf)).toHaveLength(2);
  });

  it('draws only the focused branch', () => {
    const plan = generated(80);
    const t = indexTree(plan.objectives, plan.keyResults);
    const root = t.children.get(ROOT)![0]!;
    const focus = t.children.get(root)![1]!;
    const branch = new Set<string>();
    const stack = [focus];
    while (stack.length) {
      const id = stack.pop()!;
      branch.add(id);
      stack.push(...(t.children.get(id) ?? []));
    }
    expect(branch.size).toBeGreaterThan(1);
    expect(branch.size).toBeLessThan(plan.objectives.length);
    const { svg } = planToSvg(plan, { today: TODAY, focusId: focus });
    const doc = parse(svg);
    expect(new Set(cardIds(doc))).toEqual(branch);
    expect(drawnTitles(doc).sort()).toEqual([...branch].map((id) => displayText(t.byId.get(id)!.title)).sort());
    expect(allText(doc)).toContain('Branch of');
    // An unknown focus draws the whole cascade.
    expect(cardIds(parse(planToSvg(plan, { today: TODAY, focusId: 'nope' }).svg))).toHaveLength(plan.objectives.length);
  });

  it('draws only the cards whose on-screen boxes meet the viewport', () => {
    const plan = generated(80, 5);
    const badged = new Set(plan.objectives.filter((_, i) => i % 7 === 0).map((o) => o.id));
    const badges = (id: string) => (badged.has(id) ? ['Passes one number up'] : []);
    // The on-screen layout, as renderer/layoutNodes.ts computes it for a window of this shape.
    const aspect = 1.7;
    const t = indexTree(plan.objectives, plan.keyResults);
    const screen = layoutTree(
      t,
      (id) => cardHeight(t.byId.get(id)!.title, (t.krs.get(id) ?? []).map((k) => k.title), badged.has(id)),
      () => false,
      ROOT,
      { aspect },
    );
    // A window around a card on the second level, a few cards wide.
    const anchor = [...screen.boxes.values()].filter((b) => b.y > 0)[3]!;
    const viewport = { x: anchor.x - 100, y: anchor.y + 10, width: 1100, height: 300 };
    const expected = [...screen.boxes]
      .filter(([, b]) => b.x < viewport.x + viewport.width && b.x + b.w > viewport.x && b.y < viewport.y + viewport.height && b.y + b.h > viewport.y)
      .map(([id]) => id);
    expect(expected.length).toBeGreaterThan(2);
    expect(expected.length).toBeLessThan(plan.objectives.length / 2);
    const { svg, width } = planToSvg(plan, { today: TODAY, viewport, badges, aspect });
    const doc = parse(svg);
    expect(cardIds(doc).sort()).toEqual(expected.sort());
    expect(drawnTitles(doc)).toHaveLength(expected.length);
    expect(width).toBeLessThan(planToSvg(plan, { today: TODAY }).width);
    expect(allText(doc)).toContain(`${expected.length} of 80 objectives shown`);

    // Collapsed cards hide their branches in the view as on screen.
    const top = t.children.get(ROOT)![0]!;
    const collapsedScreen = layoutTree(t, () => 100, (id) => id === top);
    expect(collapsedScreen.boxes.size).toBe(1);
    const c = planToSvg(plan, { today: TODAY, collapsed: (id) => id === top, viewport: { x: -1e6, y: -1e6, width: 2e6, height: 2e6 } });
    const cd = parse(c.svg);
    expect(cardIds(cd)).toEqual([top]);
    expect(allText(cd)).toContain('▸ 79 hidden');

    // Nothing in view: a valid picture that says so.
    const none = parse(planToSvg(plan, { today: TODAY, viewport: { x: -5000, y: -5000, width: 10, height: 10 } }).svg);
    expect(cardIds(none)).toEqual([]);
    expect(allText(none)).toContain('No objectives in this view.');
  });

  it('escapes XML-special and Unicode titles so the SVG stays well-formed', () => {
    const titles = [
      `<script>alert("x")</script> & 'quotes' ]]> <!-- -->`,
      'Café crème — naïve façade, señor Müller’s Straße; Łódź żółć',
      'Ελληνική αγορά: αύξηση μεριδίου · Расширение присутствия в Москве',
      '提高客户满意度并扩大华东市场提高客户满意度并扩大华东市场提高客户满意度并扩大华东市场',
      '한국 고객 경험 혁신 프로그램',
      'Launch 🚀 the partner programme ✨ with emoji 👩‍💻 and 👍🏽',
      'Control\u0001chars\u0008and a lone \ud800 surrogate\uffff',
      'Tabs\tand\nnew lines   and   runs of spaces',
      'Supercalifragilisticexpialidociousandthensomemorelettersthatneverstopatall-ever-ever-ever',
    ];
    const objectives = titles.map((title, i) =>
      makeObjective({ id: `u${i}&<"'>`, parentId: i === 0 ? null : `u0&<"'>`, level: i === 0 ? 'north_star' : 'bridge', title, owner: `Owner <${i}> & "co"`, sortOrder: i }, STAMP),
    );
    const keyResults = [makeKeyResult({ id: 'k1', objectiveId: `u1&<"'>`, title: 'Reach <100> & "more"', unit: '€', target: 25_000, current: 12_500 }, STAMP)];
    const plan = planFrom(objectives, keyResults, 'Plan <"&">');
    const { svg } = planToSvg(plan, { today: TODAY, badges: () => ['<b>&badge</b>'] });
    const doc = parse(svg);
    const drawn = drawnTitles(doc);
    expect(drawn.sort()).toEqual(titles.map(displayText).sort());
    expect(displayText(titles[6]!)).toBe('Control\ufffdchars\ufffdand a lone \ufffd surrogate\ufffd');
    expect(displayText(titles[7]!)).toBe('Tabs and new lines and runs of spaces');
    expect(new Set(cardIds(doc))).toEqual(new Set(objectives.map((o) => o.id)));
    const text = allText(doc);
    expect(text).toContain('Reach <100> & "more"');
    expect(text).toContain('<b>&badge</b>');
    expect(text).toContain('Owner <3> & "co"');
    expect(text).toContain('Plan <"&">');
    expect(text).toContain('€12.5k');
    // Escaped in the source, never raw.
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('wraps Chinese text between characters and splits words longer than a line', () => {
    const cjk = wrap('提高客户满意度并扩大华东市场'.repeat(4), 274, 16, 600);
    expect(cjk.length).toBeGreaterThan(1);
    expect(cjk.join('')).toBe('提高客户满意度并扩大华东市场'.repeat(4));
    const word = 'x'.repeat(200);
    const lines = wrap(`a ${word} b`, 274, 16, 600);
    expect(lines.join('')).toBe(`a ${word} b`);
    for (const l of lines) expect(textWidth(l.trimEnd(), 16, 600)).toBeLessThanOrEqual(274);
    // Joined emoji stay whole.
    const emoji = wrap('👩‍💻'.repeat(40), 100, 16);
    for (const l of emoji) expect(l).toMatch(/^(👩‍💻)+$/u);
  });

  it('handles 10,000 objectives and a 5,000-deep chain', { timeout: 120_000 }, () => {
    // Speed is the benchmark's to measure; here: it finishes, whole, without overflowing the stack.
    const big = generated(10_000, 11);
    const a = planToSvg(big, { today: TODAY });
    expect((a.svg.match(/class="card /g) ?? []).length).toBe(10_000);
    expect((a.svg.match(/class="title"/g) ?? []).length).toBe(10_000);

    const deep = generated(5_000, 2, 'deep');
    const b = planToSvg(deep, { today: TODAY });
    expect((b.svg.match(/class="card /g) ?? []).length).toBe(5_000);
    expect(b.height).toBeGreaterThan(5_000 * 56);
  });

  it('says so when the cascade is empty', () => {
    const plan = planFrom([makeObjective({ id: 's', parentId: null, level: 'north_star', title: 'Shelved', gate: 'health_metric' }, STAMP)], []);
    const { svg, width, height } = planToSvg(plan, { today: TODAY });
    const doc = parse(svg);
    expect(cardIds(doc)).toEqual([]);
    expect(allText(doc)).toContain('There are no objectives in the cascade yet.');
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
  });
});
