/**
 * Version of the models, written into cited links: a citation names the version whose numbers it
 * reports. Kept equal to package.json's version (a test checks).
 */
export const MODEL_VERSION = '0.2.0';

/** The URL parameter that carries it. */
export const VERSION_PARAM = 'v';
