import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage();
await page.goto('http://localhost:4321/');
const catalog = (await import('node:fs')).readFileSync('/dev/stdin','utf8');
const result = await page.evaluate(async (queries) => {
  const pagefind = await import('/pagefind/pagefind.js');
  await pagefind.init();
  const out = [];
  for (const q of queries) {
    const r = await pagefind.search(q);
    const top = await Promise.all(r.results.slice(0, 5).map(x => x.data()));
    out.push([q, top.map(t => t.url)]);
  }
  return out;
}, JSON.parse(catalog));
for (const [q, urls] of result) console.log(q, urls.join(' '));
await browser.close();
