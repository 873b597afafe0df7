import {
  clampState,
  defaultState,
  mergeIntoSearch,
  parseState,
  type StateIssue,
  type StateOf,
  type StateSchema,
} from '../models/url-state';

/**
 * A widget's state, mirrored in the page URL under its own prefix. It starts at the defaults (what
 * the server rendered, so hydration matches), reads the URL once mounted, then writes every change
 * back with replaceState so a copied link reproduces the view.
 */
export class UrlState<S extends StateSchema> {
  value: StateOf<S> = $state() as StateOf<S>;
  issues: readonly StateIssue[] = $state([]);
  #loaded = $state(false);
  readonly #schema: S;
  readonly #prefix: string;

  constructor(schema: S, prefix: string) {
    this.#schema = schema;
    this.#prefix = prefix;
    this.value = defaultState(schema);
  }

  /** Read the URL (call from onMount: the server has no URL to read). */
  load(): void {
    // A one-off read of the address, not reactive state: the plain class is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    const parsed = parseState(this.#schema, new URLSearchParams(location.search), this.#prefix);
    this.value = parsed.state;
    this.issues = parsed.issues;
    this.#loaded = true;
  }

  /** Change some fields; the result is validated and clamped like URL input. */
  update(patch: Partial<StateOf<S>>): void {
    this.value = clampState(this.#schema, { ...this.value, ...patch });
  }

  reset(): void {
    this.value = defaultState(this.#schema);
    this.issues = [];
  }

  /** The page URL for the current state (for "copy link"). */
  href(): string {
    const search = mergeIntoSearch(location.search, this.#schema, this.value, this.#prefix);
    return `${location.origin}${location.pathname}${search}${location.hash}`;
  }

  /** Write the state to the address bar; call inside an $effect so it follows every change. */
  sync(): void {
    const search = mergeIntoSearch(location.search, this.#schema, this.value, this.#prefix);
    if (!this.#loaded || search === location.search) return;
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }
}
