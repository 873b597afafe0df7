import { SET_STATE_EVENT, WIDGET_READY_EVENT, type SetStateDetail } from './set-state-event';

/** Wide enough for text and figure side by side, and no request to avoid motion. */
// 72rem is also where chapters gain their right margin, which the figure then uses.
const ENHANCE_WHEN = '(min-width: 72rem) and (prefers-reduced-motion: no-preference)';

/** Tell every widget on the page to show the view a step describes. */
function showStep(step: HTMLElement): void {
  const detail: SetStateDetail = { search: step.dataset['set'] ?? '' };
  window.dispatchEvent(new CustomEvent(SET_STATE_EVENT, { detail }));
}

/** Make each [data-scrolly] a sticky figure stepped by its text, where the screen allows. */
export function enhanceScrollies(): void {
  const media = matchMedia(ENHANCE_WHEN);
  for (const scrolly of document.querySelectorAll<HTMLElement>('[data-scrolly]')) {
    const steps = [...scrolly.querySelectorAll<HTMLElement>('.scrolly-step')];
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const step = entry.target as HTMLElement;
          for (const other of steps) other.removeAttribute('aria-current');
          step.setAttribute('aria-current', 'step');
          showStep(step);
        }
      },
      // A step is current while it crosses the middle band of the viewport.
      { rootMargin: '-45% 0px -45% 0px' },
    );
    const apply = () => {
      scrolly.classList.toggle('is-enhanced', media.matches);
      for (const step of steps) {
        if (media.matches) observer.observe(step);
        else observer.unobserve(step);
      }
    };
    media.addEventListener('change', apply);
    window.addEventListener(WIDGET_READY_EVENT, () => {
      const current = steps.find((step) => step.getAttribute('aria-current') === 'step');
      if (current && media.matches) showStep(current);
    });
    apply();
  }
}
