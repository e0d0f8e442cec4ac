/** The `作者` entry of an old note: numbered list, one line, or a table; `Name (Affiliation)`, `Name (中文名)` and `[Name](../Authors/X.md)` entries. */
import type { Nodes, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { isPlaceholder } from './fields.ts';
import type { SourceText } from './source.ts';

export type ImportedAuthor = string | { name: string; affiliation: string };

/**
 * Authors from the entry's text after `作者:` (`inline`, the one-line form) and the blocks under it
 * (a list, one author an item, or a table with a name column).
 */
export function readAuthors(source: SourceText, inline: Nodes[], blocks: RootContent[]): ImportedAuthor[] {
	const authors: ImportedAuthor[] = [];
	const add = (text: string) => {
		const author = parseAuthor(text);
		if (author) authors.push(author);
	};
	const inlineText = inline.map((node) => toString(node)).join('');
	for (const part of splitOutsideParentheses(inlineText)) add(part);
	reportLinks(source, inline);
	for (const block of blocks) {
		if (block.type === 'list') {
			for (const item of block.children) add(toString(item.children[0] ?? item));
		} else if (block.type === 'table') {
			for (const author of tableAuthors(source, block)) authors.push(author);
			continue;
		} else {
			source.report(block.position!.start.offset!, `作者: text not read as authors: "${toString(block).slice(0, 60)}"`);
		}
		reportLinks(source, [block]);
	}
	return authors;
}

/** `01 Name,` → `Name`; `Name (Affiliation)` → both; a Chinese name in parentheses stays with the name. */
export function parseAuthor(text: string): ImportedAuthor | undefined {
	const entry = text
		.trim()
		.replace(/^\d+[.)、:]?\s+/, '')
		.replace(/[,，;；。]+$/, '')
		.trim();
	if (isPlaceholder(entry)) return undefined;
	const match = /^(.+?)\s*[(（]([^()（）]+)[)）]$/.exec(entry);
	if (!match) return entry;
	const [, name, inner] = match as unknown as [string, string, string];
	const chineseName = /\p{Script=Latin}/u.test(name) && /^[\p{Script=Han}·]{2,5}$/u.test(inner.trim()) && !/(?:大学|学院|研究院|实验室|公司|中心|所)$/u.test(inner);
	return chineseName ? entry : { name: name.trim(), affiliation: inner.trim() };
}

/** Splits `A, B (X, Y); C` at the commas and semicolons that are not inside parentheses. */
function splitOutsideParentheses(text: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let current = '';
	for (const char of text) {
		if (char === '(' || char === '（') depth++;
		if (char === ')' || char === '）') depth = Math.max(0, depth - 1);
		if (depth === 0 && /[,，;；、]/u.test(char)) {
			parts.push(current);
			current = '';
		} else current += char;
	}
	return [...parts, current].filter((part) => part.trim() !== '');
}

const NAME_COLUMN = /作者|姓名|名字|name|author/i;
const AFFILIATION_COLUMN = /机构|单位|affiliation|institution|organi[sz]ation/i;
const NUMBER_COLUMN = /^(?:序号|编号|no\.?|#|number|)$/i;

function tableAuthors(source: SourceText, table: Table): ImportedAuthor[] {
	const [header, ...rows] = table.children.map((row) => row.children.map((cell) => toString(cell).trim()));
	if (!header) return [];
	let nameColumn = header.findIndex((title) => NAME_COLUMN.test(title));
	if (nameColumn < 0) nameColumn = header.findIndex((_, column) => rows.some((row) => /\p{L}/u.test(row[column] ?? '')));
	const affiliationColumn = header.findIndex((title) => AFFILIATION_COLUMN.test(title));
	header.forEach((title, column) => {
		const values = rows.map((row) => row[column] ?? '').filter((value) => !isPlaceholder(value));
		if (column !== nameColumn && column !== affiliationColumn && !NUMBER_COLUMN.test(title) && values.length > 0) {
			source.report(table.position!.start.offset!, `作者: table column "${title}" not imported (the note format has no field for it): ${values.join('; ')}`);
		}
	});
	reportLinks(source, table.children.slice(1).flatMap((row) => row.children[nameColumn] ?? []));
	return rows.flatMap((row) => {
		const author = parseAuthor(row[nameColumn] ?? '');
		const affiliation = row[affiliationColumn]?.trim();
		if (!author) return [];
		if (typeof author === 'string' && affiliation && !isPlaceholder(affiliation)) return [{ name: author, affiliation }];
		return [author];
	});
}

/** Links around author names point to the old collection's own author files: the site links each name to its author page instead, and says so. */
function reportLinks(source: SourceText, nodes: Nodes[]): void {
	for (const node of nodes) {
		visit(node, 'link', (link) => {
			if (link.url) source.report(link.position!.start.offset!, `作者: link of "${toString(link)}" not kept (${link.url}): the site links each author to its own author page`);
		});
	}
}
