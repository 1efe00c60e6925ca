import type { APIRoute, GetStaticPaths } from 'astro';
import { model } from '~/lib/content';
import { searchDataOf } from '~/lib/exports/search-data';
import { SEARCH_DATA_DIR } from '~/lib/search/search-data';

// The folder's name starts with "_", which Astro keeps out of routing when it names a folder of
// src/pages: it comes in as a parameter.
export const getStaticPaths = (() => [{ params: { searchDir: SEARCH_DATA_DIR } }]) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(JSON.stringify(searchDataOf(model).vocabulary));
