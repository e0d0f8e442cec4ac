import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { useBrowser } from './harness.ts';

const site = useBrowser();
const hostile = useBrowser(inject('fixtureSites').hostile!.url ?? 'http://127.0.0.1:9');

const schemes = ['light', 'dark'] as const;

describe('axe-core finds no violations', () => {
	for (const colorScheme of schemes) {
		for (const path of ['/', '/zh/', '/notes/salmonn/', '/zh/notes/salmonn/', '/404.html']) {
			it(`on ${path} (${colorScheme})`, async () => {
				const { page } = await site.open(path, { colorScheme });
				expect((await axeViolations(page)).join('\n')).toBe('');
			});
		}

		for (const path of ['/notes/salmonn/', '/zh/']) {
			it(`with search open and results shown on ${path} (${colorScheme})`, async () => {
				const { page } = await site.open(path, { colorScheme });
				await page.keyboard.press('/');
				await page.locator('.search-dialog input[type="search"]').fill('speech');
				await page.locator('.search-results a').first().waitFor();
				expect((await axeViolations(page)).join('\n')).toBe('');
			});
		}

		it(`on a note with formulas, a bad formula and note HTML (${colorScheme})`, async () => {
			for (const path of ['/notes/bad-math/', '/notes/hostile/', '/zh/notes/bad-math/']) {
				const { page } = await hostile.open(path, { colorScheme });
				expect((await axeViolations(page)).join('\n'), path).toBe('');
			}
		});
	}
});
