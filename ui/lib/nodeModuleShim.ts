/**
 * The browser build's stand-in for `node:module`: HiGHS's Emscripten loader imports it only
 * inside its Node branch (ENVIRONMENT_IS_NODE), which never runs in a browser. Aliasing it
 * here keeps Vite from externalising a Node built-in (and warning about it) in the bundle.
 */
export function createRequire(): never {
  throw new Error('node:module is not available in the browser');
}
