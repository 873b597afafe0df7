/*
 * Auto-height for "Hobbling Big Brother" widgets. Add once to a page that embeds them:
 *   <iframe src=".../embed/<id>/" data-hbb-embed ...></iframe>
 *   <script src=".../embed.js" async></script>
 * It only resizes iframes marked data-hbb-embed, and only from messages that their own
 * window sent (sandboxed frames report the origin "null", so the window is what we trust).
 */
(function () {
  var TYPE = 'hbb-embed:height';
  var MIN = 100;
  var MAX = 10000;

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== TYPE || typeof data.height !== 'number') return;
    if (!(data.height >= MIN && data.height <= MAX)) return;
    var frames = document.querySelectorAll('iframe[data-hbb-embed]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin = new URL(frame.src, location.href).origin;
      if (event.origin !== origin && event.origin !== 'null') return;
      frame.style.height = Math.ceil(data.height) + 'px';
      return;
    }
  });
})();
