/** The benchmark report as a Markdown table: one column per notes count. */
import type { BuildResult, Report, RunResult } from './types.ts';
import type { PageWeight } from './page-weight.ts';
import type { SearchTiming } from './search-timing.ts';

const s = (ms: number) => (ms / 1000).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(1);

const build = (result: BuildResult) =>
	`${s(result.wallMs)} s, ${mb(result.peakRssBytes)} MB`;
const phases = ({ phases: p }: BuildResult) =>
	`${s(p.content)} / ${s(p.pages)} / ${s(p.pagefind)} / ${s(p.post)} / ${s(p.other)}`;
const weight = (page: PageWeight | undefined) =>
	page
		? `${kb(page.bytes)} KB, ${page.requests} req (${Object.entries(page.byType)
				.map(([type, { bytes, requests }]) => `${type} ${kb(bytes)}${requests > 1 ? `×${requests}` : ''}`)
				.join(', ')})`
		: '–';
const search = (timing: SearchTiming) =>
	`${Math.round(timing.readyMs)} / ${Math.round(timing.firstResultMs)} ms (${timing.firstResultTrialsMs.map(Math.round).join(', ')}), ${kb(timing.readyBytes)} + ${kb(timing.queryBytes)} KB`;

const rows: [string, (run: RunResult) => string][] = [
	['notes (synthetic + real)', (run) => `${run.synthetic} + ${run.notes - run.synthetic}`],
	['cold build: wall, peak memory', (run) => build(run.cold)],
	['· phases, s: content & Markdown / pages / Pagefind / post / other', (run) => phases(run.cold)],
	['warm build (one note changed)', (run) => build(run.warm)],
	['· phases, s', (run) => phases(run.warm)],
	['load average before cold / warm build', (run) => `${run.cold.loadBefore.toFixed(1)} / ${run.warm.loadBefore.toFixed(1)}`],
	['dist: MB, files', (run) => `${mb(run.dist.bytes)} MB, ${run.dist.files}`],
	['Pagefind: MB, files', (run) => `${mb(run.pagefind.bytes)} MB, ${run.pagefind.files}`],
	['home page (gzip)', (run) => weight(run.pages.home)],
	['seed note page, no math (gzip)', (run) => weight(run.pages.seedNote)],
	['synthetic note page with math (gzip)', (run) => weight(run.pages.mathNote)],
	[`search en: open→ready / last key→first result, median (trials), bytes ready + query`, (run) => `“${run.search.en.query}”: ${search(run.search.en)}`],
	[`search zh: same`, (run) => `“${run.search.zh.query}”: ${search(run.search.zh)}`],
];

export function markdownTable(report: Report): string {
	const header = `| | ${report.runs.map((run) => `${run.synthetic} notes`).join(' | ')} |`;
	const rule = `| --- | ${report.runs.map(() => '---').join(' | ')} |`;
	return [header, rule, ...rows.map(([label, cell]) => `| ${label} | ${report.runs.map(cell).join(' | ')} |`)].join('\n');
}
