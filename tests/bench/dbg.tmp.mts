import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../playwright.config';
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage();
await page.goto('http://localhost:6583/api-keys');
await page.waitForSelector('table tbody a');
const defaults = readFileSync('node_modules/@mantine/core/styles/default-css-variables.css', 'utf8');
const names = [...new Set([...defaults.matchAll(/(--mantine-[\w-]+)\s*:/g)].map((m) => m[1]))];
const missing = await page.evaluate((names) => {
  const style = getComputedStyle(document.documentElement);
  return names.filter((n) => style.getPropertyValue(n).trim() === '');
}, names);
console.log('default vars', names.length, 'missing', missing.length, missing.slice(0, 40));
await page.screenshot({ path: '/tmp/shot-10.png' });
await browser.close();
