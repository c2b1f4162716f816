/**
 * A small browser-test harness: builds nothing itself, serves dist/ with `vite preview`,
 * drives Debian's Chromium through playwright-core, and prints "N passed, N failed".
 * Each spec registers tests with `e2eTest(name, fn)`; each test gets a fresh page, and
 * any console error or page error fails it.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export interface E2eContext {
  page: Page;
  browser: Browser;
  baseUrl: string;
  /** Save <name>.png in tests/e2e/output/ (or screenshots/ with --readme): page or viewport. */
  screenshot: (name: string, fullPage?: boolean) => Promise<void>;
}

type TestFn = (ctx: E2eContext) => Promise<void>;
export const registered: { name: string; fn: TestFn }[] = [];

export function e2eTest(name: string, fn: TestFn): void {
  registered.push({ name, fn });
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
