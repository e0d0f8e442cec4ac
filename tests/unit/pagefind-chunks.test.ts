import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor2';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rechunkBundle, splitWords, type BundleFiles } from '../../src/integrations/pagefind-chunks.ts';
import { writeBundle } from '../../src/integrations/pagefind.ts';
import { chunkPayload, wordEntries, type WordEntry } from '../../src/integrations/pagefind-format.ts';
import { pagefindSearch } from './pagefind-node.ts';

/** Deterministic text: families of words sharing prefixes among filler, enough for Pagefind to cut its index a few times. */
function pages(lang: 'en' | 'zh-cn'): string[] {
	const families =
		lang === 'en'
			? ['speak', 'speaker', 'speakers', 'speaking', 'speech', 'spectral', 'verification', 'verify', 'model', 'models', 'modular', 'multi', 'multilingual', 'multimodal', 'music', 'müller']
			: ['说话人', '说话', '验证', '验收', '语音', '语音识别', '语言', '模型', '识别', '音频', '提出', '提升'];
	const syllables = lang === 'en' ? ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'ze', 'po', 'da', 'fe'] : [...'的了在是我有他这中大来上国个到说们为子和你地出道也时年'];
	let seed = 11;
	const next = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
	const filler = () => Array.from({ length: 2 + next(2) }, () => syllables[next(syllables.length)]).join('');
	return Array.from({ length: 90 }, () => Array.from({ length: 500 }, () => (next(4) === 0 ? families[next(families.length)] : filler())).join(lang === 'en' ? ' ' : ''));
}

let dir: string;
let original: string;
let recut: string;
let counts: { before: number; after: number };
let files: BundleFiles;
/** The files as Pagefind made them. */
let pagefindFiles: string[];

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'pagefind-chunks-'));
	[original, recut] = [join(dir, 'original'), join(dir, 'recut')];
	const { index } = await pagefind.createIndex({});
	for (const lang of ['en', 'zh-cn'] as const) {
		for (const [i, content] of pages(lang).entries()) await index!.addCustomRecord({ url: `/${lang}/${i}/`, content, language: lang });
	}
	const got = await index!.getFiles();
	await pagefind.close();
	files = new Map(got.files.map((file) => [file.path, file.content]));
	pagefindFiles = [...files.keys()];
	writeBundle(original, files);
	counts = await rechunkBundle(files, 1024, 'pagefind/test');
	writeBundle(recut, files);
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

const chunkFiles = async (bundle: string) => (await readdir(join(bundle, 'index'))).filter((file) => file.endsWith('.pf_index'));

describe('re-cut Pagefind index', () => {
	it('has more, smaller chunks than Pagefind wrote', async () => {
		expect(counts.before).toBeGreaterThanOrEqual(4);
		expect(counts.after).toBeGreaterThan(counts.before * 3);
		expect(await chunkFiles(recut)).toHaveLength(counts.after);
	});

	it('keeps every word, in order, byte for byte', async () => {
		const words = async (bundle: string) => {
			const files = await chunkFiles(bundle);
			const chunks = await Promise.all(files.map(async (file) => decode(gunzipSync(await readFile(join(bundle, 'index', file))).subarray(12)) as [[string, ...unknown[]][]]));
			return chunks.flatMap(([entries]) => entries).sort((a, b) => (a[0] < b[0] ? -1 : 1));
		};
		expect(await words(recut)).toEqual(await words(original));
	});

	it.each([
		['en', 'speaker'],
		['en', 'speaker verification'],
		['en', 'speech'],
		['en', 'models'],
		['en', 'multilingual'],
		['en', 'verify'],
		['en', 'music'],
		['en', 'muller'],
		['en', 'müller'],
		['zh-cn', '说话人验证'],
		['zh-cn', '语音识别'],
		['zh-cn', '说话人'],
		['zh-cn', '验证'],
		['zh-cn', '模型'],
		['zh-cn', '提'],
	])('%s: %s finds the same pages, with the same scores, reading less of the index', async (lang, query) => {
		const before = await pagefindSearch(original, lang, query);
		const after = await pagefindSearch(recut, lang, query);
		expect(before.results.length).toBeGreaterThan(0);
		expect(after.results).toEqual(before.results);
		expect(after.chunkBytes).toBeLessThan(before.chunkBytes);
	});

	it('replaces the chunks and metadata Pagefind made, leaving none of them', () => {
		const indexFiles = (paths: Iterable<string>) => [...paths].filter((file) => /\.pf_(index|meta)$/.test(file));
		expect([...files.keys()].filter((file) => file.endsWith('.pf_index'))).toHaveLength(counts.after);
		expect(indexFiles(pagefindFiles).length).toBeGreaterThan(0);
		expect(indexFiles(files.keys()).filter((file) => pagefindFiles.includes(file))).toEqual([]);
	});

	it('refuses a bundle of another Pagefind version', async () => {
		const entry = Buffer.from(files.get('pagefind-entry.json')!).toString('utf8').replace('"1.6.0"', '"1.7.0"');
		const other: BundleFiles = new Map([...files, ['pagefind-entry.json', Buffer.from(entry)]]);
		await expect(rechunkBundle(other, 1024, 'pagefind/test')).rejects.toThrow(/pagefind\/test\/pagefind-entry\.json: the bundle is Pagefind 1\.7\.0's.*knows the index format of Pagefind 1\.6\.0/);
	});
});

describe('wordEntries', () => {
	const entry = (word: string, size = 10): WordEntry => ({ word, bytes: Buffer.alloc(size) });

	it('reads a chunk Pagefind wrote and writes the same bytes from its words', async () => {
		const [file] = await chunkFiles(original);
		const payload = gunzipSync(await readFile(join(original, 'index', file!))).subarray(12);
		const words = wordEntries(file!, payload);
		expect(words.map((word) => word.word)).toEqual((decode(payload) as [[string][]])[0].map(([word]) => word));
		expect(chunkPayload(words).equals(payload)).toBe(true);
	});

	it('refuses bytes after the words', async () => {
		const [file] = await chunkFiles(original);
		const payload = gunzipSync(await readFile(join(original, 'index', file!))).subarray(12);
		expect(() => wordEntries(file!, Buffer.concat([payload, Buffer.from([0])]))).toThrow(/not an index chunk as expected/);
	});

	it('cuts between words sharing the shortest prefix', () => {
		const runs = splitWords(['spa', 'spb', 'spea', 'speb', 'sta', 'stb'].map((word) => entry(word)), 25);
		expect(runs.map((run) => run.map((word) => word.word))).toEqual([['spa', 'spb'], ['spea', 'speb'], ['sta', 'stb']]);
	});

	it('keeps a word with the words it begins', () => {
		const runs = splitWords([entry('sol'), entry('speak'), entry('speaker', 30), entry('speakers'), entry('spec')], 30);
		expect(runs.map((run) => run.map((word) => word.word))).toContainEqual(['speak', 'speaker', 'speakers']);
	});

	it("keeps a Chinese character's words together however large", () => {
		const runs = splitWords([entry('说'), entry('说是'), entry('说话', 100), entry('验证')], 30);
		expect(runs.map((run) => run.map((word) => word.word))).toEqual([['说', '说是', '说话'], ['验证']]);
	});
});
