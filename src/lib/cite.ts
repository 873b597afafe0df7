import { MODEL_VERSION, VERSION_PARAM } from '../models/version';

export const SITE_NAME = 'Hobbling Big Brother: an interactive explainer';
const PAPER =
  'Tsai, W.-H., Wang, H.-H., & Lin, R. (2021). Hobbling Big Brother: Top-level design and local discretion in China’s social credit system. The China Journal, 86.';

export interface CiteTarget {
  /** 'site' for the whole explainer, 'chapter' for one chapter, 'view' for one widget state. */
  readonly kind: 'site' | 'chapter' | 'view';
  readonly title: string;
  readonly url: string;
  readonly accessed: Date;
}

/** The URL a citation should carry: for a view, its state plus the model version. */
export function citableUrl(target: Pick<CiteTarget, 'kind' | 'url'>): string {
  if (target.kind !== 'view') return target.url;
  const url = new URL(target.url);
  url.searchParams.set(VERSION_PARAM, MODEL_VERSION);
  return url.href;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const longDay = (date: Date) =>
  date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
/** BibTeX needs braces and a few characters escaped. */
const tex = (text: string) => text.replace(/([{}&%$#_])/g, '\\$1');

/** APA 7 reference for the site, a chapter or a widget view. */
export function apaCitation(target: CiteTarget): string {
  const year = target.accessed.getUTCFullYear();
  const what =
    target.kind === 'site'
      ? `${SITE_NAME} [Website]`
      : target.kind === 'chapter'
        ? `${target.title}. In ${SITE_NAME}`
        : `${target.title} [Interactive model, version ${MODEL_VERSION}]. In ${SITE_NAME}`;
  return `${what}. (${year}). Retrieved ${longDay(target.accessed)}, from ${citableUrl(target)}. Based on ${PAPER}`;
}

/** BibTeX @misc entry for the same; its key is stable for the same page and state. */
export function bibtexCitation(target: CiteTarget): string {
  const url = citableUrl(target);
  const key = `hbb-${target.kind}-${shortHash(url)}`;
  const note =
    target.kind === 'view'
      ? `Interactive model, version ${MODEL_VERSION}. Based on Tsai, Wang and Lin (2021), The China Journal 86`
      : 'Based on Tsai, Wang and Lin (2021), The China Journal 86';
  return [
    `@misc{${key},`,
    `  title = {${tex(target.kind === 'site' ? SITE_NAME : target.title)}},`,
    `  howpublished = {\\url{${url}}},`,
    `  year = {${target.accessed.getUTCFullYear()}},`,
    `  note = {${tex(note)}. Accessed ${isoDay(target.accessed)}},`,
    '}',
  ].join('\n');
}

/** FNV-1a, 32 bits, in base 36: enough to tell two cited views apart in one bibliography. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** The version a cited link was made with, when it differs from the current one. */
export function citedVersionMismatch(search: string): string | undefined {
  const cited = new URLSearchParams(search).get(VERSION_PARAM);
  return cited !== null && cited !== MODEL_VERSION ? cited : undefined;
}
