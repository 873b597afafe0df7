/** The theme the reader sees now: an explicit choice, or else the system's. */
export function currentTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Apply and remember a theme (public/theme.js reads it back before the next first paint). */
export function setTheme(theme: 'light' | 'dark'): void {
  document.documentElement.dataset['theme'] = theme;
  try {
    localStorage.setItem('hbb-theme', theme);
  } catch {
    // Storage blocked: the choice still holds for this page.
  }
}
