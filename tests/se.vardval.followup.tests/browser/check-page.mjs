// Opens a generated comparison page in headless Chromium, runs axe-core in it and reports what a test checks.
// Usage: node check-page.mjs <page.html> <screenshot.png>
// Prints one JSON object: consoleErrors, requests (anything not loaded from the page's own file), violations
// (axe-core), units (the row headings of every table body), suppressed (cells reading "för få"), title.
// Exits 0 when there are no console errors, no outside requests and no violations; 1 otherwise; 2 on wrong usage.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const [pagePath, screenshotPath] = process.argv.slice(2);
if (!pagePath || !screenshotPath) {
  console.error('usage: node check-page.mjs <page.html> <screenshot.png>');
  process.exit(2);
}
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const pageUrl = pathToFileURL(resolve(pagePath)).href;
const profile = mkdtempSync(join(tmpdir(), 'vardval-chromium-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  userDataDir: profile,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const consoleErrors = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  page.on('request', (request) => {
    if (request.url() !== pageUrl && !request.url().startsWith('data:')) requests.push(request.url());
  });
  await page.goto(pageUrl, { waitUntil: 'load' });
  await page.addScriptTag({ path: axePath });
  const axeResults = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const facts = await page.evaluate(() => ({
    title: document.title,
    units: [...document.querySelectorAll('tbody th[scope=row]')].map((th) => th.innerText.trim()),
    suppressed: [...document.querySelectorAll('td')].filter((td) => td.innerText.trim() === 'för få').length,
  }));
  await page.screenshot({ path: screenshotPath, fullPage: true });
  const violations = axeResults.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
  }));
  console.log(JSON.stringify({ consoleErrors, requests, violations, ...facts }));
  process.exitCode = consoleErrors.length + requests.length + violations.length === 0 ? 0 : 1;
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
