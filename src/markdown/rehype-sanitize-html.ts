/** rehype plugin: sanitizes the note's HTML with the allowlist of sanitize-schema.ts (rehype-sanitize), warns on the file about everything removed, then puts back what rehype-raw-html.ts set aside. */
import type { Element, Nodes, Parents, Root, RootContent } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { setAsideOf, trustKey } from './rehype-raw-html.ts';
import { CLOBBER_PREFIX, sanitizeSchema } from './sanitize-schema.ts';

/** One thing the sanitizer may remove: an element, or one attribute (or class) of an element. */
interface Item {
	key: string;
	element: Element;
	value?: string;
	/** Inside an element removed with its content: that removal is the one to report. */
	inStripped: boolean;
}

const STRIPPED = new Set(sanitizeSchema.strip ?? []);

export default function rehypeSanitizeHtml() {
	const sanitize = rehypeSanitize(sanitizeSchema);
	return (tree: Root, file: VFile): Root => {
		const removedInputs = removeNonCheckboxInputs(tree);
		const before = inventory(tree);
		const clean = sanitize(tree) as Root;
		warnRemoved(file, before, removedInputs, inventory(clean));
		const setAside = setAsideOf(file);
		restore(clean, setAside?.slots ?? new Map(), setAside?.trustedIds ?? new Set());
		return clean;
	};
}

/** A form field other than a checkbox is never kept (the schema would turn it into one). */
function removeNonCheckboxInputs(parent: Parents): Element[] {
	const removed: Element[] = [];
	parent.children = parent.children.filter((child) => {
		if (child.type !== 'element') return true;
		if (child.tagName === 'input' && String(child.properties.type ?? '').toLowerCase() !== 'checkbox') {
			removed.push(child);
			return false;
		}
		removed.push(...removeNonCheckboxInputs(child));
		return true;
	}) as typeof parent.children;
	return removed;
}

function attributeName(property: string): string {
	if (property === 'className') return 'class';
	if (property === 'htmlFor') return 'for';
	if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
	return property.toLowerCase();
}

/** Every element, attribute and class in a tree, keyed as they are reported. */
function inventory(tree: Root): Item[] {
	const items: Item[] = [];
	const walk = (node: Nodes, inStripped: boolean) => {
		if (node.type === 'element') {
			items.push({ key: `<${node.tagName}> element`, element: node, inStripped });
			for (const [property, value] of Object.entries(node.properties)) {
				if (value === undefined || value === null || value === false) continue;
				const name = attributeName(property);
				if (property === 'className' && Array.isArray(value)) {
					for (const token of value) items.push({ key: `class "${token}" on <${node.tagName}>`, element: node, inStripped });
				} else {
					const shown = typeof value === 'string' && (name === 'href' || name === 'src') ? value : undefined;
					items.push({ key: `${name} attribute on <${node.tagName}>`, element: node, value: shown, inStripped });
				}
			}
		}
		const strips = inStripped || (node.type === 'element' && STRIPPED.has(node.tagName));
		if ('children' in node) for (const child of node.children) walk(child, strips);
	};
	walk(tree, false);
	return items;
}

const where = (point: Point | undefined) => (point ? `${point.line}:${point.column}:${point.offset ?? ''}` : '');
const elementKey = (element: Element) => `${element.tagName}@${where(element.position?.start)}`;

/** Compares what was there with what is left, and puts one warning per kind of removal on the file. */
function warnRemoved(file: VFile, before: Item[], removedInputs: Element[], after: Item[]): void {
	const survivingElements = new Set(after.filter((item) => item.key.endsWith(' element')).map((item) => elementKey(item.element)));
	const left = new Map<string, number>();
	for (const item of after) {
		const id = `${item.key}|${elementKey(item.element)}`;
		left.set(id, (left.get(id) ?? 0) + 1);
	}
	const removed = new Map<string, Item[]>();
	const add = (item: Item) => removed.set(item.key, [...(removed.get(item.key) ?? []), item]);
	for (const input of removedInputs) add({ key: `<input> element`, element: input, inStripped: false });
	for (const item of before) {
		const id = `${item.key}|${elementKey(item.element)}`;
		const count = left.get(id) ?? 0;
		if (count > 0) {
			left.set(id, count - 1);
			continue;
		}
		if (item.inStripped) continue;
		// An attribute of an element that went entirely is not worth a second warning.
		if (!item.key.endsWith(' element') && item.element.position && !survivingElements.has(elementKey(item.element))) continue;
		add(item);
	}
	for (const [key, items] of removed) {
		const first = items[0]!;
		const times = items.length > 1 ? ` (${items.length} times)` : '';
		const value = first.value ? ` (${JSON.stringify(first.value.slice(0, 80))})` : '';
		const message = file.message(`Removed unsafe or unsupported HTML: ${key}${value}${times}`, {
			place: first.element.position,
			source: 'note-sanitize',
			ruleId: 'removed-html',
		});
		message.fatal = false;
	}
}

/** Puts back the code blocks and MDX nodes set aside, and the ids Markdown made itself (unprefixed). */
function restore(parent: Parents, slots: Map<string, RootContent>, trustedIds: Set<string>): void {
	parent.children = parent.children.map((child) => {
		if (child.type !== 'element') return child;
		const slot = child.properties.dataSlot;
		if (slot !== undefined) {
			const original = typeof slot === 'string' ? slots.get(slot) : undefined;
			if (original) return original;
			delete child.properties.dataSlot; // written by the author: not ours
		}
		const properties: Record<string, unknown> = child.properties;
		for (const key of sanitizeSchema.clobber ?? []) {
			const value = properties[key];
			const unclobber = (v: unknown) => {
				if (typeof v !== 'string' || !v.startsWith(CLOBBER_PREFIX)) return v;
				const original = v.slice(CLOBBER_PREFIX.length);
				return trustedIds.has(trustKey(child, original)) ? original : v;
			};
			if (Array.isArray(value)) properties[key] = value.map(unclobber);
			else if (value !== undefined) properties[key] = unclobber(value);
		}
		// A class attribute whose every class was removed.
		if (Array.isArray(child.properties.className) && child.properties.className.length === 0) delete child.properties.className;
		restore(child, slots, trustedIds);
		return child;
	}) as typeof parent.children;
}
