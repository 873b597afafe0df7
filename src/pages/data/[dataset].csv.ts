import type { APIRoute, GetStaticPaths } from 'astro';
import { datasets } from '../../data/datasets';
import { toCsv } from '../../lib/csv';

export const getStaticPaths = (() =>
  datasets.map((dataset) => ({ params: { dataset: dataset.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const dataset = datasets.find((d) => d.id === params.dataset)!;
  return new Response(toCsv(dataset.columns, dataset.rows), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
