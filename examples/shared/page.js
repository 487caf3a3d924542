/**
 * What every example page does around its widget: the status line, the language and
 * direction from `?lang=`, the `<adalat-provider>` wiring from the partner's own session
 * endpoint (the secret key stays on the partner's server), and the sandbox-only helpers.
 * Served at `/shared/page.js`; pages import it from their inline module script.
 */

/** Each language the examples offer, with its writing direction. */
export const DIRECTIONS = { en: 'ltr', ar: 'rtl', fa: 'rtl', kk: 'ltr', ru: 'ltr' };

const DEFAULT_SANDBOX = 'http://127.0.0.1:4010';

/** Shows `text` in the page's `#status` line; `kind: 'error'` colours it. */
export function say(text, kind = 'info') {
  const status = document.querySelector('#status');
  status.textContent = text; // always text: nothing from the network becomes markup
  status.dataset.kind = kind;
}

/** The page's status line after a session could not be opened. */
export function sayNoSession(error) {
  say(`Could not open a session: ${error.message}. Start everything with \`npm start\`.`, 'error');
}

/** The page's status line after the sandbox (named by `?sandbox=`) could not be reached. */
export function sayNoSandbox(error) {
  say(`Could not reach the sandbox: ${error.message}. Start it with \`npm start\`, or pass ?sandbox=<url>.`, 'error');
}

/** Each language's name in itself, for the language links. */
const NAMES = { en: 'English', ar: 'العربية', fa: 'فارسی', kk: 'Қазақша', ru: 'Русский' };

/**
 * Takes the language from `?lang=` (one of `offered`, else `fallback`), sets `lang` and
 * `dir` on `target` (widgets follow the nearest lang/dir), and fills the page's
 * `<nav aria-label="Language">` with a link per offered language, in that order, each to
 * the same address in its language.
 * @returns {string} the language
 */
export function useLanguage({ offered = Object.keys(DIRECTIONS), fallback = 'en', target = document.documentElement } = {}) {
  const asked = new URLSearchParams(location.search).get('lang');
  const lang = offered.includes(asked) ? asked : fallback;
  target.lang = lang;
  target.dir = DIRECTIONS[lang];
  const links = offered.map((code) => {
    const link = document.createElement('a');
    const search = new URLSearchParams(location.search);
    search.set('lang', code);
    link.href = `?${search}`;
    link.hreflang = code;
    link.lang = code;
    link.textContent = NAMES[code];
    return link;
  });
  // Spaces between the links, as between links written in markup.
  document.querySelector('nav[aria-label="Language"]')?.replaceChildren(...links.flatMap((link, i) => (i ? [' ', link] : [link])));
  return lang;
}

/**
 * Asks the partner's own server (`url`) for a widget session and configures `provider`
 * with it: the API address, the publishable key, and a client-secret function that asks
 * again when the SDK reports the session expired.
 * @param {HTMLElement} provider the page's `<adalat-provider>`
 * @param {{ url: string, server: string, body?: () => unknown }} options `server` names
 *   the partner's server in errors; `body`, when given, is sent as JSON with every request.
 * @returns {Promise<any>} the first session, with whatever else the server answered
 */
export async function connectProvider(provider, { url, server, body }) {
  async function openSession() {
    const init = body ? { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body()) } : { method: 'POST' };
    const response = await fetch(url, init);
    if (!response.ok) throw new Error(`${server} answered ${response.status}`);
    return response.json();
  }
  const first = await openSession();
  let secret = first.clientSecret;
  // Called by the SDK for every request; with `expired: true` after a 401 widget_session_expired.
  provider.clientSecret = async ({ expired }) => {
    if (expired) secret = (await openSession()).clientSecret;
    return secret;
  };
  provider.baseUrl = first.apiBaseUrl;
  provider.publishableKey = first.publishableKey;
  return first;
}

/** POSTs `body` as JSON; for the pages' sandbox controls. */
export function postJson(url, body) {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/**
 * Sandbox only: its clock is frozen, so countdowns follow the sandbox's time. The
 * sandbox's time minus this machine's, in milliseconds, or null when it does not say.
 */
export async function sandboxClockOffset(apiBaseUrl) {
  const state = await fetch(`${apiBaseUrl}/__sandbox/state`).then((r) => (r.ok ? r.json() : null)).catch(() => null);
  return state?.now ? Date.parse(state.now) - Date.now() : null;
}

/** The sandbox origin from `?sandbox=`, if it is an http(s) URL; for pages that need no server of their own. */
export function sandboxOrigin() {
  const raw = new URLSearchParams(location.search).get('sandbox') ?? DEFAULT_SANDBOX;
  const url = new URL(raw, location.href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`?sandbox must be an http(s) URL, not ${raw}`);
  return url.origin;
}

/**
 * The sandbox partner named by `?partner=`, else the first `pick` accepts; the sandbox
 * lists them (with their test keys) in `/__sandbox/state`. `missing` says what was not found.
 */
export async function sandboxPartner(origin, { pick, missing }) {
  const response = await fetch(`${origin}/__sandbox/state`);
  if (!response.ok) throw new Error(`GET ${origin}/__sandbox/state answered ${response.status}`);
  const partners = (await response.json())?.keys?.partners ?? [];
  const wanted = new URLSearchParams(location.search).get('partner');
  const partner = wanted ? partners.find((p) => p.id === wanted) : pick(partners);
  if (!partner) throw new Error(wanted ? `no sandbox partner with id ${wanted}` : missing);
  return partner;
}
