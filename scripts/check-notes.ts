/** `npm run check:notes [DIR]`: checks every note's frontmatter (default `notes/`), prints each problem on one line, exits 1 if any. */
import { formatProblem, summarize, validateNotes, type Problem } from '../src/lib/validate-notes.ts';
import { notesDir } from '../src/lib/notes-dir.ts';

const dir = process.argv[2] ?? notesDir;

// GitHub reads these lines from the log and pins each message to its file and line in the pull request.
function annotation(p: Problem): string {
	const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
	const line = p.line === undefined ? '' : `,line=${p.line}`;
	return `::error file=${escapeProperty(p.file)}${line},title=${escapeProperty(`note frontmatter: ${p.field}`)}::${escapeData(`${p.field}: ${p.message}`)}`;
}

let result: Awaited<ReturnType<typeof validateNotes>>;
try {
	result = await validateNotes(dir);
} catch (error) {
	console.error(`check-notes: cannot read ${dir}: ${(error as Error).message}`);
	process.exit(1);
}

const { problems } = result;
for (const problem of problems) console.log(formatProblem(problem));
if (process.env.GITHUB_ACTIONS === 'true') for (const problem of problems) console.log(annotation(problem));

console.log(summarize(result));
if (problems.length > 0) process.exit(1);
