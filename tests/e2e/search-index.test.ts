import { gunzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from 'cbor2';
import { describe, expect, inject, it } from 'vitest';

interface Fragment {
	url: string;
	content: string;
	filters: Record<string, string[]>;
	meta: Record<string, string>;
}

/** Every page record of a Pagefind bundle, as the search client will read it. */
function fragments(bundle: string): Fragment[] {
	const dir = join(bundle, 'fragment');
	return readdirSync(dir).map((name) => {
		const bytes = gunzipSync(readFileSync(join(dir, name)));
		// Pagefind prefixes each decompressed file with a 12-byte signature.
		const page = JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as Fragment;
		// Chinese pages are segmented with zero-width spaces between words.
		return { ...page, content: page.content.replaceAll('\u200b', '') };
	});
}

const han = /\p{Script=Han}/u;

describe('search index', () => {
	const en = fragments('dist/pagefind/en');
	const zh = fragments('dist/pagefind/zh');

	it('indexes every note once per language, under its own language URL', () => {
		expect(en.map((page) => page.url).sort()).toEqual(['audiogpt', 'audiopalm', 'salmonn', 'spectron', 'speechverse'].map((slug) => `/notes/${slug}/`));
		expect(zh.map((page) => page.url).sort()).toEqual(['audiogpt', 'audiopalm', 'salmonn', 'spectron', 'speechverse'].map((slug) => `/zh/notes/${slug}/`));
		for (const page of [...en, ...zh]) expect(page.meta.slug).toBe(page.url.split('/').at(-2));
	});

	it('keeps each language in its own index', () => {
		const salmonnEn = en.find((page) => page.url === '/notes/salmonn/')!;
		const salmonnZh = zh.find((page) => page.url === '/zh/notes/salmonn/')!;
		expect(salmonnEn.content).toContain('speaker verification');
		expect(salmonnEn.content).not.toContain('说话人验证');
		expect(salmonnZh.content).toContain('说话人验证');
		expect(salmonnZh.content).not.toContain('speaker verification');
		// English pages carry no Chinese besides what is shared, and the Chinese index is written in Chinese.
		for (const page of en) expect(page.content).not.toMatch(han);
		for (const page of zh) expect(page.content).toMatch(han);
	});

	it('has tag, year and venue filters', () => {
		const salmonn = en.find((page) => page.url === '/notes/salmonn/')!;
		expect(salmonn.filters.year).toEqual(['2023']);
		expect(salmonn.filters.venue).toEqual(['ICLR']);
		expect(salmonn.filters.tag).toContain('speech-llm');
	});

	it('has its word index re-cut, the metadata listing exactly the chunks there are', () => {
		for (const bundle of ['dist/pagefind/en', 'dist/pagefind/zh']) {
			const entry = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
			const [{ hash }] = Object.values(entry.languages) as [{ hash: string }];
			const meta = decode(gunzipSync(readFileSync(join(bundle, `pagefind.${hash}.pf_meta`))).subarray(12)) as [string, unknown, [string, string, string][]];
			const listed = meta[2].map(([, , chunk]) => `${chunk}.pf_index`);
			expect(listed.length, bundle).toBeGreaterThan(1);
			expect(readdirSync(join(bundle, 'index')).sort(), bundle).toEqual([...listed].sort());
		}
	});

	it('indexes a formula once, not again from the MathML KaTeX adds for screen readers', () => {
		const site = inject('fixtureSites').math!;
		expect(site.status, site.log).toBe(0);
		const [page] = fragments(join(site.outDir, 'pagefind/en'));
		// The HTML rendering says "−logp(y∣x)"; the MathML would add the TeX annotation and its own copy.
		expect(page!.content).not.toContain('\\log');
		expect(page!.content).not.toContain('\\mathcal');
		expect(page!.content.match(/ctc/g)).toHaveLength(1);
	});
});
