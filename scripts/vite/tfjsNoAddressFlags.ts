/**
 * Vite plugin: keeps the page's address away from tfjs.
 *
 * tfjs-core's `Environment` constructor calls `populateURLFlags()`, which reads `location.search`, decodes
 * every parameter with `decodeURIComponent` and applies `?tfjsflags=NAME:value,…` as flag overrides
 * (tfjs-core 4.22, dist/environment.js). On the page, a malformed query such as `?%E0%A4%A` then throws
 * `URIError` from inside tfjs, so its engine never starts, and `?tfjsflags=DEBUG:true` rewrites tfjs's flags
 * from a link. The address belongs to the site (app/state/urlSchema.ts), so the method is made to read
 * nothing.
 *
 * Why at build time, not by patching `Environment.prototype` at run time before tfjs is imported: tfjs-core
 * makes its engine (and its `Environment`) when its `engine.js` is first evaluated, and the bundler puts
 * tfjs-core in a chunk shared by `app/runtime/tfLoad.ts` and `app/nn`, which runs before any code of the
 * chunk that imports it; a run-time patch placed first in tfLoad.ts ran after the engine had read the
 * address (checked in the built files). Rewriting the one method in tfjs-core's own source holds whatever
 * the chunking. The build fails if a tfjs-core upgrade moves the method, rather than silently letting the
 * address back in.
 */
import type { Plugin } from 'vite';

/** tfjs-core's ES-module source of `Environment`. */
const ENVIRONMENT_FILE = /[\\/]@tensorflow[\\/]tfjs-core[\\/]dist[\\/]environment\.js$/;
/** The method's definition (the constructor's call, `this.populateURLFlags();`, has no brace after it). */
const METHOD_START = 'populateURLFlags() {';

/** Returns tfjs-core's environment.js with `populateURLFlags` returning at once. */
export function withoutAddressFlags(code: string): string {
  const at = code.indexOf(METHOD_START);
  if (at < 0) throw new Error('tfjsNoAddressFlags: populateURLFlags() not found in tfjs-core dist/environment.js; check the tfjs-core version');
  const end = at + METHOD_START.length;
  return `${code.slice(0, end)} return; /* the page's address is the site's (scripts/vite/tfjsNoAddressFlags.ts) */${code.slice(end)}`;
}

export function tfjsNoAddressFlags(): Plugin {
  return {
    name: 'tfjs-no-address-flags',
    enforce: 'pre',
    transform(code, id) {
      if (!ENVIRONMENT_FILE.test(id.split('?')[0])) return null;
      return { code: withoutAddressFlags(code), map: null };
    },
  };
}
