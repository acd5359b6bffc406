import { session } from 'electron';
import { ProxyAgent, setGlobalDispatcher } from 'undici';
import { proxyFromChromium } from '../desktop/systemProxy';

/**
 * Makes main's own connections (fetch and WebSocket: API calls, streams, sign-in) use the system's
 * proxy, as the renderer's do through Chromium. Resolved once, for the organization's server (or any
 * https address): a PAC script that picks different proxies per server is followed for that one.
 */
export async function useSystemProxy(probeUrl: string, log: (message: string) => void): Promise<void> {
  const choice = proxyFromChromium(await session.defaultSession.resolveProxy(probeUrl));
  if (choice.kind === 'proxy') setGlobalDispatcher(new ProxyAgent(choice.url));
  else if (choice.kind === 'unsupported') log(`the system proxy "${choice.entry}" is not supported; connecting directly`);
}
