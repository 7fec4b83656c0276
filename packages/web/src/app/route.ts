/** Pages are addressed by the URL's hash (`#/report`), so one cached page serves them all offline. */
import { isGuideId, type GuideId } from '../guide/guide-types.ts';

export type Route =
  | { page: 'check' }
  | { page: 'chat' }
  /** The staff workspace; `path` is what follows `#/staff/`, in segments (`['cases', '<id>']`). */
  | { page: 'staff'; path: readonly string[] }
  | { page: 'report' }
  | { page: 'guides' }
  | { page: 'guide'; id: GuideId }
  | { page: 'not-found' };

export function parseRoute(hash: string): Route {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  let end = raw.length;
  while (end > 0 && raw[end - 1] === '/') end--;
  const path = raw.slice(0, end);
  if (path === '' || path === '/' || path === '/check') return { page: 'check' };
  if (path === '/chat') return { page: 'chat' };
  if (path === '/staff') return { page: 'staff', path: [] };
  const staff = /^\/staff\/([\w.~-]+(?:\/[\w.~-]+){0,3})$/u.exec(path);
  if (staff !== null) return { page: 'staff', path: (staff[1] ?? '').split('/') };
  if (path === '/report') return { page: 'report' };
  if (path === '/guides') return { page: 'guides' };
  const guide = /^\/guides\/([a-z-]+)$/u.exec(path);
  if (guide !== null && isGuideId(guide[1] ?? '')) return { page: 'guide', id: guide[1] as GuideId };
  return { page: 'not-found' };
}

export function routeHref(route: Route): string {
  switch (route.page) {
    case 'check':
      return '#/';
    case 'chat':
      return '#/chat';
    case 'staff':
      return route.path.length === 0 ? '#/staff' : `#/staff/${route.path.map(encodeURIComponent).join('/')}`;
    case 'report':
      return '#/report';
    case 'guides':
      return '#/guides';
    case 'guide':
      return `#/guides/${route.id}`;
    case 'not-found':
      return '#/';
  }
}
