/** What `Hono#fetch` is: the request, then whatever the server passes (Node's bindings, Lambda's event). */
type Fetch = (request: Request, ...rest: never[]) => Response | Promise<Response>;

/**
 * Answers HEAD with the GET's status and every header it would carry, Content-Length included
 * (RFC 9110 §9.3.2), without the body. Hono answers HEAD as `new Response(null, getAnswer)`; under
 * @hono/node-server that copies the GET answer's initial headers only, so headers set after the
 * handler (`nosniff`, `no-store`) were missing, and no adapter knows the length of a body it never
 * sends: the server computes the GET's Content-Length as it writes the body, so it is counted here.
 */
export function answerHeadAsGet<F extends Fetch>(fetch: F): F {
  return (async (request: Request, ...rest: never[]) => {
    if (request.method !== 'HEAD') return fetch(request, ...rest);
    const answer = await fetch(new Request(request, { method: 'GET' }), ...rest);
    // Read before the body: node-server's Response rebuilds itself from its initial headers then.
    const headers = new Headers(answer.headers);
    if (headers.has('content-length')) await answer.body?.cancel();
    else headers.set('content-length', String((await answer.arrayBuffer()).byteLength));
    return new Response(null, { status: answer.status, headers });
  }) as F;
}
