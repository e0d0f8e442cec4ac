/** Turns zod issues of the note schema into `field.path: message` lines a person can act on. */
import type { z } from 'astro/zod';
import { linkKinds } from './links.ts';
import { noteSchema } from './note.ts';

export interface FieldMessage {
	/** Path of the field in the frontmatter, e.g. `['links', 'githbu']`; empty for the block as a whole. */
	path: (string | number)[];
	/** Dotted path of the offending field, e.g. `links.githbu` or `authors.0`; `frontmatter` for the whole block. */
	field: string;
	message: string;
}

type Issue = z.core.$ZodIssue;
type Path = PropertyKey[];

/** Top-level fields, in the order the schema declares them. */
export const noteFields: readonly string[] = Object.keys(noteSchema.in.shape);
const authorFields = ['name', 'affiliation'];

// Names people reach for that mean one of our keys, but are too far from it for an edit distance to find.
const linkAliases: Record<string, string> = {
	github: 'code',
	gitlab: 'code',
	repo: 'code',
	repository: 'code',
	source: 'code',
	paper: 'publication',
	doi: 'publication',
	proceedings: 'publication',
	data: 'dataset',
	website: 'project',
	homepage: 'project',
	page: 'project',
	slides: 'project',
	video: 'demo',
};
const fieldAliases: Record<string, string> = {
	name: 'title',
	author: 'authors',
	year: 'date',
	published: 'date',
	conference: 'venue',
	journal: 'venue',
	keywords: 'tags',
	url: 'links',
	link: 'links',
};

const missing = Symbol('missing');

/**
 * One `{ field, message }` per problem. `input` is the data that was parsed: with it (or with
 * `safeParse(data, { reportInput: true })`) a missing field says `required` and a wrong value says what it got.
 */
export function formatIssues(error: { issues: readonly Issue[] }, input: unknown = missing): FieldMessage[] {
	return error.issues.flatMap((issue) => formatIssue(issue, [], input));
}

/** `field: message`, one line. */
export function formatFieldMessage({ field, message }: FieldMessage): string {
	return `${field}: ${message}`;
}

function formatIssue(issue: Issue, prefix: Path, root: unknown): FieldMessage[] {
	const path = [...prefix, ...issue.path];
	const value = 'input' in issue ? issue.input : root === missing ? missing : valueAt(root, path);
	switch (issue.code) {
		case 'unrecognized_keys':
			return issue.keys.map((key) => entry([...path, key], unknownKey(path, key)));
		case 'invalid_union': {
			// Report the branch that fits the kind of value written (a mapping author, say), not "none matched".
			const fitting = issue.errors.filter((branch) => !branch.every((sub) => sub.code === 'invalid_type' && sub.path.length === 0));
			if (fitting.length === 1) return fitting[0].flatMap((sub) => formatIssue(sub, path, root));
			return [entry(path, withValue(issue.message, value))];
		}
		case 'invalid_type':
			if (path.length === 0) {
				return [entry(path, `must be a mapping of fields (${noteFields.join(', ')})${got(value)}`)];
			}
			if (value === undefined && !hasValueAt(root, path)) return [entry(path, 'required')];
			return [entry(path, withValue(issue.message, value))];
		case 'invalid_format':
			// The kebab-case message already quotes the tag; a URL message does not quote the URL.
			return [entry(path, issue.format === 'url' ? withValue(issue.message, value) : issue.message)];
		default:
			return [entry(path, issue.message)];
	}
}

function unknownKey(path: Path, key: string): string {
	if (path.length === 0) {
		if ((linkKinds as readonly string[]).includes(key)) return `unknown field; links go under "links:", did you mean "links.${key}"?`;
		return `unknown field (allowed: ${noteFields.join(', ')})${didYouMean(key, noteFields, fieldAliases)}`;
	}
	if (path.length === 1 && path[0] === 'links') {
		return `unknown link kind "${key}" (allowed: ${linkKinds.join(', ')})${didYouMean(key, linkKinds, linkAliases)}`;
	}
	if (path[0] === 'authors') return `unknown field (allowed: ${authorFields.join(', ')})${didYouMean(key, authorFields, {})}`;
	return 'unknown field';
}

/** `; did you mean "title"?` when `key` is a typo of a known key (or of a common alias of one), else empty. */
export function didYouMean(key: string, known: readonly string[], aliases: Record<string, string>): string {
	const lower = key.toLowerCase();
	const candidates: [string, string][] = [...known.map((k): [string, string] => [k, k]), ...Object.entries(aliases)];
	let best: { target: string; distance: number } | undefined;
	for (const [spelling, target] of candidates) {
		const distance = editDistance(lower, spelling);
		if (distance <= (spelling.length <= 3 ? 1 : 2) && (!best || distance < best.distance)) best = { target, distance };
	}
	return best ? `; did you mean "${best.target}"?` : '';
}

/** Edit distance counting a swap of neighbours as one edit (optimal string alignment): `titel` is 1 from `title`. */
export function editDistance(a: string, b: string): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
		}
	}
	return d[a.length][b.length];
}

function entry(path: Path, message: string): FieldMessage {
	const plain = path.map((step) => (typeof step === 'number' ? step : String(step)));
	return { path: plain, field: plain.length === 0 ? 'frontmatter' : plain.join('.'), message };
}

function withValue(message: string, value: unknown): string {
	return `${message}${got(value)}`;
}

/** ` (got …)` naming what was written, so a wrong type is easy to spot; empty when the value is not known. */
function got(value: unknown): string {
	if (value === missing || value === undefined) return '';
	if (value === null) return ' (got an empty value)';
	if (typeof value === 'string') return ` (got ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)})`;
	if (typeof value === 'number' || typeof value === 'boolean') return ` (got ${typeof value} ${value})`;
	if (value instanceof Date) return ' (got a date)';
	if (Array.isArray(value)) return ' (got a list)';
	return ' (got a mapping)';
}

function valueAt(root: unknown, path: Path): unknown {
	let value = root;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function hasValueAt(root: unknown, path: Path): boolean {
	if (root === missing) return false;
	const parent = valueAt(root, path.slice(0, -1));
	return parent !== null && typeof parent === 'object' && Object.hasOwn(parent, path.at(-1)!);
}
