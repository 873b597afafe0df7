/** Event a page dispatches on window to set widgets' state, e.g. from a scrollytelling step. */
export const SET_STATE_EVENT = 'hbb:set-state';

/** Detail of a SET_STATE_EVENT: a query string in the widgets' own URL format. */
export interface SetStateDetail {
  readonly search: string;
}
