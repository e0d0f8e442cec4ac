/** `npm run import -- <file or folder>... [--out notes/] [--force]`: converts notes of the older format into notes of the site, printing what it could not map; exits 1 if a note was refused or still needs completing. */
import { parseArgs } from 'node:util';
import { importNotes, type ImportResult } from '../src/importer/batch.ts';
import { formatReport } from '../src/importer/source.ts';
import { formatProblem } from '../src/lib/validate-notes.ts';

const usage = 'usage: npm run import -- <file or folder>... [--out notes/] [--force]';

function parse() {
	try {
		return parseArgs({
			allowPositionals: true,
			options: { out: { type: 'string', default: 'notes' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
		});
	} catch (error) {
		console.error(`import: ${(error as Error).message}\n${usage}`);
		process.exit(2);
	}
}
const args = parse();
if (args.values.help || args.positionals.length === 0) {
	console.log(usage);
	process.exit(args.values.help ? 0 : 2);
}

const results = await importNotes(args.positionals, { out: args.values.out, force: args.values.force });

for (const result of results) {
	console.log(headline(result));
	for (const report of result.reports) console.log(`  ${formatReport(report)}`);
	for (const problem of result.incomplete) console.log(`  to complete: ${formatProblem(problem)}`);
}
console.log(summary(results));
if (results.some((result) => result.status === 'refused' || result.status === 'failed' || result.incomplete.length > 0)) process.exit(1);

function headline(result: ImportResult): string {
	if (result.status === 'refused' || result.status === 'failed') return `${result.status}: ${result.source}: ${result.reason}`;
	return `${result.status}: ${result.output} (from ${result.source})`;
}

/** `✓ 5 notes imported (5 written), 9 things reported` or `✗ …` with what is left to do. */
function summary(all: ImportResult[]): string {
	const count = (status: ImportResult['status']) => all.filter((result) => result.status === status).length;
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	const statuses = (['written', 'overwritten', 'unchanged', 'refused', 'failed'] as const).filter((status) => count(status) > 0).map((status) => `${count(status)} ${status}`);
	const reported = all.reduce((sum, result) => sum + result.reports.length, 0);
	const incomplete = all.filter((result) => result.incomplete.length > 0).length;
	const ok = count('refused') + count('failed') + incomplete === 0;
	const parts = [`${plural(all.length, 'note')}: ${statuses.join(', ')}`, `${plural(reported, 'thing')} reported`];
	if (incomplete > 0) parts.push(`${plural(incomplete, 'note')} to complete by hand (npm run check:notes lists what is missing)`);
	return `${ok ? '✓' : '✗'} ${parts.join('; ')}`;
}
