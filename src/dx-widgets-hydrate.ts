/**
 * The embed bundle for pages whose widgets were rendered on the server (dx-widgets/ssr):
 * Lit's hydrate support first (it must run before any element is defined), then every
 * element. The widgets take over the server's DOM without redrawing it.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './dx-widgets.js';
