import type { Context } from 'hono';

interface NodeBindings {
  incoming?: { socket?: { remoteAddress?: string } };
}

/**
 * The client's IP: the socket's peer address, or with `trustProxy` the first address in
 * X-Forwarded-For (set it only behind a reverse proxy that overwrites that header).
 */
export function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',', 1)[0]?.trim();
    if (forwarded !== undefined && forwarded !== '') return forwarded.slice(0, 64);
  }
  const env = c.env as NodeBindings | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}
