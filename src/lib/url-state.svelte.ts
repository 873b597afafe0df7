import {
  clampState,
  defaultState,
  mergeIntoSearch,
  parseState,
  type StateIssue,
  type StateOf,
  type StateSchema,
} from '../models/url-state';
import { SET_STATE_EVENT, WIDGET_READY_EVENT, type SetStateDetail } from './set-state-event';

/**
 * A widget's state, mirrored in the page URL under its own prefix. It starts at `initial` (a
 * query string; the defaults when empty), which is also what the server renders, so hydration
 * matches. Once mounted it reads the URL, listens for SET_STATE_EVENT, and writes every change
 * back with replaceState, so a copied link reproduces the view.
 */
export class UrlState<S extends StateSchema> {
  value: StateOf<S> = $state() as StateOf<S>;
  issues: readonly StateIssue[] = $state([]);
  #loaded = $state(false);
  readonly #schema: S;
  readonly #prefix: string;
  readonly #initial: StateOf<S>;

  constructor(schema: S, prefix: string, initial = '') {
    this.#schema = schema;
    this.#prefix = prefix;
    this.#initial = this.#read(initial, defaultState(schema)).state;
    this.value = this.#initial;
  }

  #read(search: string, base: StateOf<S>) {
    // A one-off read of a query string, not reactive state: the plain class is right here.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return parseState(this.#schema, new URLSearchParams(search), this.#prefix, base);
  }

  /** Read the URL and start listening for set-state events; returns the cleanup for onMount. */
  load(): () => void {
    const parsed = this.#read(location.search, this.#initial);
    this.value = parsed.state;
    this.issues = parsed.issues;
    this.#loaded = true;
    const onSetState = (event: Event) => {
      const detail = (event as CustomEvent<SetStateDetail>).detail;
      if (typeof detail?.search === 'string')
        this.value = this.#read(detail.search, this.value).state;
    };
    window.addEventListener(SET_STATE_EVENT, onSetState);
    // A step may have become current before this widget hydrated: ask for it again.
    window.dispatchEvent(new CustomEvent(WIDGET_READY_EVENT));
    return () => window.removeEventListener(SET_STATE_EVENT, onSetState);
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
