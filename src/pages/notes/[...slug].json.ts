/** A note's summary for link previews (`/notes/<slug>.json`), under `astro dev`; a build writes it with the note's page (see note-companions.ts). */
import type { APIRoute } from 'astro';
import { companionsDir } from '../../lib/companions-dir.ts';
import { notePreview } from '../../lib/note-companions.ts';
import { noteStaticPaths, type Note } from '../../lib/notes.ts';

export const getStaticPaths = async () => (companionsDir() === undefined ? noteStaticPaths() : []);

export const GET: APIRoute = async ({ props }) => Response.json(await notePreview((props as { note: Note }).note));
