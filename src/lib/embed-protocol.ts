/**
 * Our small auto-height protocol: the embed page posts its height; public/embed.js on the host
 * page resizes the matching iframe. The message carries no data beyond what is shown here.
 */
export const HEIGHT_MESSAGE = 'hbb-embed:height';

export interface HeightMessage {
  readonly type: typeof HEIGHT_MESSAGE;
  readonly height: number;
}

/** Heights outside this range are ignored by the host as not plausible. */
export const MIN_HEIGHT = 100;
export const MAX_HEIGHT = 10_000;

/** True only for a well-formed height message with a plausible height. */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  return (
    message['type'] === HEIGHT_MESSAGE &&
    typeof message['height'] === 'number' &&
    Number.isFinite(message['height']) &&
    message['height'] >= MIN_HEIGHT &&
    message['height'] <= MAX_HEIGHT
  );
}
