import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'raksa_session';
export const CSRF_COOKIE = 'raksa_csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * The session cookie is HttpOnly (scripts cannot read it), SameSite=Strict (never sent from other
 * sites) and Secure over HTTPS. The CSRF cookie is readable by the web app, which echoes it in
 * `X-CSRF-Token` on unsafe requests (double submit): another site can neither read nor set it.
 */
export function setSessionCookies(
  c: Context,
  tokens: { session: string; csrf: string },
  options: { secure: boolean; maxAgeSeconds: number },
): void {
  const common = { path: '/', sameSite: 'Strict', secure: options.secure, maxAge: options.maxAgeSeconds } as const;
  setCookie(c, SESSION_COOKIE, tokens.session, { ...common, httpOnly: true });
  setCookie(c, CSRF_COOKIE, tokens.csrf, { ...common, httpOnly: false });
}

export function clearSessionCookies(c: Context, options: { secure: boolean }): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: options.secure });
  deleteCookie(c, CSRF_COOKIE, { path: '/', secure: options.secure });
}

export function readSessionCookies(c: Context): { session: string | undefined; csrf: string | undefined } {
  return { session: getCookie(c, SESSION_COOKIE), csrf: getCookie(c, CSRF_COOKIE) };
}
