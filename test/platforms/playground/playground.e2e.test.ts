// The playground end to end: the real server and dispatcher, driven in headless Chromium (Debian's `chromium`).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../../src/platforms/http-server.js';
import { mountPlayground } from '../../../src/platforms/playground/routes.js';
import { recordingLogger } from '../../dispatch/fakes.js';
import { testDeps } from '../../helpers/deps.js';

/** Set SCREENSHOT_DIR to keep screenshots of each state for a person to look at. */
const screenshots = process.env.SCREENSHOT_DIR;

function chromiumPath(): string {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Debian chromium is needed for this test: apt-get install -y chromium (.ci/run does it)');
  }
}

let server: HttpServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  const deps = await testDeps(recordingLogger());
  server = createHttpServer({ log: deps.log });
  mountPlayground(server, { deps });
  base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  if (screenshots) mkdirSync(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(`${base}/${query}`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

/** The last bot message once it has stopped thinking. */
async function lastReply(page: Page) {
  const reply = page.locator('.message.from-bot:not(.thinking)').last();
  await page.waitForFunction(() => !document.querySelector('.message.thinking'));
  return reply;
}

async function shoot(page: Page, name: string) {
  if (screenshots) await page.screenshot({ path: `${screenshots}/${name}.png`, fullPage: false });
}

describe('the playground in a browser', () => {
  it('completes /backprop preset:mazur, shows thinking, then the loss and the diagram', async () => {
    const page = await open('?lang=en&theme=dark');
    // Hold the reply back a little so the thinking state can be seen.
    await page.route('**/api/command', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.continue();
    });
    const input = page.locator('#input');
    await input.pressSequentially('/back');
    await expect
      .poll(() => page.locator('.suggestion').first().textContent(), { timeout: 10_000 })
      .toContain('/backprop');
    await input.press('Tab');
    await input.pressSequentially('pre');
    await expect
      .poll(() => page.locator('.suggestion-label').first().textContent(), { timeout: 10_000 })
      .toBe('preset:');
    await input.press('Tab');
    await input.pressSequentially('maz');
    await expect
      .poll(() => page.locator('.suggestion-label').first().textContent(), { timeout: 10_000 })
      .toBe('preset:mazur');
    await input.press('Tab');
    expect(await input.inputValue()).toBe('/backprop preset:mazur ');
    await input.press('Enter');
    await page.waitForSelector('.message.thinking');
    const reply = await lastReply(page);
    const text = await reply.locator('.message-body').innerText();
    expect(text).toContain('E = 0.2984');
    expect(text).toContain('w5: 0.4000 → 0.3589');
    const image = reply.locator('img.reply-image');
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), {
        timeout: 10_000,
      })
      .toBeGreaterThan(100);
    expect(await reply.locator('.file-name').first().textContent()).toBe('walkthrough.md');
    await reply.locator('.file-toggle').first().click();
    expect(await reply.locator('.file-preview').innerText()).toContain('0.2984');
    await shoot(page, 'mazur-en-dark');
    await page.close();
  });

  it('sends an attached text file as the lines after the first, and refuses a file that is not text', async () => {
    const page = await open('?lang=en&theme=dark');
    const input = page.locator('#input');
    await input.fill('/check preset:course-q6');
    await page.locator('#file').setInputFiles({
      name: 'answers.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('net_h1 = 0.3775\nout_h1 = 0.5933\nw5+ = 0.3668\n'),
    });
    expect(await input.inputValue()).toBe(
      '/check preset:course-q6\nnet_h1 = 0.3775\nout_h1 = 0.5933\nw5+ = 0.3668',
    );
    await input.press('Enter');
    const reply = await lastReply(page);
    expect(await reply.locator('.message-body').innerText()).toContain('2/3');
    await page.locator('#file').setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });
    const refusal = page.locator('.message.from-bot').last();
    expect(await refusal.getAttribute('class')).toContain('user-error');
    expect(await refusal.locator('.message-body').innerText()).toContain('photo.png is not a text file');
    expect(await input.inputValue()).toBe('');
    await page.close();
  });

  it('answers a broken definition with the located error', async () => {
    const page = await open('?lang=en&theme=light');
    await page
      .locator('#input')
      .fill(
        '/backprop\nlayers: 2-2-2\nactivation: sigmod\ninput: 0.05, 0.1\ntarget: 0.01, 0.99\nW1: [0.15 0.2; 0.25 0.3]\nW2: [0.4 0.45; 0.5 0.55]\nb1: 0.35\nb2: 0.6',
      );
    await page.locator('#input').press('Enter');
    const reply = await lastReply(page);
    expect(await reply.getAttribute('class')).toContain('user-error');
    const text = await reply.locator('.message-body').innerText();
    expect(text).toContain('line 2, column 13');
    expect(text).toContain('sigmod');
    expect(text).toContain('Did you mean sigmoid?');
    expect(text).toContain('Only you can see this');
    await shoot(page, 'broken-en-light');
    await page.close();
  });

  it('follows the language switch: the welcome message, the placeholder and each preset described in it', async () => {
    const page = await open('?lang=en&theme=dark');
    const welcome = page.locator('.message.welcome .message-body');
    await expect.poll(() => welcome.textContent()).toContain('Welcome!');
    expect(await page.locator('#input').getAttribute('placeholder')).toContain('Message #playground');
    await page.locator('#input').pressSequentially('/backprop preset:maz');
    await expect
      .poll(() => page.locator('.suggestion-detail').first().textContent(), { timeout: 10_000 })
      .toContain('The classic 2-2-2 worked example');
    await page.locator('#input').fill('');
    await page.selectOption('#language', 'fa');
    await expect.poll(() => welcome.textContent(), { timeout: 10_000 }).toContain('خوش آمدید');
    // Replaced in place: still one welcome message.
    expect(await page.locator('.message.welcome').count()).toBe(1);
    expect(await page.locator('.message.welcome .bot-tag').textContent()).toBe('ربات');
    expect(await page.locator('#input').getAttribute('placeholder')).toContain('پیام به');
    await page.locator('#input').pressSequentially('/backprop preset:maz');
    await expect
      .poll(() => page.locator('.suggestion-detail').first().textContent(), { timeout: 10_000 })
      .toContain('مثال کلاسیک حل‌شدهٔ');
    await shoot(page, 'preset-suggestions-fa');
    await page.close();
  });

  it('switches to Persian: right-to-left page, Persian reply, numbers intact', async () => {
    const page = await open('?lang=en&theme=light');
    await page.selectOption('#language', 'fa');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dir), { timeout: 10_000 })
      .toBe('rtl');
    await page.locator('#input').fill('/backprop preset:mazur');
    await page.locator('#input').press('Enter');
    const reply = await lastReply(page);
    const text = await reply.locator('.message-body').innerText();
    expect(text).toContain('خروجی‌ها');
    expect(text).toContain('E = 0.2984');
    expect(await reply.locator('.file-name').first().textContent()).toBe('walkthrough-fa.md');
    await shoot(page, 'mazur-fa-light');
    await page.locator('#input').fill('/backprop preset:mazr');
    await page.locator('#input').press('Enter');
    await shoot(page, 'unknown-preset-fa-light');
    await page.close();
  });
});
