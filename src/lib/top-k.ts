/** The first `k` items in an order, found in one pass: cheaper than sorting thousands of candidates to keep a few. */
export function topK<T>(items: Iterable<T>, k: number, before: (a: T, b: T) => boolean): T[] {
	const best: T[] = [];
	if (k <= 0) return best;
	for (const item of items) {
		if (best.length === k && !before(item, best[k - 1]!)) continue;
		// Insert at the end (dropping the last when full), then move up to its place: `k` is small.
		let i = Math.min(best.length, k - 1);
		best[i] = item;
		for (; i > 0 && before(best[i]!, best[i - 1]!); i--) [best[i], best[i - 1]] = [best[i - 1]!, best[i]!];
	}
	return best;
}
