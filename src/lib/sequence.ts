const counters = new Map<string, number>();

/** A build-stable unique id for elements that need one (label/for pairs), per prefix. */
export function nextId(prefix: string): string {
  const next = (counters.get(prefix) ?? 0) + 1;
  counters.set(prefix, next);
  return `${prefix}-${next}`;
}
