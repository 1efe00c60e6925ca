import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { model } from '~/lib/content';
import { searchDataOf } from '~/lib/exports/search-data';
import { SEARCH_DATA_DIR } from '~/lib/search/search-data';

export const getStaticPaths = (() =>
  [...searchDataOf(model).names].map(([word, shard]) => ({
    params: { searchDir: SEARCH_DATA_DIR, word },
    props: { shard },
  }))) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => new Response(JSON.stringify(props.shard));
