/** Per-test-file browser harness: one Chromium, a fresh isolated context per page, the served site's URL. */
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { isolatedContext, launchBrowser } from './browser.ts';

export interface OpenedPage {
	page: Page;
	/** Requests that tried to leave the machine (aborted). */
	foreign: string[];
	/** Script files the page fetched (inline scripts are not requests). */
	scripts: string[];
	/** `STATUS URL` of every response with an error status (a missing asset, a broken link followed). */
	failed: string[];
	/** Uncaught errors, and anything the Content-Security-Policy blocked. */
	errors: string[];
	/** Messages of the dialogs (`alert`, `confirm`…) the page opened; each is dismissed. */
	dialogs: string[];
}

/**
 * The browser on the built site, on a fixture site's server (`{ site: name }`, whose paths include its base), or on a
 * server the test file starts itself (`{ serverUrl }`, asked when a page opens).
 */
export function useBrowser({ site, serverUrl }: { site?: string; serverUrl?: () => string } = {}) {
	let browser: Browser;
	const fixedUrl = serverUrl ? undefined : site === undefined ? inject('siteUrl') : fixtureSiteUrl(site);
	const siteUrl = () => fixedUrl ?? serverUrl!();
	const pages: Page[] = [];
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<OpenedPage> {
		const { context, foreign } = await isolatedContext(browser, siteUrl(), { viewport: { width: 1280, height: 900 }, ...options });
		const page = await context.newPage();
		pages.push(page);
		const scripts: string[] = [];
		const failed: string[] = [];
		const errors: string[] = [];
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
		});
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (message) => {
			if (message.type() === 'error' && message.text().includes('Content Security Policy')) errors.push(message.text());
		});
		const response = await page.goto(siteUrl() + path);
		expect(response?.status(), `GET ${path}`).toBe(200);
		return { page, foreign, scripts, failed, errors, dialogs };
	}

	return { open, url: (path: string) => siteUrl() + path };
}

function fixtureSiteUrl(name: string): string {
	const built = inject('fixtureSites')[name];
	if (!built?.url) throw new Error(`Fixture site ${name} was not built: ${built?.log ?? 'no such site'}`);
	return built.url;
}
