// @ts-check
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { defineConfig } from 'astro/config';
import { securityHeaders } from './scripts/security-headers.mjs';

// BASE_PATH lets the same build be hosted under a sub-path (e.g. /explainer/); SITE_URL, when
// known, gives absolute URLs for social cards. Neither is needed to build or serve locally.
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL;

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [mdx(), svelte(), securityHeaders()],
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // No code blocks need colouring, and Shiki's inline styles would break the strict CSP.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        // The teachers' embed builder previews widgets in a same-origin iframe.
        "frame-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ],
      styleDirective: {
        // Charts and Svelte set inline style attributes (positions, colours); style attributes
        // cannot run code, so they are allowed while <style> elements stay hash-only.
        resources: [
          { resource: "'self'", kind: 'element' },
          { resource: "'unsafe-inline'", kind: 'attribute' },
        ],
      },
    },
  },
});
