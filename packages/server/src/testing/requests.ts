/** Builds a JSON request for `app.request()`. */
export function jsonRequest(
  path: string,
  body: unknown,
  init: { method?: string; headers?: Record<string, string> } = {},
): Request {
  return new Request(`http://raksa.test${path}`, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A request whose body arrives as a stream of `chunks` (no Content-Length), counting chunks pulled. */
export function streamingRequest(path: string, chunks: Uint8Array[]): { request: Request; pulled: () => number } {
  let index = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[index];
      if (chunk === undefined) controller.close();
      else {
        index++;
        controller.enqueue(chunk);
      }
    },
  });
  const request = new Request(`http://raksa.test${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: stream,
    duplex: 'half',
  } as RequestInit);
  return { request, pulled: () => index };
}

export async function errorOf(response: Response): Promise<{ code: string; message: string; [key: string]: unknown }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return body.error;
}
