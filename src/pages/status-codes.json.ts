import type { APIRoute } from 'astro';
import { model } from '~/lib/content';
import { buildStatusExport } from '~/lib/exports/status-export';

export const GET: APIRoute = () => new Response(`${JSON.stringify(buildStatusExport(model), null, 2)}\n`);
