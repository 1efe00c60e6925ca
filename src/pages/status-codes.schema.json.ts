import type { APIRoute } from 'astro';
import schema from '~/data/status-codes.schema.json';

export const GET: APIRoute = () => new Response(`${JSON.stringify(schema, null, 2)}\n`);
