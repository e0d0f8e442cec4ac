import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteFiles, isHtml } from '../../src/lib/built-site.ts';
import { scriptHash } from '../../src/lib/csp.ts';
import { pageFacts } from '../../src/lib/page-facts.ts';
import { useBrowser } from './harness.ts';

const { open } = useBrowser();

describe('Content-Security-Policy of the built site', () => {
	it('is on every page, first in <head>, allowing exactly the inline scripts that page contains', async () => {
		const pages = siteFiles('dist').filter(isHtml);
		expect(pages.length).toBeGreaterThan(10);
		for (const page of pages) {
			const html = readFileSync(`dist/${page}`, 'utf8');
			expect(html, page).toMatch(/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]+">/);
			const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
			const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '))!.split(' ');
			const hashes = scriptSrc.filter((source) => source.startsWith("'sha256-"));
			const inline = pageFacts(html).scripts.map((script) => `'${scriptHash(script.text)}'`);
			expect(hashes.sort(), page).toEqual([...new Set(inline)].sort());
			expect(scriptSrc, page).not.toContain("'unsafe-inline'");
		}
	});

	it('lets the site’s own scripts run and blocks script the page did not ship: inline, handlers, javascript: URLs, other hosts', async () => {
		const { page, errors, foreign } = await open('/notes/salmonn/');
		// Both of the site's inline scripts ran: the head script marks <html>, the page script enables search.
		expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
		expect(await page.locator('.search-open').isEnabled()).toBe(true);
		await page.evaluate(() => {
			const inline = document.createElement('script');
			inline.textContent = 'window.__injected = "inline"';
			document.body.append(inline);
			document.body.insertAdjacentHTML('beforeend', '<img src="/nope.png" onerror="window.__injected = \'handler\'"><a id="js" href="javascript:window.__injected = \'url\'">x</a>');
			const remote = document.createElement('script');
			remote.src = 'https://evil.example/x.js';
			document.body.append(remote);
		});
		await page.locator('#js').click();
		await expect.poll(() => errors.length).toBeGreaterThanOrEqual(4);
		expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
		for (const error of errors) expect(error).toMatch(/Content Security Policy/);
		expect(foreign, 'blocked before any request').toEqual([]);
	});

	it('lets search run in the page itself when Pagefind’s worker cannot start (WebAssembly under the policy)', async () => {
		const { page, errors } = await open('/');
		await page.route('**/pagefind-worker.js', (route) => route.abort());
		await page.keyboard.press('/');
		await page.locator('.search-dialog input[type="search"]').fill('speaker identity');
		await expect.poll(() => page.locator('.search-results a').first().getAttribute('href'), { timeout: 15_000 }).toBe('/notes/audiopalm/');
		expect(errors).toEqual([]);
	});
});
