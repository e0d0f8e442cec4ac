import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The workflows cannot run here: these tests read them as GitHub will, and check what each must do.

interface Step {
	name?: string;
	id?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Job {
	'runs-on'?: string;
	needs?: string | string[];
	env?: Record<string, string>;
	environment?: { name: string; url?: string };
	steps: Step[];
}
interface Workflow {
	name: string;
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	concurrency?: { group: string; 'cancel-in-progress'?: boolean };
	jobs: Record<string, Job>;
}

const dir = '.github/workflows';
const read = (file: string) => parse(readFileSync(`${dir}/${file}`, 'utf8')) as Workflow;
const workflows = Object.fromEntries(readdirSync(dir).map((file) => [file, read(file)]));
const checks = workflows['checks.yml']!;
const deploy = workflows['deploy.yml']!;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
const readme = readFileSync('README.md', 'utf8');

const runs = (job: Job) => job.steps.flatMap((step) => (step.run ? [step.run.trim()] : []));
const uses = (job: Job, action: string) => job.steps.find((step) => step.uses?.startsWith(`${action}@`));

describe('every workflow', () => {
	it('is only the two expected files', () => {
		expect(Object.keys(workflows).sort()).toEqual(['checks.yml', 'deploy.yml']);
	});

	for (const [file, workflow] of Object.entries(workflows)) {
		it(`${file}: jobs run on a runner, steps do one thing each, actions pinned to a major version, step outputs exist`, () => {
			expect(workflow.name).toBeTruthy();
			for (const [name, job] of Object.entries(workflow.jobs)) {
				expect(job['runs-on'], name).toBe('ubuntu-latest');
				expect(job.steps.length, name).toBeGreaterThan(0);
				for (const step of job.steps) {
					expect(Boolean(step.uses) !== Boolean(step.run), JSON.stringify(step)).toBe(true);
					if (step.uses) expect(step.uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
				}
				// `${{ steps.X.outputs.Y }}` only works if this job has a step with id X.
				const ids = new Set(job.steps.map((step) => step.id).filter(Boolean));
				for (const [, id] of JSON.stringify(job).matchAll(/steps\.([\w-]+)\.outputs/g)) expect(ids, `${name}: steps.${id}`).toContain(id);
				const needs = [job.needs ?? []].flat();
				for (const need of needs) expect(Object.keys(workflow.jobs)).toContain(need);
			}
		});

		it(`${file}: checks out the whole history (last-updated dates come from git) and uses the project's Node major`, () => {
			const nodeMajor = Number(pkg.devDependencies.node!.split('.')[0]);
			for (const job of Object.values(workflow.jobs)) {
				if (!runs(job).includes('npm install')) continue;
				expect(job.steps[0]!.uses).toMatch(/^actions\/checkout@/);
				expect(job.steps[0]!.with?.['fetch-depth']).toBe(0);
				expect(uses(job, 'actions/setup-node')?.with?.['node-version']).toBe(nodeMajor);
			}
		});
	}
});

describe('checks.yml: every pull request', () => {
	const job = checks.jobs.checks!;

	it('runs on pull requests and on pushes to main, with read-only permissions', () => {
		expect(Object.keys(checks.on).sort()).toEqual(['pull_request', 'push']);
		expect(checks.on.push).toEqual({ branches: ['main'] });
		expect(checks.permissions).toEqual({ contents: 'read' });
	});

	it('installs, then checks the notes before anything else, with GitHub annotations left on', () => {
		const commands = runs(job);
		expect(commands.slice(0, 2)).toEqual(['npm install', 'npm run check:notes']);
		// check:notes prints ::error lines only when GITHUB_ACTIONS is "true", which Actions sets; nothing may turn it off.
		expect(JSON.stringify(checks)).not.toContain('GITHUB_ACTIONS');
		expect(readFileSync('scripts/check-notes.ts', 'utf8')).toContain("process.env.GITHUB_ACTIONS === 'true'");
	});

	it('runs every stage of `npm test`, build included, as a step of its own', () => {
		const commands = runs(job);
		const stages = pkg.scripts.test!.split('&&').map((stage) => stage.trim());
		expect(stages.length).toBeGreaterThan(3);
		for (const stage of stages) {
			// A stage is run either as written or through the npm script that is exactly it (`astro build` is `npm run build`).
			const viaScript = Object.entries(pkg.scripts).filter(([, command]) => command === stage).map(([name]) => `npm run ${name}`);
			expect(commands.some((command) => command === stage || viaScript.includes(command)), stage).toBe(true);
		}
		expect(commands).toContain('npm run build');
		expect(commands.indexOf('npm run build')).toBeLessThan(commands.indexOf('npm run test:e2e'));
	});

	it("gives the browser tests the runner's Chrome", () => {
		expect(job.env?.CHROMIUM_PATH).toBe('/usr/bin/google-chrome');
	});

	it('runs only commands the README documents', () => {
		for (const command of runs(job)) expect(readme, command).toContain(`\`${command}\``);
	});
});

describe('deploy.yml: main to GitHub Pages', () => {
	const build = deploy.jobs.build!;
	const publish = deploy.jobs.deploy!;

	it('runs on pushes to main (and by hand), one deployment at a time', () => {
		expect(Object.keys(deploy.on).sort()).toEqual(['push', 'workflow_dispatch']);
		expect(deploy.on.push).toEqual({ branches: ['main'] });
		expect(deploy.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
	});

	it('has the permissions Pages deployment needs, and no more', () => {
		expect(deploy.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
	});

	it("builds for the Pages address: site and base from configure-pages, edit links to this repository", () => {
		const pages = uses(build, 'actions/configure-pages')!;
		expect(pages.id).toBe('pages');
		const buildStep = build.steps.find((step) => step.run === 'npm run build')!;
		expect(build.steps.indexOf(pages)).toBeLessThan(build.steps.indexOf(buildStep));
		expect(buildStep.env).toEqual({
			SITE_URL: '${{ steps.pages.outputs.origin }}',
			BASE_PATH: '${{ steps.pages.outputs.base_path }}/',
			PUBLIC_REPO_URL: '${{ github.server_url }}/${{ github.repository }}',
		});
		// The names the build reads.
		expect(readFileSync('src/lib/site-url.ts', 'utf8')).toMatch(/process\.env\.SITE_URL/);
		expect(readFileSync('src/lib/base-path.ts', 'utf8')).toMatch(/process\.env\.BASE_PATH/);
		expect(readFileSync('src/site.config.ts', 'utf8')).toMatch(/import\.meta\.env\.PUBLIC_REPO_URL/);
	});

	it('uploads dist/ as the Pages artifact after the build, and deploys it in a job of its own', () => {
		const upload = uses(build, 'actions/upload-pages-artifact')!;
		expect(upload.with).toEqual({ path: 'dist' });
		expect(build.steps.indexOf(upload)).toBe(build.steps.length - 1);
		expect(publish.needs).toBe('build');
		expect(publish.environment).toEqual({ name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' });
		expect(publish.steps).toHaveLength(1);
		expect(publish.steps[0]).toMatchObject({ id: 'deployment', uses: expect.stringMatching(/^actions\/deploy-pages@v\d+$/) });
	});

	it('runs only commands the README documents', () => {
		for (const command of runs(build)) expect(readme, command).toContain(`\`${command}\``);
		expect(readme).toContain('BASE_PATH=');
	});
});
