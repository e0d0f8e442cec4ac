/** A list cut into pages of a fixed size, each page with what its pagination needs (the shape of Astro's `Page`). */
import type { Page } from 'astro';

export type ListPage<T> = Pick<Page<T>, 'data' | 'currentPage' | 'lastPage' | 'total'>;

/** Every page of `items`, `size` to a page, in order; an empty list still has its one (empty) page. */
export function listPages<T>(items: readonly T[], size: number): ListPage<T>[] {
	const lastPage = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: lastPage }, (_, i) => ({
		data: items.slice(i * size, (i + 1) * size),
		currentPage: i + 1,
		lastPage,
		total: items.length,
	}));
}
