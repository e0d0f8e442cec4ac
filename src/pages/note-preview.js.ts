/** The linked-note preview's code at `/note-preview.js`, fetched by a note page the first time a note link is hovered or focused. */
import type { APIRoute } from 'astro';
import { clientBundle } from '../lib/client-bundle.ts';

export const GET: APIRoute = () => clientBundle('src/client/note-preview.ts');
