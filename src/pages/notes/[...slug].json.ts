/** A note's summary for link previews (`/notes/<slug>.json`), under `astro dev`; a build writes it with the note's page (see note-companions.ts). */
import type { APIRoute } from 'astro';
import { notePreview } from '../../lib/note-companions.ts';
import type { Note } from '../../lib/notes.ts';

export { companionStaticPaths as getStaticPaths } from '../../lib/note-companions.ts';

export const GET: APIRoute = async ({ props }) => Response.json(await notePreview((props as { note: Note }).note));
