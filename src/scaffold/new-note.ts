/** `npm run new`: writes the note a contributor starts from, filled in from arXiv when it answers, valid either way. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { arxivAbsUrl, lookUpArxiv, parseArxivId, type ArxivLookup, type ArxivPaper } from '../lib/arxiv.ts';
import { formatNoteFile } from '../lib/note-file.ts';
import { noteSlug } from '../lib/slug.ts';
import { checkNote, displayPath, formatProblem, noteFiles } from '../lib/validate-notes.ts';
import { linkKinds, type LinkKind } from '../schema/links.ts';
import { noteSkeleton } from './skeleton.ts';

export interface NewNoteRequest {
	/** An arXiv id or URL, as typed. */
	arxiv?: string;
	title?: string;
	short?: string;
	/** More links, each `URL` (an arXiv link, else the publication) or `kind=URL`. */
	links?: string[];
}

export interface NewNoteResult {
	/** The note written, relative to the working directory. */
	file: string;
	/** Whether title, authors and abstract came from arXiv. */
	fromArxiv: boolean;
	/** Why arXiv could not fill the note in, when it could not. */
	offline?: string;
	/** What is left for the contributor to fill in by hand. */
	todo: string[];
}

/** A request the scaffold refuses; the message says what to do instead. */
export class ScaffoldError extends Error {}

/** Placeholders that keep a skeleton valid; CONTRIBUTING and the pull-request checklist ask for none to be left. */
export const placeholder = (what: string): string => `TODO: ${what}`;

/** The text before the colon of "SALMONN: Towards…", when it is one word: the name papers are known by. */
export function shortFromTitle(title: string): string | undefined {
	return /^([^\s:]+):\s/.exec(title)?.[1];
}

export async function newNote(
	request: NewNoteRequest,
	{ dir, lookUp = (id) => lookUpArxiv(id) }: { dir: string; lookUp?: (id: string) => Promise<ArxivLookup> },
): Promise<NewNoteResult> {
	const { id, links } = resolveLinks(request);
	if (id === undefined && request.title === undefined) throw new ScaffoldError('Give an arXiv id or URL (e.g. 2310.13289), or --title "…" with --link URL.');
	if (Object.keys(links).length === 0) {
		throw new ScaffoldError('A note needs a link to its paper: give an arXiv id or URL, or --link URL (e.g. --link https://doi.org/…).');
	}
	if (id !== undefined) {
		const existing = await noteOfArxivPaper(dir, id);
		if (existing) throw new ScaffoldError(`${existing} is already the note of arXiv ${id}: one note per paper, so edit that one.`);
	}

	let paper: ArxivPaper | undefined;
	let offline: string | undefined;
	if (id !== undefined) {
		const answer = await lookUp(id);
		if (answer.found) paper = answer.paper;
		else if (answer.reason === 'unknown') throw new ScaffoldError(`${answer.message}: check the id.`);
		else offline = answer.message;
	}

	const title = request.title?.trim() || paper?.title;
	const short = request.short?.trim() || (title && shortFromTitle(title));
	const authors = paper?.authors.length ? paper.authors.map((a) => (a.affiliation ? a : a.name)) : undefined;
	if (paper?.doi && !links.publication) links.publication = `https://doi.org/${paper.doi}`;
	const frontmatter = {
		title: title ?? placeholder(id === undefined ? 'title' : `title of arXiv ${id}`),
		short,
		authors: authors ?? [placeholder('authors')],
		// In the order the schema lists the kinds, as the page shows them.
		links: Object.fromEntries(linkKinds.flatMap((kind) => (links[kind] ? [[kind, links[kind]]] : []))),
		date: paper?.published,
	};
	const todo = [...(title ? [] : ['title']), ...(authors ? [] : ['authors']), ...(paper?.abstract.length ? [] : ['abstract']), 'tags'];

	let slug: string;
	try {
		slug = noteSlug({ short, title, arxivId: id });
	} catch (error) {
		throw new ScaffoldError(`${(error as Error).message} Choose one with --short NAME.`);
	}
	const file = displayPath(path.join(dir, `${slug}.md`));
	if (existsSync(path.join(dir, `${slug}.md`)) || existsSync(path.join(dir, `${slug}.mdx`))) {
		throw new ScaffoldError(`${file} already exists (another paper of the same name?): choose another file name with --short NAME.`);
	}

	const text = formatNoteFile(frontmatter, noteSkeleton(paper?.abstract));
	// The same check as `npm run check:notes`: never write a note that would fail it (a mistyped --link, say).
	const { problems } = checkNote(file, text);
	if (problems.length > 0) throw new ScaffoldError(problems.map(formatProblem).join('\n'));
	await mkdir(dir, { recursive: true });
	await writeFile(path.join(dir, `${slug}.md`), text, { flag: 'wx' });
	return { file, fromArxiv: paper !== undefined, offline, todo };
}

/** The arXiv id and the links a request names; `--link` values are checked against the link kinds. */
function resolveLinks(request: NewNoteRequest): { id?: string; links: Partial<Record<LinkKind, string>> } {
	let id: string | undefined;
	if (request.arxiv !== undefined) {
		id = parseArxivId(request.arxiv);
		if (id === undefined) throw new ScaffoldError(`"${request.arxiv}" is not an arXiv id or arxiv.org link (e.g. 2310.13289 or https://arxiv.org/abs/2310.13289).`);
	}
	const links: Partial<Record<LinkKind, string>> = {};
	for (const value of request.links ?? []) {
		const written = /^([a-z]+)=(.+)$/.exec(value);
		const url = written ? written[2]! : value;
		const linkedId = parseArxivId(url);
		const kind = written ? written[1]! : linkedId !== undefined ? 'arxiv' : 'publication';
		if (!(linkKinds as readonly string[]).includes(kind)) {
			throw new ScaffoldError(`--link ${value}: unknown link kind "${kind}" (allowed: ${linkKinds.join(', ')}).`);
		}
		if (kind === 'arxiv') {
			if (linkedId === undefined) throw new ScaffoldError(`--link ${value}: not an arxiv.org link to a paper.`);
			if (id !== undefined && id !== linkedId) throw new ScaffoldError(`--link ${value} names arXiv ${linkedId}, but the note is for arXiv ${id}.`);
			id = linkedId;
			continue;
		}
		if (links[kind as LinkKind]) throw new ScaffoldError(`Two ${kind} links: give the kind of the other one as --link KIND=URL (${linkKinds.join(', ')}).`);
		links[kind as LinkKind] = url;
	}
	if (id !== undefined) links.arxiv = arxivAbsUrl(id);
	return { id, links };
}

/** The note (path) under `dir` that already links to arXiv paper `id`, in any version or abs/pdf form. */
async function noteOfArxivPaper(dir: string, id: string): Promise<string | undefined> {
	if (!existsSync(dir)) return undefined;
	for (const absolute of noteFiles(dir)) {
		const file = displayPath(absolute);
		if (checkNote(file, await readFile(absolute, 'utf8')).arxivId === id) return file;
	}
	return undefined;
}
