import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness.ts';

const { open, url } = useBrowser();
const paging = useBrowser({ site: 'paging' });

/** The paths `page` requests from now on. */
function requests(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request) => paths.push(new URL(request.url()).pathname));
	return paths;
}

const ready = (page: Page) => page.locator('.search-dialog[aria-busy="false"]').waitFor();
const resultLinks = (page: Page) => page.locator('.search-results a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));

describe('what search fetches', () => {
	it('starts loading the index when the home page search box gets focus', async () => {
		const { page } = await open('/');
		const fetched = requests(page);
		await page.getByRole('searchbox', { name: 'Search notes' }).focus();
		await expect.poll(() => fetched.filter((path) => /^\/pagefind\/en\/(wasm\.en\.pagefind|pagefind\.en_\w+\.pf_meta)$/.test(path))).toHaveLength(2);
	});

	it('opens without fetching any filter index, and lists the values Pagefind indexed', async () => {
		const { page } = await open('/notes/salmonn/');
		const fetched = requests(page);
		await page.keyboard.press('/');
		await ready(page);
		expect(fetched.filter((path) => path.includes('/filter/'))).toEqual([]);
		const listed = await page.locator('.search-filters select').evaluateAll((selects) =>
			Object.fromEntries(selects.map((select) => [(select as HTMLSelectElement).name, [...(select as HTMLSelectElement).options].slice(1).map((option) => option.value)])),
		);
		// Pagefind's own list, from each language's bundle.
		for (const lang of ['en', 'zh']) {
			// A string, so that the test runner leaves its import() alone.
			const indexed = (await page.evaluate(`import('${url(`/pagefind/${lang}/pagefind.js`)}').then(async (pagefind) =>
				Object.fromEntries(Object.entries(await pagefind.filters()).map(([name, values]) => [name, Object.keys(values).sort()])))`)) as Record<string, string[]>;
			expect(Object.fromEntries(Object.entries(listed).map(([name, values]) => [name, [...values].sort()])), lang).toEqual(indexed);
		}
		expect(listed.year).toEqual(['2024', '2023']);
	});

	it('waits for the next key when the last word is a single letter', async () => {
		const { page } = await open('/notes/salmonn/');
		await page.keyboard.press('/');
		await ready(page);
		await page.keyboard.type('speech', { delay: 50 });
		const status = page.locator('.search-status');
		await expect.poll(() => status.textContent()).toMatch(/notes? found/);
		await page.waitForLoadState('networkidle');
		const [shown, said] = [await resultLinks(page), await status.textContent()];
		const fetched = requests(page);
		await page.keyboard.type(' h', { delay: 50 });
		await page.waitForTimeout(300);
		expect(fetched).toEqual([]);
		expect(await resultLinks(page)).toEqual(shown);
		expect(await status.textContent()).toBe(said);
		await page.keyboard.type('u');
		await expect.poll(() => status.textContent()).toBe('2 notes found');
	});

	it('searches what an input method commits, not the pinyin it composes', async () => {
		const { page } = await open('/zh/notes/salmonn/');
		await page.keyboard.press('/');
		await ready(page);
		const fetched = requests(page);
		const ime = await page.context().newCDPSession(page);
		for (const text of ['s', 'shuo', 'shuohua']) {
			await ime.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
		}
		await page.waitForTimeout(300);
		expect(fetched).toEqual([]);
		expect(await page.locator('.search-status').textContent()).toBe('');
		await ime.send('Input.insertText', { text: '说话人验证' });
		await expect.poll(() => resultLinks(page)).toContain('/zh/notes/salmonn/');
		expect(fetched.filter((path) => path.startsWith('/pagefind/en/'))).toEqual([]);
	});

	it('shows five results at a time, fetching the records of those only', async () => {
		const { page } = await paging.open('/');
		await page.keyboard.press('/');
		await ready(page);
		const fetched = requests(page);
		const records = () => fetched.filter((path) => path.includes('/fragment/')).length;
		await page.locator('.search-dialog input[type="search"]').fill('paging');
		await expect.poll(() => resultLinks(page)).toHaveLength(5);
		expect(await page.locator('.search-status').textContent()).toBe('22 notes found');
		await page.waitForLoadState('networkidle');
		expect(records()).toBe(5);
		await page.getByRole('button', { name: 'More results' }).click();
		await expect.poll(() => resultLinks(page)).toHaveLength(10);
		await page.waitForLoadState('networkidle');
		expect(records()).toBe(10);
	});
});
