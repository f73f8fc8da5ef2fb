// What the browser tests share: Debian's Chromium driven by playwright-core (nothing downloaded), skipped only on a
// developer machine without it (in CI, .ci/run installs it and they must run), and where screenshots go.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ciSet } from '../../src/io/ci.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export const skip = !existsSync(CHROMIUM) && !ciSet(process.env);
if (skip) console.warn(`test/browser: SKIPPED — ${CHROMIUM} is absent (apt-get install chromium); these tests always run in CI.`);

/** Where the screenshots and PDFs go, to look at them (SCREENSHOT_DIR to choose). */
export const SHOTS = process.env.SCREENSHOT_DIR ?? join(tmpdir(), 'impact-collectif-screenshots');

/** CSS pixels in a millimetre. */
export const MM = 96 / 25.4;

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: ARGS });
