import { describe, expect, it } from 'vitest';
import { convertOldNote } from '../../src/importer/convert.ts';
import { checkNote } from '../../src/lib/validate-notes.ts';
import { largeOldNote } from '../fixtures/import/large-note.ts';

/** Every marker of the converted note, in order, with the `:::en` / `:::zh` block it stands in (or none). */
function markersIn(note: string): { marker: string; lang: string }[] {
	const found: { marker: string; lang: string }[] = [];
	let lang = 'none';
	for (const line of note.split('\n')) {
		if (/^:::(en|zh)$/.test(line)) lang = line.slice(3);
		else if (line === ':::') lang = 'none';
		else for (const [marker] of line.matchAll(/⟦[EZ][\d.]+[a-z]?⟧/g)) found.push({ marker, lang });
	}
	return found;
}

describe('a 150 KB note', { timeout: 60_000 }, () => {
	const { source, blocks } = largeOldNote();

	it('is as large as the largest old notes, and uses every layout', () => {
		expect(Buffer.byteLength(source)).toBeGreaterThan(145_000);
		for (const layout of ['<td width="50%">', '<summary>展开原文</summary>', '<!--', '!!! note', '```python', '| --- |', '![Figure', '[^', '\\label{']) {
			expect(source).toContain(layout);
		}
	});

	it('is converted losslessly: every block once, in order, in its language block', () => {
		const started = performance.now();
		const { text, reports } = convertOldNote(source, { file: 'large.md' });
		expect(performance.now() - started).toBeLessThan(10_000);
		expect(markersIn(text)).toEqual(blocks);
		expect(reports).toEqual([]);
		expect(checkNote('large.md', text).problems).toEqual([]);
		// Equations keep their numbers in both languages, and the references point to them.
		expect(text.match(/\\tag\{1\}/g)).toHaveLength(2);
		expect(text).toContain('see Eq. (1)');
		expect(text).toContain('见式 (1)');
	});

	it('gives the same text every time', () => {
		expect(convertOldNote(source, { file: 'large.md' }).text).toBe(convertOldNote(source, { file: 'large.md' }).text);
	});
});
