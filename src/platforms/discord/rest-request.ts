// A REST strategy for discord.js that survives a second undici in the process (see why below).
import { DefaultRestOptions, type RESTOptions, type ResponseLike } from '@discordjs/rest';

type RequestInit = Parameters<RESTOptions['makeRequest']>[1];

/**
 * @slack/socket-mode loads undici 7, which installs its Agent as the process-wide dispatcher that
 * discord's undici 6 then borrows; that Agent cannot read a foreign FormData and uploads fail with
 * "TypeError: action is not a function". Serialising multipart bodies to bytes first (with Node's
 * own Response) makes uploads independent of which undici owns the dispatcher.
 */
export async function makeRequest(url: string, init: RequestInit): Promise<ResponseLike> {
  if (init.body instanceof FormData) {
    const encoded = new Response(init.body);
    const body = new Uint8Array(await encoded.arrayBuffer());
    const headers = {
      ...(init.headers as Record<string, string>),
      'Content-Type': encoded.headers.get('content-type') ?? 'multipart/form-data',
    };
    return DefaultRestOptions.makeRequest(url, { ...init, body, headers });
  }
  return DefaultRestOptions.makeRequest(url, init);
}
