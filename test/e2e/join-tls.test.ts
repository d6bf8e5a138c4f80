import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/tmp';
import { useBrowser } from './browser';
import { screenshot, startWebApp } from './harness';

const SERVER = path.resolve('out/web/server.mjs');
const browser = useBrowser();

/** A self-signed certificate for the room's address, made here with openssl (valid a day). */
function selfSigned(dir: string, name: string, ip = '127.0.0.2') {
  const cert = path.join(dir, `${name}.cert.pem`);
  const key = path.join(dir, `${name}.key.pem`);
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-subj', `/CN=${ip}`, '-days', '1', '-addext', `subjectAltName=IP:${ip}`], { stdio: 'ignore' });
  return { cert, key };
}

/** An HTTPS request that accepts the self-signed certificate (as a participant who trusted it would), with the certificate the server showed. */
function request(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string; subject: string }>((resolve, reject) => {
    const req = https.request(url, { method: init.method ?? 'GET', headers: init.headers, rejectUnauthorized: false }, (res) => {
      const subject = String((res.socket as TLSSocket).getPeerCertificate().subject?.CN ?? '');
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body, subject }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

/** `npm run web` as a user runs it, to its end: what it printed, and how it exited. */
function runToEnd(args: string[]) {
  const config = tmpDir();
  const out = spawnSync(process.execPath, [SERVER, '--port', '0', ...args], { env: { ...process.env, XDG_CONFIG_HOME: config }, encoding: 'utf8', timeout: 20_000 });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr };
}

describe('the room over HTTPS (--cert / --key)', () => {
  it('serves the participant page and API over HTTPS with the given certificate, and prints an https:// address', async () => {
    const dir = tmpDir();
    const { cert, key } = selfSigned(dir, 'room');
    const file = path.join(dir, 'plan.cascade');
    const app = await startWebApp(['--file', file, '--workshop', '--host', '127.0.0.2', '--cert', cert, '--key', key]);
    try {
      await expect.poll(() => /^Participants: https:\/\/127\.0\.0\.2:\d+\/join\?code=\w{6} — join code \w{6} \(HTTPS with the given certificate\)$/m.test(app.output())).toBe(true);
      const [, joinAddress, code] = /^Participants: (\S+)\?code=(\w{6})/m.exec(app.output())!;
      const page = await request(joinAddress!);
      expect(page.status).toBe(200);
      expect(page.body).toContain('participant.js');
      expect(page.subject).toBe('127.0.0.2');
      // Plain HTTP on the same port gets nothing at all: the connection is closed.
      const roomOrigin = new URL(joinAddress!).origin;
      await expect(fetch(`${roomOrigin.replace('https:', 'http:')}/join`)).rejects.toThrow();

      // A participant joins a running session: their token comes as a Secure cookie.
      const url = new URL(app.url);
      const started = await fetch(`${url.origin}/api/workshopStart`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-cascade-token': url.searchParams.get('token')!, origin: url.origin },
        body: JSON.stringify({ template: 'Set the North Star' }),
      });
      expect((await started.json()).ok).toBe(true);
      const joined = await request(`${roomOrigin}/join/api/join`, { method: 'POST', headers: { 'content-type': 'application/json', origin: roomOrigin }, body: JSON.stringify({ code, name: 'Ana' }) });
      expect(joined.status).toBe(200);
      expect(String(joined.headers['set-cookie'])).toMatch(/; HttpOnly; SameSite=Strict; Secure/);
      // A phone that accepted the certificate joins through the page and adds an idea, all over HTTPS.
      const phoneContext = await browser().newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, ignoreHTTPSErrors: true });
      try {
        const phone = await phoneContext.newPage();
        await phone.goto(`${joinAddress}?code=${code}`);
        await phone.getByLabel('Your name (optional)').fill('Bo');
        await phone.getByRole('button', { name: 'Join' }).tap();
        await phone.getByRole('textbox', { name: 'Your idea' }).fill('Partner scorecards, quarterly');
        await phone.getByRole('button', { name: 'Add' }).tap();
        await phone.getByRole('status').filter({ hasText: 'Added to the parking lot.' }).waitFor();
        expect(phone.url()).toMatch(/^https:\/\/127\.0\.0\.2:/);
        expect((await phoneContext.cookies())[0]).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });
        await screenshot(phone, 'join-360-https');
      } finally {
        await phoneContext.close();
      }
      // The facilitator's own page stays on 127.0.0.1, as ever, and sees the room as secure.
      const room = await fetch(`${url.origin}/api/roomGet`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-cascade-token': url.searchParams.get('token')!, origin: url.origin }, body: '' });
      expect((await room.json()).value).toMatchObject({ address: joinAddress, secure: true, participants: [{ name: 'Ana' }, { name: 'Bo' }] });
    } finally {
      await app.stop();
    }
  }, 60_000);

  it('refuses missing, wrong or mismatched certificate files in words, exits non-zero and starts nothing', () => {
    const dir = tmpDir();
    const a = selfSigned(dir, 'a');
    const b = selfSigned(dir, 'b');
    const junk = path.join(dir, 'junk.pem');
    fs.writeFileSync(junk, 'not a certificate\n');
    const file = path.join(dir, 'plan.cascade');
    const room = ['--file', file, '--workshop', '--host', '127.0.0.2'];
    const cases: Array<[string[], RegExp]> = [
      [[...room, '--cert', path.join(dir, 'missing.pem'), '--key', a.key], /Cannot read the certificate given with --cert \(“.*missing\.pem”\): there is no such file\./],
      [[...room, '--cert', a.cert, '--key', path.join(dir, 'missing.pem')], /Cannot read the private key given with --key \(“.*missing\.pem”\): there is no such file\./],
      [[...room, '--cert', dir, '--key', a.key], /Cannot read the certificate given with --cert .*: it is a folder\./],
      [[...room, '--cert', junk, '--key', a.key], /The file given with --cert \(“.*junk\.pem”\) is not a certificate in PEM form/],
      [[...room, '--cert', a.cert, '--key', a.cert], /The file given with --key \(“.*a\.cert\.pem”\) is not a private key in PEM form/],
      [[...room, '--cert', a.cert, '--key', b.key], /do not go together: the private key is not the one that belongs to the certificate\./],
      [[...room, '--cert', a.cert], /Give both --cert <file> and --key <file>/],
      [['--file', file, '--cert', a.cert, '--key', a.key], /use them with --workshop --host <address>/],
    ];
    for (const [args, message] of cases) {
      const out = runToEnd(args);
      expect(out.status, args.join(' ')).toBe(1);
      expect(out.stderr).toMatch(/^cascade web: /);
      expect(out.stderr).toMatch(message);
      // Nothing started: no address printed, and the plan was not even opened (so not created).
      expect(out.stdout).toBe('');
      expect(fs.existsSync(file)).toBe(false);
    }
  }, 120_000);
});
