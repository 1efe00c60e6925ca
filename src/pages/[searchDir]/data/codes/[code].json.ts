import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { model } from '~/lib/content';
import { searchDataOf } from '~/lib/exports/search-data';
import { SEARCH_DATA_DIR } from '~/lib/search/search-data';

export const getStaticPaths = (() =>
  [...searchDataOf(model).codes].map(([code, entries]) => ({
    params: { searchDir: SEARCH_DATA_DIR, code: String(code) },
    props: { entries },
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => new Response(JSON.stringify(props.entries));
