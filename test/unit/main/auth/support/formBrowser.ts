/**
 * Stands in for the system browser: opens the authorize page, fills the SSO form (fields `username`
 * and `password`, hidden fields kept), posts it and follows redirects by hand, carrying cookies,
 * until the loopback callback answers. Works with the fake server and the sandbox alike.
 */
export interface FormBrowserResult {
  /** The loopback listener's answer. */
  readonly callbackStatus: number;
  readonly callbackPage: string;
}

export interface Credentials {
  readonly username: string;
  readonly password: string;
  /** Press "deny" instead of signing in (sends `deny=1`). */
  readonly deny?: boolean;
}

/**
 * @param cookies the browser's cookie jar for the instance; pass the same map to several sign-ins to
 *   behave like one browser profile that keeps its SSO session.
 */
export async function completeSignInForm(
  authorizeUrl: string,
  credentials: Credentials,
  cookies = new Map<string, string>(),
): Promise<FormBrowserResult> {
  const remember = (response: Response): void => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair?.indexOf('=') ?? -1;
      if (pair && index > 0) cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
    }
  };
  const cookieHeader = (): string => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  let response = await fetch(authorizeUrl, { redirect: 'manual' });
  remember(response);
  let pageUrl = authorizeUrl;
  // Follow redirects to the form (an identity provider may bounce through a login page), or straight
  // back to Atrium when the session is reused without asking.
  for (let hops = 0; isRedirect(response.status) && hops < 10; hops += 1) {
    pageUrl = new URL(response.headers.get('location') ?? '', pageUrl).href;
    const sameSite = new URL(pageUrl).origin === new URL(authorizeUrl).origin;
    response = await fetch(pageUrl, { redirect: 'manual', headers: sameSite ? { cookie: cookieHeader() } : {} });
    if (!sameSite) return { callbackStatus: response.status, callbackPage: await response.text() };
    remember(response);
  }
  const html = await response.text();
  const form = /<form\b[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) throw new Error(`No sign-in form at ${pageUrl} (HTTP ${response.status}): ${html.slice(0, 200)}`);
  const action = attribute(form[0].slice(0, form[0].indexOf('>') + 1), 'action') ?? pageUrl;
  const fields = new URLSearchParams();
  for (const input of form[1]?.match(/<input\b[^>]*>/gi) ?? []) {
    const name = attribute(input, 'name');
    if (name && name !== 'username' && name !== 'password') fields.set(name, attribute(input, 'value') ?? '');
  }
  fields.set('username', credentials.username);
  fields.set('password', credentials.password);
  if (credentials.deny) fields.set('deny', '1');

  let url = new URL(action, pageUrl).href;
  response = await fetch(url, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader() },
    body: fields,
  });
  remember(response);
  for (let hops = 0; isRedirect(response.status) && hops < 10; hops += 1) {
    url = new URL(response.headers.get('location') ?? '', url).href;
    // The loopback listener is another site: the instance's cookies do not go there.
    const sameSite = new URL(url).origin === new URL(authorizeUrl).origin;
    response = await fetch(url, { redirect: 'manual', headers: sameSite ? { cookie: cookieHeader() } : {} });
    remember(response);
  }
  return { callbackStatus: response.status, callbackPage: await response.text() };
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'i').exec(tag);
  const raw = match?.[2] ?? match?.[3];
  return raw === undefined ? null : raw.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&amp;/g, '&');
}
