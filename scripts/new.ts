/** `npm run new -- <arXiv id or URL | --title "…" --link URL> [--short NAME] [--link [KIND=]URL]…`: starts a note in `notes/`. */
import { parseArgs } from 'node:util';
import { lookUpArxiv } from '../src/lib/arxiv.ts';
import { notesDir } from '../src/lib/notes-dir.ts';
import { newNote, ScaffoldError } from '../src/scaffold/new-note.ts';

const usage = `Usage:
  npm run new -- 2310.13289                      a note for an arXiv paper (id or arxiv.org link)
  npm run new -- 2310.13289 --short SALMONN      ...named notes/salmonn.md
  npm run new -- --title "A Paper" --link https://doi.org/10.1000/xyz
                                                 a paper not on arXiv (a link is required)
Options:
  --title TEXT         the paper's title (else arXiv's)
  --short NAME         the name the paper is known by; it names the file
  --link [KIND=]URL    a link (repeatable); KIND is one of arxiv, pdf, publication, code, demo, dataset, project
                       (default: arxiv for an arxiv.org link, else publication)`;

function readArgs() {
	try {
		return parseArgs({
			allowPositionals: true,
			options: { title: { type: 'string' }, short: { type: 'string' }, link: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
		});
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${usage}`);
		process.exit(1);
	}
}
const { values, positionals } = readArgs();
if (values.help || positionals.length > 1 || (positionals.length === 0 && values.title === undefined)) {
	console[values.help ? 'log' : 'error'](usage);
	process.exit(values.help ? 0 : 1);
}

const [arxiv] = positionals;
// ARXIV_API_URL points the scaffold at another copy of the API: tests use a recorded answer on loopback.
const api = process.env.ARXIV_API_URL;
try {
	const result = await newNote(
		{ arxiv, title: values.title, short: values.short, links: values.link },
		{
			dir: notesDir,
			lookUp: (id) => {
				console.log(`Asking arXiv about ${id}…`);
				return lookUpArxiv(id, { api });
			},
		},
	);
	if (result.offline) console.log(`arXiv could not fill in the note: ${result.offline}. Wrote a skeleton to complete by hand.`);
	else if (result.fromArxiv) console.log('Filled in title, authors, date and abstract from arXiv.');
	console.log(`Created ${result.file}`);
	console.log(`Still to write: ${result.todo.join(', ')}, and the Chinese translation and sections you know.`);
	console.log('Replace every "TODO:" placeholder, then run `npm run check:notes` and `npm run dev` (see CONTRIBUTING.md).');
} catch (error) {
	if (!(error instanceof ScaffoldError)) throw error;
	console.error(error.message);
	process.exit(1);
}
