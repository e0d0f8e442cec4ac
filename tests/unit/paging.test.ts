import { describe, expect, it } from 'vitest';
import { listPages } from '../../src/lib/paging.ts';

const items = (count: number) => Array.from({ length: count }, (_, i) => i);

describe('listPages', () => {
	it('cuts a list into full pages and a last partial one, in order, every item once', () => {
		const pages = listPages(items(45), 20);
		expect(pages.map((page) => page.data.length)).toEqual([20, 20, 5]);
		expect(pages.flatMap((page) => page.data)).toEqual(items(45));
		expect(pages.map(({ currentPage, lastPage, total }) => [currentPage, lastPage, total])).toEqual([
			[1, 3, 45],
			[2, 3, 45],
			[3, 3, 45],
		]);
	});

	it('has one page when the list fits, exactly or with room to spare', () => {
		expect(listPages(items(20), 20)).toEqual([{ data: items(20), currentPage: 1, lastPage: 1, total: 20 }]);
		expect(listPages(items(21), 20).map((page) => page.data)).toEqual([items(20), [20]]);
		expect(listPages(items(5), 20)).toEqual([{ data: items(5), currentPage: 1, lastPage: 1, total: 5 }]);
	});

	it('gives an empty list its one empty page, so a site with no notes still has a home page', () => {
		expect(listPages([], 20)).toEqual([{ data: [], currentPage: 1, lastPage: 1, total: 0 }]);
	});
});
