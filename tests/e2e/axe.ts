/** Runs axe-core (the pinned npm package) in a page and returns its violations, one line each. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated through the DevTools protocol: a <script> tag would be (rightly) refused by the page's CSP.
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
		const results = await axe.run(document, { resultTypes: ['violations'] });
		return results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
	});
	return violations.flatMap((v) => v.targets.map((target) => `${v.id} (${v.help}): ${target}`));
}
