/** Event a page dispatches on window to set widgets' state, e.g. from a scrollytelling step. */
export const SET_STATE_EVENT = 'hbb:set-state';

/** Detail of a SET_STATE_EVENT: a query string in the widgets' own URL format. */
export interface SetStateDetail {
  readonly search: string;
}

/** Event a widget dispatches on window once it listens for SET_STATE_EVENT. */
export const WIDGET_READY_EVENT = 'hbb:widget-ready';
