/**
 * Shared by the browser suites (`*.e2e.test.ts`) and `npm run bench:widget`: starts a workbench in its
 * own process group (`npm start` code path, any free port, in-memory org) with the Chromium that
 * drives it, stops exactly those, and the page helpers the suites use (console-error watch, screenshots).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumAvailable, CHROMIUM_PATH, launchChromium, type LaunchedBrowser } from '../../browser';
import { ROOT, SCREENSHOT_DIR, TSX_BIN } from '../../paths';

/** Includes a bundle build on a cold cache (~15 s idle, more when the machine is busy). */
export const START_TIMEOUT_MS = 240_000;

/** One workbench started by a test: `start()` resolves with its URL once `isReady(output)` holds. */
export class WorkbenchProcess {
  /** Everything the workbench printed so far (stdout and stderr). */
  output = '';
  private child: ChildProcess | undefined;
  private browser: LaunchedBrowser | undefined;

  constructor(
    private readonly extraArgs: string[],
    private readonly isReady: (output: string) => boolean,
  ) {}

  start(): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn(
        TSX_BIN,
        [
          'scripts/workbench/start.ts',
          '--no-build',
          '--port',
          '0',
          '--data-dir',
          'memory://',
          // No scheduled job fires by itself while a browser test runs (the clock is real time).
          '--scheduled-jobs',
          'manual',
          ...this.extraArgs,
        ],
        { cwd: ROOT, env: { ...process.env, PORT: '' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
      );
      this.child = child;
      const timer = setTimeout(
        () => reject(new Error(`workbench did not start:\n${this.output}`)),
        START_TIMEOUT_MS,
      );
      const onData = (d: Buffer) => {
        this.output += d.toString();
        const m = /^Workbench: (http:\/\/\S+)$/m.exec(this.output);
        if (m && this.isReady(this.output)) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`workbench exited with ${code}:\n${this.output}`));
      });
    });
  }

  /** Starts the workbench and the Chromium that drives it side by side; `stop()` closes both. */
  async startWithBrowser(): Promise<{ baseUrl: string; browser: LaunchedBrowser }> {
    if (!chromiumAvailable()) {
      throw new Error(
        `Chromium not found at ${CHROMIUM_PATH}: install it with \`apt-get install -y chromium\``,
      );
    }
    const launching = launchChromium().then((b) => (this.browser = b));
    const [baseUrl, browser] = await Promise.all([this.start(), launching]);
    return { baseUrl, browser };
  }

  /**
   * Closes the browser it started, stops the process group this test started (never anything
   * else) and releases its pipes.
   */
  async stop(): Promise<void> {
    await this.browser?.close();
    const child = this.child;
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000).unref())]);
    }
    child?.stdout?.destroy();
    child?.stderr?.destroy();
    child?.unref();
  }
}

/** Console errors and uncaught exceptions of a page and all its frames. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  return errors;
}

/** A full-page screenshot in artifacts/screenshots/<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
