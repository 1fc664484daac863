import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../playwright.config';
import { measureInteractions } from './interactions';
const browser = await chromium.launch(chromiumLaunchOptions);
for (let i = 0; i < 3; i++) {
  const r = await measureInteractions(browser, 'http://localhost:6583', {
    total: Number(process.env.TOTAL ?? 100000),
    jumpTo: Number(process.env.JUMP ?? 5000),
    searchTerm: 'analytics',
  });
  console.log(JSON.stringify(r.paint), r.longTasks.map(Math.round));
}
await browser.close();
