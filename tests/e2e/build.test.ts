import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { siteFiles } from '../../src/lib/built-site.ts';
import { buildFixtureSite } from './fixture-sites.ts';

describe('the build', () => {
	it('is reproducible: a second build of the same commit is byte-identical, file for file', async () => {
		const first = inject('fixtureSites').hostile!;
		expect(first.status, first.log).toBe(0);
		const second = buildFixtureSite('hostile', { outDir: 'node_modules/.cache/fixture-sites/hostile-again' });
		expect(second.status, second.log).toBe(0);
		const files = siteFiles(first.outDir);
		// Pages, search index (Pagefind), KaTeX, bundled CSS and scripts.
		expect(files).toEqual(expect.arrayContaining(['index.html', 'notes/hostile/index.html', 'pagefind/en/pagefind-entry.json', 'search.js']));
		expect(siteFiles(second.outDir)).toEqual(files);
		const differing = files.filter((file) => !readFileSync(join(first.outDir, file)).equals(readFileSync(join(second.outDir, file))));
		expect(differing).toEqual([]);
	}, 120_000);

	it('fails on a broken internal link or #anchor, naming each page and link; external links are not fetched', () => {
		const { status, log } = buildFixtureSite('broken-links', { notesDir: 'tests/fixtures/failing-sites/broken-links/notes' });
		expect(status).not.toBe(0);
		const reported = log.split('\n').filter((line) => /^(zh\/)?notes\/linker\/index\.html: /.test(line));
		expect(reported).toEqual([
			'notes/linker/index.html: "/notes/no-such-note/": no page or file at /notes/no-such-note/',
			'notes/linker/index.html: "#methd": no element with id "methd" on this page',
			'notes/linker/index.html: "figure.png": no page or file at /notes/linker/figure.png',
			'zh/notes/linker/index.html: "/notes/no-such-note/": no page or file at /notes/no-such-note/',
			'zh/notes/linker/index.html: "#methd": no element with id "methd" on this page',
			'zh/notes/linker/index.html: "figure.png": no page or file at /zh/notes/linker/figure.png',
		]);
		expect(log).toContain('✗ 6 broken links in the built site:');
	}, 120_000);
});
