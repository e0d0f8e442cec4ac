import { describe, expect, it } from 'vitest';
import { attr, readPage, select, selectAll, siteDir, texts } from './built-site.ts';
import { useBrowser } from './harness.ts';

// Fixture notes that link to each other: alpha → beta (./beta.md), gamma (its arXiv URL), delta (slug, #method);
// beta → alpha (../notes/alpha.md); gamma → beta (/notes/beta/); delta links to none.
const dir = siteDir('links');
const { open, url } = useBrowser({ site: 'links' });

const citedBy: Record<string, string[]> = {
	alpha: ['Beta'],
	beta: ['Gamma', 'Alpha'],
	gamma: ['Alpha'],
	delta: ['Alpha'],
};

describe('links between notes', () => {
	it('rewrites links to other notes, by path, slug, site path or arXiv URL, to pages that work in both languages', () => {
		const alpha = readPage(dir, '/notes/alpha/');
		const links = selectAll('.note-body [data-lang="en"] a', alpha).map((a) => [attr(a, 'href'), attr(a, 'dataNote'), attr(a, 'target')]);
		expect(links).toEqual([
			['../beta/', 'beta', undefined],
			['../gamma/', 'gamma', undefined],
			['../delta/#method', 'delta', undefined],
			['https://example.com/paper', undefined, '_blank'],
		]);
		expect(attr(select('.note-body [data-lang="en"] a', readPage(dir, '/notes/beta/')), 'href')).toBe('../alpha/');
		expect(attr(select('.note-body [data-lang="zh"] a', readPage(dir, '/notes/gamma/')), 'href')).toBe('../beta/');
	});

	for (const lang of ['en', 'zh'] as const) {
		const prefix = lang === 'en' ? '' : '/zh';
		it(`lists the notes that link to each note (${lang})`, () => {
			for (const [slug, expected] of Object.entries(citedBy)) {
				const page = readPage(dir, `${prefix}/notes/${slug}/`);
				expect(texts(page, '.connections-backlinks h2')).toEqual([lang === 'en' ? 'Cited by notes here' : '本站引用此文的笔记']);
				expect(texts(page, '.connections-backlinks li a'), slug).toEqual(expected);
				for (const a of selectAll('.connections-backlinks li a', page)) expect(attr(a, 'href')).toMatch(new RegExp(`^${prefix}/notes/[a-z]+/$`));
			}
		});

		it(`suggests related notes by shared authors first, then tags (${lang})`, () => {
			// Delta and Beta each share an author and a tag with Alpha; the newer, Delta, comes first.
			expect(texts(readPage(dir, `${prefix}/notes/alpha/`), '.connections-related li a')).toEqual(['Delta', 'Beta']);
			// Gamma shares nothing with anyone.
			expect(select('.connections-related', readPage(dir, `${prefix}/notes/gamma/`))).toBeUndefined();
		});

		it(`follows a rewritten link to the other note's section in the same language (${lang})`, async () => {
			const { page } = await open(`${prefix}/notes/alpha/`);
			await page.locator(`.note-body [data-lang="${lang}"] a[data-note="delta"]`).click();
			await page.waitForURL(url(`${prefix}/notes/delta/#method`));
			expect(await page.locator('#method').count()).toBe(1);
		});
	}
});

describe('link previews', () => {
	it('shows the linked note’s title, authors and abstract on hover, fetching only that note’s summary', async () => {
		const { page, scripts, errors } = await open('/notes/alpha/');
		const fetched: string[] = [];
		page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		expect(scripts).toEqual([]);
		await page.locator('.note-body [data-lang="en"] a[data-note="gamma"]').hover();
		const preview = page.getByRole('tooltip');
		await preview.waitFor();
		expect(await preview.locator('strong').textContent()).toBe('Gamma: A Baseline for Spoken Language Understanding');
		expect(await preview.textContent()).toContain('Łukasz Kaiser, José Ñúñez · 2024');
		expect(await preview.textContent()).toContain('Gamma is a baseline. It uses the encoder of Beta.');
		expect(await page.locator('a[data-note="gamma"]').first().getAttribute('aria-describedby')).toBe('note-preview');
		expect(fetched.filter((path) => path.endsWith('.json'))).toEqual(['/notes/gamma.json']);
		expect(scripts.map((script) => new URL(script).pathname)).toEqual(['/note-preview.js']);
		// Moving away hides it.
		await page.mouse.move(0, 0);
		await expect.poll(() => preview.isVisible()).toBe(false);
		expect(errors).toEqual([]);
	});

	it('shows on keyboard focus, in the page’s language, and Escape dismisses it', async () => {
		const { page } = await open('/zh/notes/alpha/');
		await page.locator('.note-body [data-lang="zh"] a[data-note="beta"]').focus();
		const preview = page.getByRole('tooltip');
		await preview.waitFor();
		expect(await preview.textContent()).toContain('Beta 能听长音频.');
		expect(await preview.textContent()).not.toContain('listens');
		await page.keyboard.press('Escape');
		await expect.poll(() => preview.isVisible()).toBe(false);
	});

	it('previews from the backlinks too, and fetches nothing without a hover', async () => {
		const { page, scripts } = await open('/notes/beta/');
		await page.waitForTimeout(200);
		expect(scripts).toEqual([]);
		await page.locator('.connections-backlinks a[data-note="gamma"]').hover();
		await page.getByRole('tooltip').waitFor();
		expect(await page.getByRole('tooltip').locator('strong').textContent()).toMatch(/^Gamma/);
	});
});
