// Which URLs a platform adapter may download an attachment from: the platform's own file hosts only, so a crafted
// URL in a payload never receives a token or makes the bot fetch from elsewhere.

/**
 * True when `url` is https on one of `hosts` (a list of names, or a pattern a name must match), without credentials
 * and on the default port, or on the origin of `apiUrl` (a test's stand-in API).
 */
export function isUrlOnHosts(url: string, hosts: readonly string[] | RegExp, apiUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  const onHost = hosts instanceof RegExp ? hosts.test(parsed.hostname) : hosts.includes(parsed.hostname);
  if (parsed.protocol === 'https:' && parsed.port === '' && onHost) return true;
  if (!apiUrl) return false;
  try {
    return parsed.origin === new URL(apiUrl).origin;
  } catch {
    return false;
  }
}
