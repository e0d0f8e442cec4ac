/** The helper process of `page-policies.ts`: reads the facts of each page it is sent, answers with its scripts' hashes, and checks them all when asked. */
import { deserialize, serialize } from 'node:v8';
import { isHtml } from './built-site.ts';
import { checkLinks, formatBrokenLink } from './check-links.ts';
import { policyProblems, scriptHash } from './csp.ts';
import { pageFacts, type PageFacts } from './page-facts.ts';
import { fileKey, type FromFactsHelper, type PageProblems, type ToFactsHelper } from './page-policies.ts';

// Serialized: the parser's strings are slices of the page, and would keep every page's whole HTML alive.
const facts = new Map<string, Buffer>();

process.on('message', (message: ToFactsHelper) => {
	const send = (reply: FromFactsHelper) => process.send!(reply);
	if (!('finish' in message)) {
		const { buffer, byteOffset, byteLength } = message.html;
		const found = pageFacts(Buffer.from(buffer, byteOffset, byteLength).toString('utf8'));
		facts.set(message.page, serialize(found));
		return void send({ id: message.id, hashes: found.scripts.map((script) => scriptHash(script.text)) });
	}
	const { files, options } = message.finish;
	const pages = new Map<string, PageFacts>();
	const problems: PageProblems = { policies: [], links: [] };
	for (const page of files.filter(isHtml)) {
		const found = facts.get(fileKey(page));
		if (!found) {
			problems.policies.push(`${page}: written, but not rendered through src/middleware.ts`);
			continue;
		}
		pages.set(page, deserialize(found) as PageFacts);
		problems.policies.push(...policyProblems(pages.get(page)!).map((problem) => `${page}: ${problem}`));
	}
	problems.links = checkLinks(pages, new Set(files), options).map(formatBrokenLink);
	send(problems);
});
