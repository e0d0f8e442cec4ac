import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { useBrowser } from './harness.ts';

const site = useBrowser();
const hostile = useBrowser({ site: 'hostile' });

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

describe('content for screen readers', () => {
	it('keeps each formula’s MathML readable (the visual rendering is the part hidden from them)', async () => {
		const { page } = await hostile.open('/notes/bad-math/');
		const formulas = await page.locator('.note-body .katex').evaluateAll((nodes) =>
			nodes.map((node) => ({
				math: node.querySelector('.katex-mathml math') !== null,
				mathHidden: node.querySelector('.katex-mathml')?.closest('[aria-hidden="true"]') !== null,
				htmlHidden: node.querySelector('.katex-html')?.getAttribute('aria-hidden'),
				tex: node.querySelector('annotation[encoding="application/x-tex"]')?.textContent,
			})),
		);
		expect(formulas.length).toBeGreaterThanOrEqual(3);
		for (const formula of formulas) expect(formula).toMatchObject({ math: true, mathHidden: false, htmlHidden: 'true' });
		expect(formulas.map((f) => f.tex)).toContain('\\mathcal{L} = -\\log p(y \\mid x)');
	});

	it('keeps the alt text of images from notes', async () => {
		const { page } = await hostile.open('/notes/hostile/');
		expect(await page.getByRole('img', { name: "The site's icon, a stand-in figure" }).count()).toBe(1);
		expect(await page.locator('.note-body img:not([alt])').count()).toBe(0);
	});
});
