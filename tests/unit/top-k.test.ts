import { describe, expect, it } from 'vitest';
import { topK } from '../../src/lib/top-k.ts';

describe('topK', () => {
	// Scores with many ties, broken by name: the order relatedNotes uses.
	const items = Array.from({ length: 500 }, (_, i) => ({ score: (i * 7919) % 13, name: `n${(i * 104729) % 997}` }));
	const before = (a: (typeof items)[number], b: (typeof items)[number]) => (a.score !== b.score ? a.score > b.score : a.name < b.name);
	const sorted = [...items].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));

	it.each([0, 1, 4, 25, 500, 600])('keeps the first %i items of the full sort, in order', (k) => {
		expect(topK(items, k, before)).toEqual(sorted.slice(0, k));
	});

	it('keeps the first of equal items as a stable sort would', () => {
		expect(topK(['b', 'a1', 'a2', 'c'], 2, (x, y) => x[0]! < y[0]!)).toEqual(['a1', 'a2']);
	});
});
