// Runs before first paint so a saved theme (or an embed's ?theme=) never flashes the other one.
(function () {
  var root = document.documentElement;
  var fromUrl = new URLSearchParams(location.search).get('theme');
  var saved = null;
  try {
    saved = localStorage.getItem('hbb-theme');
  } catch (_error) {
    // Storage can be blocked (sandboxed embeds, strict privacy settings): follow the system.
  }
  var theme =
    fromUrl === 'light' || fromUrl === 'dark' ? fromUrl : fromUrl === 'auto' ? null : saved;
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
})();
