/** A note file's bytes as text: it must be UTF-8 and must not be empty, or the contributor is told why. */
import type { Problem } from './validate-notes.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a note, or the one problem that keeps it from being read. */
export function noteText(bytes: Uint8Array): { text: string } | { problem: Omit<Problem, 'file'> } {
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		// A newline byte is never part of a multi-byte character: the first line that fails alone is the culprit.
		let line = 1;
		for (let start = 0; start <= bytes.length; line++) {
			const end = bytes.indexOf(0x0a, start);
			const stop = end === -1 ? bytes.length : end;
			try {
				utf8.decode(bytes.subarray(start, stop));
			} catch {
				break;
			}
			start = stop + 1;
		}
		return { problem: { line, field: 'file', message: 'not valid UTF-8 (saved in another encoding?): save the file as UTF-8' } };
	}
	if (text.replace(/^\uFEFF/, '').trim() === '') {
		return { problem: { line: 1, field: 'file', message: 'empty: a note starts with a "---" block giving at least title, authors and links' } };
	}
	return { text };
}
