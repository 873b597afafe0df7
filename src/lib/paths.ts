/** Prefix a site path with the configured base, so links work when hosted under a sub-path. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  return `${base}/${path.replace(/^\/+/, '')}`;
}

/** The URL of a chapter page from its collection id. */
export function chapterPath(id: string): string {
  return withBase(`/chapters/${id}/`);
}

/** The chrome-less page of one widget, for iframes. */
export function embedPath(id: string): string {
  return withBase(`/embed/${id}/`);
}
