/** The helper process of `page-policies.ts`: sets the policies of the pages it is given and sends back their facts. */
import { setPolicies } from './page-policies.ts';

process.once('message', async ({ site, pages }: { site: string; pages: string[] }) => {
	process.send!(await setPolicies(site, pages));
});
