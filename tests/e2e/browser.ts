/** Debian's Chromium driven by playwright-core, kept off the network except loopback. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(chromiumPath)) {
		throw new Error(`Chromium not found at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
	}
	return chromium.launch({
		executablePath: chromiumPath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
	});
}

/** A fresh context whose requests may only reach `origin`; anything else is recorded and aborted. */
export async function isolatedContext(browser: Browser, origin: string, options: Parameters<Browser['newContext']>[0] = {}) {
	const context: BrowserContext = await browser.newContext(options);
	const foreign: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
		foreign.push(url);
		return route.abort();
	});
	return { context, foreign };
}
