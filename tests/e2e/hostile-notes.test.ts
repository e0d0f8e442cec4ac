import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './harness.ts';

// tests/fixtures/sites/hostile/notes/: every attack we could think of (hostile.md), a broken formula,
// unbalanced HTML, and a well-behaved neighbour. The site must build, with warnings.
const site = inject('fixtureSites').hostile!;
const { open, url } = useBrowser({ site: 'hostile' });
const note = 'tests/fixtures/sites/hostile/notes/';

/** Whatever a hostile note could have left in the page after the sanitizer and under the CSP. */
async function leftovers(page: Page) {
	return page.evaluate(() => {
		const all = [...document.querySelectorAll('*')];
		const urlAttributes = ['href', 'src', 'action', 'formaction', 'data', 'poster', 'srcset', 'xlink:href', 'ping', 'background'];
		// The site's own inline styles: KaTeX and the code highlighter.
		const own = (el: Element) => el.closest('.katex, .astro-code') !== null;
		return {
			pwned: (window as { __pwned?: unknown }).__pwned,
			handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName} ${a.name}>`)),
			scriptUrls: all.flatMap((el) =>
				[...el.attributes].filter((a) => urlAttributes.includes(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value)).map((a) => `<${el.localName} ${a.name}="${a.value}">`),
			),
			scripts: [...document.scripts].map((s) => (s.src ? s.src : s.closest('.note-body') ? 'inline in the note' : 'inline')),
			// Where the note's own HTML goes; frontmatter values elsewhere are checked as text.
			forbidden: [...document.querySelectorAll('.note-body :is(script, style, iframe, frame, object, embed, form, input:not([type=checkbox]), button, textarea, select, meta, base, link, svg, video, audio, template, noscript)')].map(
				(el) => el.localName,
			),
			styled: [...document.querySelectorAll('.note-body [style]')].filter((el) => !own(el)).map((el) => el.outerHTML.slice(0, 80)),
			base: document.baseURI,
			location: location.href,
		};
	});
}

async function expectNothingRan(opened: Awaited<ReturnType<typeof open>>, path: string) {
	const found = await leftovers(opened.page);
	expect(found.pwned, 'an injected script ran').toBeUndefined();
	expect(found.handlers).toEqual([]);
	expect(found.scriptUrls).toEqual([]);
	expect(found.scripts.filter((s) => s !== 'inline' && !s.startsWith(url('/'))), 'only the site’s own scripts').toEqual([]);
	expect(found.forbidden).toEqual([]);
	expect(found.styled).toEqual([]);
	// Following a heading anchor or footnote while clicking around may add a #fragment; nothing else may change.
	const page = (address: string) => address.split('#')[0];
	expect(page(found.base)).toBe(url(path));
	expect(page(found.location)).toBe(url(path));
	expect(opened.dialogs, 'a dialog opened').toEqual([]);
	expect(opened.foreign, 'a request left for another host').toEqual([]);
	expect(opened.errors, 'errors, or anything the CSP had to block').toEqual([]);
}

describe('hostile notes', () => {
	it('build, with a warning naming the file and line for everything removed', () => {
		expect(site.status, site.log).toBe(0);
		const removed = [
			'<script> element',
			'onerror attribute on <img>',
			'<svg> element',
			'<math> element',
			'ontoggle attribute on <details>',
			'<iframe> element',
			'<object> element',
			'<embed> element',
			'<form> element',
			'<meta> element',
			'<base> element',
			'<link> element',
			'<style> element',
			'style attribute on <div>',
			'href attribute on <a> ("javascript:',
			'src attribute on <img> ("data:image/svg+xml',
		];
		for (const what of removed) expect(site.log).toMatch(new RegExp(`${note}hostile\\.md:\\d+:\\d+: warning: Removed unsafe or unsupported HTML: ${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	});

	for (const path of ['/notes/hostile/', '/zh/notes/hostile/', '/', '/zh/']) {
		it(`run no script, open no dialog and reach no other host on ${path}, even when the reader clicks, hovers and types`, async () => {
			const opened = await open(path);
			const { page } = opened;
			if (path.includes('/notes/')) {
				// Every link a reader could click that stays on this site (external ones are checked below, not followed).
				const links = page.locator('.note-body a:not([href^="http"])');
				for (let i = 0; i < (await links.count()); i++) await links.nth(i).click();
				for (const summary of await page.locator('.note-body summary').all()) await summary.click();
				await page.locator('#user-content-hover-me').hover();
				await page.locator('#user-content-styled').click();
				for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
			}
			// Time for a meta refresh, a late onerror or an autoplaying medium to act.
			await page.waitForTimeout(500);
			await expectNothingRan(opened, path);
		});
	}

	it('escape every frontmatter value: title, short name, authors, affiliation, venue, links', async () => {
		const opened = await open('/notes/hostile/');
		const { page } = opened;
		expect(await page.locator('h1').textContent()).toBe("Hostile </title><script>window.__pwned = 'title'</script> Note");
		expect(await page.title()).toBe(`<img src="" onerror="window.__pwned = 'short'">Hostile · Paper Notes`);
		expect(await page.locator('meta[name="citation_title"]').getAttribute('content')).toBe("Hostile </title><script>window.__pwned = 'title'</script> Note");
		expect(await page.locator('.note-short').textContent()).toBe(`<img src="" onerror="window.__pwned = 'short'">Hostile`);
		expect(await page.locator('.author-list li').first().textContent()).toBe(
			`<svg onload="window.__pwned = 'author'"></svg>Mallory ("><script>window.__pwned = 'affiliation'</script>)`,
		);
		expect(await page.locator('.note-meta').textContent()).toContain(`<iframe srcdoc="<script>parent.__pwned = 'venue'</script>"></iframe>`);
		expect(await page.locator('.note-links a.link-code').getAttribute('href')).toBe(`https://example.org/?q="><script>window.__pwned = 'link'</script>`);
		await expectNothingRan(opened, '/notes/hostile/');
	});

	it('shows search results for hostile text as text', async () => {
		const opened = await open('/notes/neighbour/');
		const { page } = opened;
		await page.keyboard.press('/');
		await page.locator('.search-dialog input[type="search"]').fill('onerror Mallory');
		await expect.poll(() => page.locator('.search-results a').count()).toBeGreaterThan(0);
		expect(await page.locator('.search-results img, .search-results script, .search-results svg').count()).toBe(0);
		expect(await page.locator('.search-title').first().textContent()).toContain('</title><script>');
		await expectNothingRan(opened, '/notes/neighbour/');
	});

	it('keep the HTML notes use: details, side-by-side tables, figures with alt text, kbd, sub, sup, mark, safe external links', async () => {
		const { page } = await open('/notes/hostile/');
		const details = page.locator('#user-content-more');
		expect(await details.evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
		expect(await page.getByText('Hidden until opened').isVisible()).toBe(false);
		await details.locator('summary').click();
		expect(await page.getByText('Hidden until opened').isVisible()).toBe(true);

		const [before, after] = await page.locator('#user-content-side-by-side th').all();
		const [a, b] = [await before!.boundingBox(), await after!.boundingBox()];
		expect(b!.x).toBeGreaterThanOrEqual(a!.x + a!.width - 1);
		expect(Math.abs(a!.y - b!.y)).toBeLessThan(1);
		expect(Math.abs(a!.width - b!.width)).toBeLessThan(2);

		const figure = page.locator('.note-body figure img');
		expect(await figure.getAttribute('alt')).toBe("The site's icon, a stand-in figure");
		expect(await figure.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
		expect(await page.getByRole('img', { name: "The site's icon, a stand-in figure" }).count()).toBe(1);
		expect(await page.locator('.note-body figcaption').textContent()).toBe('A figure with alt text.');
		for (const tag of ['kbd', 'sub', 'sup', 'mark', 'br']) expect(await page.locator(`.note-body ${tag}`).count(), tag).toBeGreaterThan(0);

		for (const link of await page.locator('.note-body a[href^="https:"]').all()) {
			expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
			expect(await link.getAttribute('target')).toBe('_blank');
		}
		// The page's own landmarks keep their ids; the note's `id="main"` is prefixed.
		expect(await page.evaluate(() => document.getElementById('main')?.localName)).toBe('main');
		expect(await page.locator('#user-content-main').count()).toBe(1);
		expect(await page.getByText('Covering the page.').evaluate((el) => getComputedStyle(el).position)).toBe('static');
	});

	it('show a bad formula in place as an error, with a build warning giving file and line; the rest of the note renders', async () => {
		expect(site.log).toContain(`${note}bad-math.md:12:72: warning: Could not render math with KaTeX (KaTeX parse error:`);
		const { page, errors } = await open('/notes/bad-math/');
		const error = page.locator('.note-body .katex-error');
		expect(await error.count()).toBe(1);
		expect(await error.textContent()).toBe('\\frac{1}{');
		expect(await error.getAttribute('title')).toMatch(/^ParseError: KaTeX parse error/);
		expect(await error.isVisible()).toBe(true);
		expect(await page.locator('.note-body').innerText()).toContain('but the text goes on.');
		// The formulas around it render, each with its MathML for screen readers.
		expect(await page.locator('.note-body [data-lang="en"] .katex-mathml math').count()).toBe(2);
		expect(await page.locator('.note-body .katex-display').count()).toBe(1);
		expect(errors).toEqual([]);
	});

	it('keep unbalanced HTML inside its own note: the layout around it and the other notes are unchanged', async () => {
		expect(site.log).toContain(`${note}unbalanced.md:11:1: warning: HTML left open: <details>, <div>, <aside>, closed at the end of its Markdown block`);
		expect(site.log).toContain(`${note}unbalanced.md:12:6: warning: HTML left open: <table>, <tr>, <td>, closed before </div>`);
		// The page around the note, element by element (the note's body itself left out).
		const skeleton = (page: Page) =>
			page.evaluate(() => {
				const shape = (el: Element): string =>
					el.classList.contains('note-body') ? 'note-body' : `${el.localName}${el.className ? `.${el.className}` : ''}(${[...el.children].filter((c) => !c.closest('.toc, .note-header')).map(shape).join(',')})`;
				return shape(document.body);
			});
		const { page: unbalanced } = await open('/notes/unbalanced/');
		const { page: neighbour } = await open('/notes/neighbour/');
		const layout = await skeleton(neighbour);
		expect(layout).toMatch(/^body\(a\.skip-link\(\),header\.site-header\(.*\),main\(div\.note-layout\(article\.note\(.*note-body.*\).*\)\),footer\.site-footer\(/);
		expect(await skeleton(unbalanced)).toBe(layout);
		// Everything the unbalanced note wrote stays in its body, in order.
		const text = await unbalanced.locator('.note-body').textContent();
		expect(text).toMatch(/Open details[\s\S]*a cell left open[\s\S]*Text after the open tags[\s\S]*bold italic never closed/);
		expect(await unbalanced.locator('.toc a').allTextContents()).toEqual(['Results结果', 'Discussion讨论']);
		// The neighbour is as written.
		expect(await neighbour.locator('.note-body').innerText()).toBe('Abstract\n\nA plain note, built alongside the hostile ones.');
		expect(await neighbour.locator('.note-body details, .note-body table, .note-body b').count()).toBe(0);
	});
});
