/**
 * Re-cuts a Pagefind bundle's word index into small chunks. Pagefind cuts it every ~20000 word
 * locations (a constant in its Rust source), 20-35 KB gzipped, and a query fetches the chunk of each
 * of its words: a few KB of it matter, the rest is the neighbouring words' postings.
 */
import { decode, encode } from 'cbor2';
import { createHash } from 'node:crypto';
import { chunkPayload, filePayload, formatError, pagefindFormat, readPayload, wordEntries, type WordEntry } from './pagefind-format.ts';

/** A chunk as the metadata lists it: the query words it answers for, from `from` to `to`, and its file. */
type ChunkRange = [from: string, to: string, hash: string];

const codePoints = (text: string) => Array.from(text);
const prefix = (text: string, length: number) => codePoints(text).slice(0, length).join('');
const sum = (sizes: number[]) => sizes.reduce((total, size) => total + size, 0);

/** Pagefind's boundary between two chunks: each side's word cut one character past their common prefix. */
function boundary(last: string, first: string): [to: string, from: string] {
	const [a, b] = [codePoints(last), codePoints(first)];
	let common = 0;
	while (common < a.length && common < b.length && a[common] === b[common]) common++;
	return [prefix(last, common + 1), prefix(first, common + 1)];
}

/**
 * The `[from, to]` of consecutive chunks: `from` cut as Pagefind cuts it, `to` the chunk's last word.
 * (Pagefind 1.6 writes either that or the cut: with the whole word, every word of the chunk finds
 * it at once, where a longer word than the cut would go through Pagefind's slower fallback.)
 */
function chunkRanges(chunks: WordEntry[][]): [from: string, to: string][] {
	return chunks.map((words, i) => [i === 0 ? words[0]!.word : boundary(chunks[i - 1]!.at(-1)!.word, words[0]!.word)[1], words.at(-1)!.word]);
}

/**
 * Cuts sorted words into runs of at most `maxBytes` (more only where words cannot be parted).
 * Pagefind looks for a query word in the one chunk whose range holds it, so a cut hides the words on
 * its far side from the queries that begin both neighbours. Cuts fall where neighbours share as short
 * a prefix as possible (`spa…` | `spe…` only changes what the prefix `sp` finds), not between a word
 * and the longer words it begins (`speak` | `speaker`), and never among the words of one Chinese
 * character (Pagefind splits a Chinese query into words of a character or two, each a prefix search).
 */
export function splitWords(words: WordEntry[], maxBytes: number, depth = 0): WordEntry[][] {
	const sizes = words.map((entry) => entry.bytes.length);
	if (sum(sizes) <= maxBytes || words.length === 1) return [words];
	// Group by the first `depth + 1` characters. A word stays with the words it begins while they
	// fit in twice the size, else at least with the next of them.
	const keys = words.map((entry) => prefix(entry.word, depth + 1));
	for (let i = words.length - 2; i >= 0; i--) {
		let end = i + 1;
		while (end < words.length && words[end]!.word.startsWith(words[i]!.word)) end++;
		if (end === i + 1) continue;
		const glued = sum(sizes.slice(i, end)) <= 2 * maxBytes ? end : i + 2;
		keys.fill(keys[glued - 1]!, i, glued);
	}
	const starts = keys.flatMap((key, i) => (i === 0 || key !== keys[i - 1] ? [i] : []));
	if (starts.length === 1) {
		const longest = Math.max(...words.map((entry) => codePoints(entry.word).length));
		return depth < longest ? splitWords(words, maxBytes, depth + 1) : [words];
	}
	starts.push(words.length);
	const runs: WordEntry[][] = [];
	let [start, size] = [0, 0];
	const close = (end: number) => {
		if (end > start) runs.push(words.slice(start, end));
		[start, size] = [end, 0];
	};
	for (let g = 0; g + 1 < starts.length; g++) {
		const [from, to] = [starts[g]!, starts[g + 1]!];
		const groupSize = sum(sizes.slice(from, to));
		if (groupSize > maxBytes) {
			close(from);
			const chinese = depth === 0 && /^\p{Script=Han}/u.test(keys[from]!);
			runs.push(...(chinese ? [words.slice(from, to)] : splitWords(words.slice(from, to), maxBytes, depth + 1)));
			[start, size] = [to, 0];
			continue;
		}
		if (size + groupSize > maxBytes) close(from);
		size += groupSize;
	}
	close(words.length);
	return runs;
}

const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Entry {
	version: string;
	languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

/** A Pagefind bundle as Pagefind's `getFiles` gives it: each file's path inside the bundle, and its bytes. */
export type BundleFiles = Map<string, Uint8Array>;

const isRange = (value: unknown): value is ChunkRange => Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string');

/** The bytes of `file`, which the bundle `name` must have. */
function bundleFile(files: BundleFiles, name: string, file: string): Uint8Array {
	const bytes = files.get(file);
	if (!bytes) throw formatError(`${name}/${file}`, 'missing from the bundle');
	return bytes;
}

/** Decodes the metadata and checks that encoding it again gives the same bytes, so that what this writes back is Pagefind's format. */
async function readMeta(file: string, bytes: Uint8Array): Promise<unknown[]> {
	const payload = await readPayload(file, bytes);
	const meta = decode(payload);
	// [version, pages, index chunks, filters, sorts, meta fields]
	if (!Array.isArray(meta) || meta[0] !== pagefindFormat || !Array.isArray(meta[2]) || !meta[2].every(isRange)) {
		throw formatError(file, 'not the metadata layout expected');
	}
	if (!Buffer.from(encode(meta)).equals(payload)) throw formatError(file, 'its CBOR does not encode back to the same bytes');
	return meta;
}

/** Pagefind's ranges must follow its rule over its chunks, else the new ranges would send queries to the wrong chunk. */
function checkRanges(file: string, ranges: ChunkRange[], chunks: WordEntry[][]) {
	const expected = chunkRanges(chunks);
	ranges.forEach(([from, to], i) => {
		const last = chunks[i]!.at(-1)!.word;
		const cut = i + 1 < chunks.length ? boundary(last, chunks[i + 1]![0]!.word)[0] : last;
		if (from !== expected[i]![0] || (to !== last && to !== cut)) throw formatError(file, `chunk ${i} spans ${from}…${to}, not ${expected[i]![0]}…${cut}`);
	});
}

/**
 * Re-cuts every language index of the bundle `files` into runs of at most `maxBytes` of CBOR, in place (Pagefind's
 * chunks and metadata out, the new ones in, the entry file updated); returns the chunk counts. `name` (the bundle's
 * folder in the site, `pagefind/zh`) names its files in errors.
 */
export async function rechunkBundle(files: BundleFiles, maxBytes: number, name: string): Promise<{ before: number; after: number }> {
	const named = (file: string) => `${name}/${file}`;
	const entryFile = 'pagefind-entry.json';
	const entry = JSON.parse(Buffer.from(bundleFile(files, name, entryFile)).toString('utf8')) as Entry;
	if (entry.version !== pagefindFormat) throw formatError(named(entryFile), `the bundle is Pagefind ${entry.version}'s`);
	const counts = { before: 0, after: 0 };
	for (const [language, index] of Object.entries(entry.languages)) {
		const metaFile = `pagefind.${index.hash}.pf_meta`;
		const meta = await readMeta(named(metaFile), bundleFile(files, name, metaFile));
		const ranges = meta[2] as ChunkRange[];
		const chunkFile = (hash: string) => `index/${hash}.pf_index`;
		const chunks = await Promise.all(
			ranges.map(async ([, , hash]) => {
				const file = chunkFile(hash);
				return wordEntries(named(file), await readPayload(named(file), bundleFile(files, name, file)));
			}),
		);
		checkRanges(named(metaFile), ranges, chunks);

		const newRanges: ChunkRange[] = [];
		const payloads = new Map<string, Buffer>();
		for (const [i, words] of chunks.entries()) {
			// Each of Pagefind's chunks only gets finer: its own ends stay, the new cuts follow its rule.
			const runs = splitWords(words, maxBytes);
			const runRanges = chunkRanges(runs);
			runRanges[0]![0] = ranges[i]![0];
			runRanges.at(-1)![1] = ranges[i]![1];
			for (const [j, run] of runs.entries()) {
				const payload = chunkPayload(run);
				const full = hashOf(payload);
				let length = 7;
				while (payloads.has(`${language}_${full.slice(0, length)}`)) length++;
				const hash = `${language}_${full.slice(0, length)}`;
				payloads.set(hash, payload);
				newRanges.push([...runRanges[j]!, hash]);
			}
		}
		for (const [, , hash] of ranges) files.delete(chunkFile(hash));
		await Promise.all([...payloads].map(async ([hash, payload]) => files.set(chunkFile(hash), await filePayload(payload))));

		meta[2] = newRanges;
		const payload = encode(meta);
		index.hash = `${language}_${hashOf(payload).slice(0, 10)}`;
		files.delete(metaFile);
		files.set(`pagefind.${index.hash}.pf_meta`, await filePayload(payload));
		counts.before += ranges.length;
		counts.after += newRanges.length;
	}
	files.set(entryFile, Buffer.from(JSON.stringify(entry)));
	return counts;
}
