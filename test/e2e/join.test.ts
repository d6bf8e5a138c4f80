import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { writeCompanyPlan } from '../helpers/company';
import { tmpDir } from '../helpers/tmp';
import { axeSerious } from './axe';
import { readPlan, useBrowser } from './browser';
import { openApp, pageErrors, screenshot, startWebApp } from './harness';
import { readQr } from './qr';

const browser = useBrowser();
const PHONE = { width: 360, height: 740 };

/** The facilitator's page asks its own server (its token is in the page's address), as its buttons do. */
const facilitatorCall = (page: Page, method: string, arg: unknown) =>
  page.evaluate(
    async ([m, a]) => {
      const token = new URLSearchParams(location.search).get('token')!;
      const res = await fetch(`/api/${m}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-cascade-token': token }, body: JSON.stringify(a) });
      return res.json();
    },
    [method, arg] as const,
  );

describe('participants join from their own phones (127.0.0.2 as the room’s address)', () => {
  it('three phones join with the code, add ideas and vote; the facilitator sees them live; a secret round shows only after Reveal', async () => {
    const dir = tmpDir();
    const file = path.join(dir, 'Northwind.cascade');
    writeCompanyPlan(file);
    const app = await startWebApp(['--file', file, '--workshop', '--host', '127.0.0.2']);
    const contexts: BrowserContext[] = [];
    try {
      await expect.poll(() => /^Participants: (http:\/\/127\.0\.0\.2:\d+\/join)\?code=(\w{6}) — join code \2/m.test(app.output())).toBe(true);
      const [, joinAddress, code] = /^Participants: (\S+)\?code=(\w{6})/m.exec(app.output())!;
      const host = await openApp(browser(), app.url, { width: 1280, height: 720 });
      // Start a session from the first template.
      await host.keyboard.press('w');
      const dialog = host.getByRole('dialog', { name: 'Start a workshop' });
      await dialog.getByRole('button', { name: 'Start session' }).click();
      await dialog.waitFor({ state: 'hidden' });
      const people = host.getByRole('region', { name: 'Participants' });
      await expect.poll(() => people.innerText()).toContain(code);
      expect(await people.innerText()).toContain('0 joined');
      // The printed address, as text and as a QR code beside the code: named for where it leads, and
      // a decoder reads the printed address back from its pixels.
      const [, printed] = /^Participants: (\S+)/m.exec(app.output())!;
      const qr = people.getByRole('img', { name: `QR code for ${printed}` });
      expect(await readQr(qr)).toBe(printed);
      expect(await people.innerText()).toContain(joinAddress);
      await screenshot(host, 'join-facilitator-qr');
      expect(await axeSerious(host)).toEqual([]);
      // The projected audience view shows the same QR code, large, while joining is open.
      const audienceContext = await browser().newContext({ viewport: { width: 1280, height: 720 } });
      contexts.push(audienceContext);
      const audience = await audienceContext.newPage();
      await audience.goto(`${app.url}#audience`);
      const join = audience.getByRole('complementary', { name: 'Join from your phone' });
      await expect.poll(() => join.count(), { timeout: 10_000 }).toBe(1);
      expect(await readQr(join.getByRole('img', { name: `QR code for ${printed}` }))).toBe(printed);
      expect(await join.innerText()).toContain(code);
      expect((await join.getByRole('img').boundingBox())!.width).toBeGreaterThanOrEqual(180);
      await screenshot(audience, 'join-audience-qr');
      // Beside the QR code the cards are narrow: a key result's title keeps room for words (its
      // value moves under it), and nothing runs past its card.
      const krs = await audience.locator('.aud-kr').evaluateAll((rows) =>
        rows.map((r) => {
          const card = r.closest('.aud-card')!.getBoundingClientRect();
          const title = r.querySelector('.aud-kr-title')!.getBoundingClientRect();
          const value = r.querySelector('.aud-kr-value')!.getBoundingClientRect();
          return { text: r.textContent, title: title.width, right: Math.max(title.right, value.right), cardRight: card.right };
        }),
      );
      expect(krs.length).toBeGreaterThan(3);
      for (const k of krs) {
        expect(k.title, k.text!).toBeGreaterThanOrEqual(170);
        expect(k.right, k.text!).toBeLessThanOrEqual(k.cardRight);
      }
      expect(await axeSerious(audience)).toEqual([]);
      // Closing joining takes it off the projector; opening it again brings it back.
      await people.getByRole('button', { name: 'Close joining' }).click();
      await expect.poll(() => join.count(), { timeout: 10_000 }).toBe(0);
      await people.getByRole('button', { name: 'Open joining' }).click();
      await expect.poll(() => join.count(), { timeout: 10_000 }).toBe(1);

      // Three phones: one types the code, two follow the link carrying it; one stays anonymous.
      const names = ['Ana', 'Bo', ''];
      const ideas = ['Same-day delivery in Oslo', 'Cold-chain lane to Tallinn', 'Live ETA in the customer app'];
      const phones: Page[] = [];
      for (const [i, name] of names.entries()) {
        const context = await browser().newContext({ viewport: PHONE, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
        contexts.push(context);
        const phone = await context.newPage();
        const errors: string[] = [];
        phone.on('pageerror', (e) => errors.push(e.message));
        await phone.goto(i === 0 ? joinAddress! : `${joinAddress}?code=${code}`);
        if (i === 0) {
          await phone.getByLabel('Join code').fill(code!.toLowerCase());
          await screenshot(phone, 'join-360-code');
          expect(await axeSerious(phone)).toEqual([]);
        }
        await phone.getByLabel('Your name (optional)').fill(name);
        await phone.getByRole('button', { name: 'Join' }).click();
        await phone.getByRole('textbox', { name: 'Your idea' }).waitFor();
        phones.push(phone);
        expect(errors).toEqual([]);
      }
      await expect.poll(() => people.innerText()).toMatch(/3 joined: Ana, Bo, Anonymous/);

      // Ideas, all at once: each shows in the facilitator's parking lot without a reload.
      const parking = host.getByRole('region', { name: 'Parking lot', exact: true });
      const t0 = Date.now();
      await Promise.all(
        phones.map(async (phone, i) => {
          await phone.getByRole('textbox', { name: 'Your idea' }).fill(ideas[i]!);
          await phone.getByRole('button', { name: 'Add' }).tap();
          await phone.getByRole('status').filter({ hasText: 'Added to the parking lot.' }).waitFor();
        }),
      );
      for (const idea of ideas) await parking.locator('[data-sticky]').filter({ hasText: idea }).waitFor();
      const seenMs = Date.now() - t0;
      console.log(`3 ideas from 3 phones on the facilitator's wall in ${seenMs} ms`);
      await expect.poll(() => phones[0]!.getByRole('region', { name: 'Ideas in the parking lot' }).innerText()).toContain('Cold-chain lane to Tallinn');

      // The facilitator triages; the phones see the candidates and vote their dots (3 each).
      const state = await facilitatorCall(host, 'workshopGet', undefined);
      const session = state.value.session;
      await facilitatorCall(host, 'workshopAnswer', { sessionId: session.id, stickyIds: session.stickies.map((s: { id: string }) => s.id), answer: 'strategic', by: 'facilitator' });
      const candidates = host.getByRole('region', { name: 'Candidate', exact: true });
      await candidates.locator('[data-sticky]').nth(2).waitFor();
      for (const phone of phones) await phone.getByRole('button', { name: `Add a dot to ${ideas[0]}` }).waitFor();
      for (const [i, phone] of phones.entries()) {
        await phone.getByRole('button', { name: `Add a dot to ${ideas[0]}` }).tap();
        await phone.getByRole('button', { name: `Add a dot to ${ideas[0]}` }).tap();
        await phone.getByRole('button', { name: `Add a dot to ${ideas[1 + (i % 2)]}` }).tap();
        await expect.poll(() => phone.getByRole('region', { name: 'Candidates' }).getByRole('heading').innerText()).toBe('Vote: 0 of 3 dots left');
        expect(await phone.getByRole('button', { name: `Add a dot to ${ideas[0]}` }).isDisabled()).toBe(true);
      }
      const dotsOn = (text: string) => candidates.locator('[data-sticky]').filter({ hasText: text }).locator('.sticky-dots').getAttribute('aria-label');
      await expect.poll(() => dotsOn(ideas[0]!)).toBe('6 dots');
      await expect.poll(() => dotsOn(ideas[1]!)).toBe('2 dots');
      await expect.poll(() => dotsOn(ideas[2]!)).toBe('1 dot');
      await screenshot(host, 'join-facilitator-1280');
      await screenshot(phones[0]!, 'join-360-voted');

      // A secret confidence round on the North Star: the count grows, the scores stay hidden until Reveal.
      const northId = readPlan(file).objectives.find((o) => o.parentId === null)!.id;
      await facilitatorCall(host, 'workshopOpenRound', { sessionId: session.id, subjectId: northId });
      const scores = [4, 5, 1];
      for (const [i, phone] of phones.entries()) {
        const group = phone.getByRole('group', { name: 'Your confidence' });
        await group.waitFor();
        await group.getByRole('button', { name: String(scores[i]) }).tap();
        await expect.poll(() => group.getByRole('button', { name: String(scores[i]) }).getAttribute('aria-pressed')).toBe('true');
      }
      const round = host.getByRole('region', { name: 'Confidence round' });
      await expect.poll(() => round.innerText()).toMatch(/3 scores? in|3 of|\b3\b/);
      expect(await round.getByRole('list', { name: /^Scores:/ }).count()).toBe(0);
      for (const phone of phones) {
        await expect.poll(() => phone.getByRole('region', { name: 'Confidence' }).innerText()).toMatch(/3 scores in · hidden until the facilitator reveals them/);
        expect(await phone.getByRole('figure', { name: 'How the room scored' }).count()).toBe(0);
      }
      await screenshot(phones[2]!, 'join-360-round-open');
      expect(await axeSerious(phones[2]!)).toEqual([]);
      await round.getByRole('button', { name: 'Reveal' }).click();
      await expect.poll(() => round.getByRole('list', { name: /^Scores:/ }).getAttribute('aria-label')).toBe('Scores: 1: 1, 2: 0, 3: 0, 4: 1, 5: 1');
      for (const phone of phones) await phone.getByRole('figure', { name: 'How the room scored' }).waitFor();
      expect(await phones[0]!.getByRole('figure', { name: 'How the room scored' }).innerText()).toMatch(/3 scores, revealed · yours: 4/);
      await screenshot(phones[0]!, 'join-360-revealed');
      expect(await axeSerious(phones[0]!)).toEqual([]);

      // Every target on the phone is at least 44 px high; nothing is wider than the screen.
      const small = await phones[0]!.evaluate(() => [...document.querySelectorAll('button, input')].filter((e) => e.getBoundingClientRect().height < 44).length);
      expect(small).toBe(0);
      expect(await phones[0]!.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

      // The facilitator removes Bo; then ends the session: every phone is out.
      await people.getByText(/3 joined/).click();
      await people.getByRole('button', { name: 'Remove Bo' }).click();
      await expect.poll(() => people.innerText()).toMatch(/2 joined/);
      await phones[1]!.getByLabel('Join code').waitFor();
      await facilitatorCall(host, 'workshopEnd', { sessionId: session.id });
      await phones[0]!.getByLabel('Join code').waitFor();
      expect(pageErrors(host)).toEqual([]);
    } finally {
      for (const c of contexts) await c.close().catch(() => undefined);
      await app.stop();
    }
  }, 120_000);
});
