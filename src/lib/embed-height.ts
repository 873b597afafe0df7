import { HEIGHT_MESSAGE, type HeightMessage } from './embed-protocol';

/** Post the page's height to the parent now and on every change of size. */
export function startHeightReports(): void {
  if (window.parent === window) return;
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
    // Any origin may frame us, and the height is no secret: '*' is the right target here.
    window.parent.postMessage(message, '*');
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}
