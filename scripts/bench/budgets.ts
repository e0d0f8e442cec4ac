/** The budgets of issue 7, checked against a benchmark report; each miss is named. */
import type { Report, RunResult } from './types.ts';

const KB = 1024;
const GB = 1024 ** 3;

interface Budget {
	name: string;
	/** Whether the budget speaks about a run of this size. */
	applies(run: RunResult): boolean;
	/** Undefined when met, else what was measured. */
	miss(run: RunResult): string | undefined;
}

const over = (value: number, limit: number, format: (n: number) => string) => (value > limit ? `${format(value)} > ${format(limit)}` : undefined);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kilobytes = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

const budgets: Budget[] = [
	{
		name: 'cold build ≤ 20 s per 1000 notes (both languages, Pagefind included)',
		applies: (run) => run.synthetic >= 1000,
		miss: (run) => over(run.cold.wallMs, 20 * run.synthetic, seconds),
	},
	{
		name: 'cold build peak memory ≤ 1 GB up to 1000 notes',
		applies: (run) => run.synthetic <= 1000,
		miss: (run) => over(run.cold.peakRssBytes, GB, (bytes) => `${(bytes / GB).toFixed(2)} GB`),
	},
	{
		name: 'home page ≤ 60 KB gzip',
		applies: () => true,
		miss: (run) => over(run.pages.home.bytes, 60 * KB, kilobytes),
	},
	{
		name: 'note page without math ≤ 20 KB gzip',
		applies: () => true,
		miss: (run) => over(run.pages.seedNote.bytes, 20 * KB, kilobytes),
	},
	{
		name: 'pages request no JavaScript file before interaction',
		applies: () => true,
		miss: (run) => {
			const scripts = Object.values(run.pages).flatMap((page) => page?.scripts ?? []);
			return scripts.length > 0 ? scripts.join(', ') : undefined;
		},
	},
	{
		name: 'a note page without math loads no KaTeX file',
		applies: () => true,
		miss: (run) => (run.pages.seedNote.katex.length > 0 ? run.pages.seedNote.katex.join(', ') : undefined),
	},
	{
		name: 'a note page with math loads the KaTeX stylesheet',
		applies: (run) => run.pages.mathNote !== undefined,
		miss: (run) => (run.pages.mathNote!.katex.some((file) => file.endsWith('katex.min.css')) ? undefined : 'no katex.min.css'),
	},
	...(['en', 'zh'] as const).flatMap((lang): Budget[] => [
		{
			name: `search (${lang}): first result ≤ 100 ms after the last keystroke (median trial)`,
			applies: () => true,
			miss: (run) => over(run.search[lang].firstResultMs, 100, (ms) => `${Math.round(ms)} ms`),
		},
		{
			name: `search (${lang}): first query fetches ≤ 150 KB up to 1000 notes`,
			applies: (run) => run.synthetic <= 1000,
			miss: (run) => over(run.search[lang].readyBytes + run.search[lang].queryBytes, 150 * KB, kilobytes),
		},
	]),
];

/** Output grows linearly: bytes per added note between the two largest runs within 25% of that between the two smallest. */
function linearOutput(runs: RunResult[]): string | undefined {
	const sorted = [...runs].sort((a, b) => a.synthetic - b.synthetic);
	if (sorted.length < 3) return undefined;
	const slope = (a: RunResult, b: RunResult) => (b.dist.bytes - a.dist.bytes) / (b.synthetic - a.synthetic);
	const [first, last] = [slope(sorted[0]!, sorted[1]!), slope(sorted.at(-2)!, sorted.at(-1)!)];
	return last > first * 1.25 ? `${kilobytes(last)} per note at the top vs ${kilobytes(first)} at the bottom` : undefined;
}

/** Every budget missed, as "N notes: budget: measured > limit". */
export function checkBudgets(report: Report): string[] {
	const misses: string[] = [];
	for (const run of report.runs) {
		for (const budget of budgets) {
			const miss = budget.applies(run) ? budget.miss(run) : undefined;
			if (miss) misses.push(`${run.synthetic} notes: ${budget.name}: ${miss}`);
		}
	}
	const linear = linearOutput(report.runs);
	if (linear) misses.push(`output grows linearly with notes: ${linear}`);
	return misses;
}
