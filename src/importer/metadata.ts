/** The metadata of an old note (the `基本信息` list, a YAML front matter) mapped to frontmatter fields; what has no field is reported. */
import type { List, ListItem, Nodes, Paragraph, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { linkKinds, type LinkKind } from '../schema/links.ts';
import { parseAuthor, readAuthors, type ImportedAuthor } from './authors.ts';
import { cleanDate, cleanTitle, cleanVenue, isPlaceholder, kebabTag, splitTags } from './fields.ts';
import { entryParagraphs, labelledLinks, linkKind, readLinks, reportFiles, webUrl } from './links.ts';
import type { SourceText } from './source.ts';

export interface Metadata {
	title?: string;
	short?: string;
	authors: ImportedAuthor[];
	links: Partial<Record<LinkKind, string>>;
	date?: string;
	venue?: string;
	tags: string[];
}

export const emptyMetadata = (): Metadata => ({ authors: [], links: {}, tags: [] });

type Field = 'title' | 'authors' | 'links' | 'files' | 'date' | 'venue' | 'tags' | 'short';

const KEYS: [RegExp, Field][] = [
	[/^(?:标题|题目|title)$/i, 'title'],
	[/^(?:作者|authors?)$/i, 'authors'],
	[/^(?:链接|links?)$/i, 'links'],
	[/^(?:文件|files?)$/i, 'files'],
	[/^(?:时间|日期|发表时间|发布时间|date)$/i, 'date'],
	[/^(?:发表|会议|期刊|venue|conference|journal)$/i, 'venue'],
	[/^(?:标签|关键词|tags?|keywords)$/i, 'tags'],
	[/^short$/i, 'short'],
];
const fieldOf = (key: string): Field | undefined => KEYS.find(([pattern]) => pattern.test(key.trim()))?.[1];

/** Whether a list is a metadata list: its first item reads `标题: …` (or another known key). */
export function isMetadataList(source: SourceText, list: List): boolean {
	const first = list.children[0];
	return first !== undefined && entryKey(source, first) !== undefined && fieldOf(entryKey(source, first)!.key) !== undefined;
}

/** Reads every `- key: value` item of the `基本信息` list into `meta`. */
export function readMetadataList(source: SourceText, list: List, meta: Metadata): void {
	for (const item of list.children) {
		const offset = item.position!.start.offset!;
		const entry = entryKey(source, item);
		if (!entry) {
			source.report(offset, `基本信息: line not imported: "${toString(item).slice(0, 80)}"`);
			continue;
		}
		const paragraph = item.children[0] as Paragraph;
		const inline = nodesAfter(paragraph, entry.from);
		const blocks = item.children.slice(1);
		const text = toString({ type: 'paragraph', children: inline } as Paragraph).trim();
		const field = fieldOf(entry.key);
		switch (field) {
			case 'title':
				set(source, meta, 'title', isPlaceholder(text) ? undefined : cleanTitle(text), offset);
				break;
			case 'short':
				set(source, meta, 'short', isPlaceholder(text) ? undefined : text, offset);
				break;
			case 'authors':
				if (meta.authors.length === 0) meta.authors = readAuthors(source, inline, blocks);
				else source.report(offset, `${entry.key}: second list of authors not imported`);
				break;
			case 'links':
			case 'files': {
				const found = labelledLinks([{ node: paragraph, from: entry.from }, ...entryParagraphs(blocks)]);
				if (field === 'files') {
					reportFiles(source, found);
					break;
				}
				const { links, venue } = readLinks(source, found);
				for (const [kind, url] of Object.entries(links) as [LinkKind, string][]) {
					if (!meta.links[kind]) meta.links[kind] = url;
					else if (meta.links[kind] !== url) source.report(offset, `${entry.key}: links.${kind} ${url} not imported (already ${meta.links[kind]})`);
				}
				if (venue) set(source, meta, 'venue', venue.value, venue.offset);
				break;
			}
			case 'date':
				setDate(source, meta, entry.key, text, offset);
				break;
			case 'venue':
				set(source, meta, 'venue', isPlaceholder(text) ? undefined : cleanVenue(text), offset);
				break;
			case 'tags':
				addTags(source, meta, entry.key, [...splitTags(text), ...blocks.flatMap((block) => listTexts(block).flatMap(splitTags))], offset);
				break;
			case undefined: {
				const values = [text, ...blocks.flatMap(listTexts)].filter((value) => !isPlaceholder(value));
				// Affiliations have a place, next to each author.
				const hint = /^(?:机构|单位|affiliations?)$/i.test(entry.key) ? 'write each author as "Name (Affiliation)"' : 'the note format has no field for it';
				if (values.length > 0) source.report(offset, `${entry.key}: "${values.join('; ')}" not imported (${hint})`);
			}
		}
	}
}

/** Reads a YAML front matter written above an old note: the keys with a field are mapped, the rest reported. */
export function readFrontMatter(source: SourceText, yaml: string, yamlStart: number, meta: Metadata): void {
	const doc = parseDocument(yaml);
	if (doc.errors.length > 0 || !isMap(doc.contents)) {
		source.report(yamlStart, `front matter not imported: ${doc.errors[0]?.message.split('\n')[0] ?? 'not a mapping of keys'}`);
		return;
	}
	for (const pair of doc.contents.items) {
		const key = textOf(pair.key);
		const offset = yamlStart + ((pair.key as YamlNode | null)?.range?.[0] ?? 0);
		const value = pair.value as YamlNode | null;
		const texts = (isSeq(value) ? value.items : value === null ? [] : [value]).map(textOf).filter((text) => !isPlaceholder(text));
		const field = fieldOf(key);
		if (field === 'title' || field === 'short') set(source, meta, field, texts[0] && cleanTitle(texts[0]), offset);
		else if (field === 'date') setDate(source, meta, key, texts[0] ?? '', offset);
		else if (field === 'venue') set(source, meta, 'venue', texts[0] && cleanVenue(texts[0]), offset);
		else if (field === 'tags') addTags(source, meta, key, texts.flatMap(splitTags), offset);
		else if (field === 'authors' && meta.authors.length === 0) meta.authors = texts.flatMap((text) => parseAuthor(text) ?? []);
		else if (field === 'links' && isMap(value)) {
			for (const link of value.items) {
				const [label, url] = [textOf(link.key), textOf(link.value)];
				const kind = linkKind(label) ?? linkKinds.find((name) => name === label);
				if (kind && webUrl(url) && !meta.links[kind]) meta.links[kind] = url;
				else source.report(offset, `front matter ${key}.${label}: "${url}" not imported`);
			}
		} else if (texts.length > 0) {
			source.report(offset, `front matter ${key}: "${texts.join('; ')}" not imported (${field ? `${field} already given` : 'the note format has no field for it'})`);
		}
	}
}

/** The text of a YAML scalar (or of anything else, as YAML would write it). */
const textOf = (node: unknown): string => String(isScalar(node) ? node.value : node).trim();

/** `标题` in `- 标题: "…"`, and the offset where its value starts. */
function entryKey(source: SourceText, item: ListItem): { key: string; from: number } | undefined {
	const paragraph = item.children[0];
	if (paragraph?.type !== 'paragraph') return undefined;
	const start = paragraph.position!.start.offset!;
	const match = /^([^:：\n[\]()]{1,24}?)\s*[:：]\s*/u.exec(source.text.slice(start, paragraph.position!.end.offset!));
	return match ? { key: match[1]!.trim(), from: start + match[0].length } : undefined;
}

/** The paragraph's children from `from` on, the first text cut where the value starts. */
function nodesAfter(paragraph: Paragraph, from: number): Nodes[] {
	return paragraph.children.flatMap((child): Nodes[] => {
		const start = child.position!.start.offset!;
		const end = child.position!.end.offset!;
		if (end <= from) return [];
		if (start >= from || child.type !== 'text') return [child];
		const cut: Text = { type: 'text', value: child.value.slice(child.value.length - (end - from)), position: { start: { ...child.position!.start, offset: from }, end: child.position!.end } };
		return [cut];
	});
}

/** The text of each item of a list (for tags and unknown keys). */
function listTexts(block: Nodes): string[] {
	return block.type === 'list' ? block.children.map((item) => toString(item).trim()) : [toString(block).trim()];
}

function set(source: SourceText, meta: Metadata, field: 'title' | 'short' | 'venue' | 'date', value: string | undefined, offset: number): void {
	if (value === undefined || value === '') return;
	if (meta[field] === undefined) meta[field] = value;
	else if (meta[field] !== value) source.report(offset, `${field} "${value}" not imported (already "${meta[field]}")`);
}

function setDate(source: SourceText, meta: Metadata, key: string, text: string, offset: number): void {
	if (isPlaceholder(text)) return;
	const date = cleanDate(text);
	if (date) set(source, meta, 'date', date, offset);
	else source.report(offset, `${key}: "${text}" not imported: not a date of the form YYYY-MM-DD or YYYY-MM`);
}

function addTags(source: SourceText, meta: Metadata, key: string, tags: string[], offset: number): void {
	for (const tag of tags) {
		const kebab = kebabTag(tag);
		if (!kebab) source.report(offset, `${key}: tag "${tag}" not imported: tags are kebab-case Latin words (e.g. "speech-llm")`);
		else if (!meta.tags.includes(kebab)) meta.tags.push(kebab);
	}
}
