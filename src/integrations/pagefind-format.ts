/** Pagefind 1.6's index files as bytes: gzip around a signature and CBOR; the word entries of an index chunk found without decoding them. */
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';

// zlib's thread pool, not this thread: the build parses pages meanwhile.
const [gunzipped, gzipped] = [promisify(gunzip), promisify(gzip)];

/** The Pagefind version whose format this reads and writes (checked against each bundle before it is touched). */
export const pagefindFormat = '1.6.0';
const signature = Buffer.from('pagefind_dcd');

export const formatError = (file: string, what: string) =>
	new Error(`${file}: ${what}. src/integrations/pagefind-format.ts knows the index format of Pagefind ${pagefindFormat}: check it against the installed Pagefind.`);

/** The CBOR inside one of Pagefind's files. */
export async function readPayload(file: string, bytes: Uint8Array): Promise<Buffer> {
	const plain = await gunzipped(bytes);
	if (!plain.subarray(0, signature.length).equals(signature)) throw formatError(file, 'no pagefind_dcd signature');
	return plain.subarray(signature.length);
}

export const filePayload = (payload: Uint8Array): Promise<Buffer> => gzipped(Buffer.concat([signature, payload]));

interface Head {
	major: number;
	/** The count, length or value the head carries. */
	value: number;
	/** Where the item's content starts. */
	next: number;
}

/** The head of the CBOR item at `at` (RFC 8949 §3; Pagefind writes definite lengths only). */
function head(bytes: Buffer, at: number): Head {
	const byte = bytes[at];
	if (byte === undefined) throw new RangeError(`CBOR ends at ${at}`);
	const [major, info] = [byte >> 5, byte & 0x1f];
	if (info < 24) return { major, value: info, next: at + 1 };
	const size = { 24: 1, 25: 2, 26: 4, 27: 8 }[info];
	if (size === undefined) throw new RangeError(`indefinite or reserved CBOR length at ${at}`);
	const value = size === 8 ? Number(bytes.readBigUInt64BE(at + 1)) : bytes.readUIntBE(at + 1, size);
	return { major, value, next: at + 1 + size };
}

/** Where the CBOR item at `at` ends. */
function skip(bytes: Buffer, at: number): number {
	const { major, value, next } = head(bytes, at);
	if (major === 2 || major === 3) return next + value;
	if (major === 4 || major === 5) {
		let end = next;
		for (let i = 0; i < value * (major === 5 ? 2 : 1); i++) end = skip(bytes, end);
		return end;
	}
	if (major === 6) return skip(bytes, next);
	// Integers and simple values: the head is the whole item (floats carry their bits as its argument).
	return next;
}

/** A CBOR array head for `count` items, in the shortest form (as Pagefind's encoder writes it). */
function arrayHead(count: number): Buffer {
	if (count < 24) return Buffer.from([0x80 | count]);
	const size = count < 0x100 ? 1 : count < 0x10000 ? 2 : 4;
	const bytes = Buffer.alloc(1 + size);
	bytes[0] = 0x80 | { 1: 24, 2: 25, 4: 26 }[size]!;
	bytes.writeUIntBE(count, 1, size);
	return bytes;
}

/** A word of an index chunk: its text and its entry's bytes (`[word, postings, variants]`), copied as they are. */
export interface WordEntry {
	word: string;
	bytes: Buffer;
}

/**
 * The words of an index chunk (`[[entry, …]]`), in order. Their bytes are taken as they are rather
 * than decoded (a decoder takes seconds over a large index, the walk milliseconds): a chunk written
 * from them holds exactly what Pagefind wrote, which `chunkPayload` checks on the way in.
 */
export function wordEntries(file: string, payload: Buffer): WordEntry[] {
	try {
		const outer = head(payload, 0);
		const list = head(payload, outer.next);
		if (outer.major !== 4 || outer.value !== 1 || list.major !== 4) throw new RangeError('not an array of one array');
		const entries: WordEntry[] = [];
		let at = list.next;
		for (let i = 0; i < list.value; i++) {
			const entry = head(payload, at);
			const word = head(payload, entry.next);
			if (entry.major !== 4 || entry.value !== 3 || word.major !== 3) throw new RangeError(`entry ${i} is not [word, postings, variants]`);
			const end = skip(payload, at);
			entries.push({ word: payload.toString('utf8', word.next, word.next + word.value), bytes: payload.subarray(at, end) });
			at = end;
		}
		if (at !== payload.length) throw new RangeError(`${payload.length - at} bytes after the words`);
		if (!chunkPayload(entries).equals(payload)) throw new RangeError('the words do not make the same chunk again');
		return entries;
	} catch (error) {
		throw formatError(file, `not an index chunk as expected (${(error as Error).message})`);
	}
}

/** An index chunk of these words. */
export const chunkPayload = (entries: WordEntry[]): Buffer => Buffer.concat([arrayHead(1), arrayHead(entries.length), ...entries.map((entry) => entry.bytes)]);
