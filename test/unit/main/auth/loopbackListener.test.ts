import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { PortInUseError, startLoopbackListener } from '../../../../main/auth/loopbackListener';

const STATE = 'expected-state-value';

async function get(url: string): Promise<{ status: number; text: string } | 'refused'> {
  try {
    const response = await fetch(url);
    return { status: response.status, text: await response.text() };
  } catch {
    return 'refused';
  }
}

/** A GET with a chosen `Host` header, as a page on a rebinding domain would send it. */
function getAs(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Whether the listener has settled (resolved or rejected) yet. */
async function settledYet(callback: Promise<unknown>): Promise<boolean> {
  const pending = Symbol('pending');
  const winner = await Promise.race([callback.then(() => true, () => true), new Promise((resolve) => setImmediate(() => resolve(pending)))]);
  return winner !== pending;
}

describe('loopback listener', () => {
  it('accepts the one callback with the right path and state, answers a friendly page and closes', async () => {
    const listener = await startLoopbackListener({ expectedState: STATE, timeoutMs: 5_000 });
    expect(listener.redirectUri).toBe(`http://127.0.0.1:${listener.port}/callback`);
    const reply = await get(`${listener.redirectUri}?code=abc&state=${STATE}`);
    expect(reply).toMatchObject({ status: 200, text: expect.stringContaining('You can close this tab and return to Atrium') });
    const params = await listener.callback;
    expect(params.get('code')).toBe('abc');
    expect(await get(`${listener.redirectUri}?code=again&state=${STATE}`)).toBe('refused');
  });

  it('refuses a callback on the wrong path and keeps waiting for the right one', async () => {
    const listener = await startLoopbackListener({ expectedState: STATE, timeoutMs: 5_000 });
    const wrong = await get(`http://127.0.0.1:${listener.port}/evil?code=abc&state=${STATE}`);
    expect(wrong).toMatchObject({ status: 404 });
    const favicon = await get(`http://127.0.0.1:${listener.port}/favicon.ico`);
    expect(favicon).toMatchObject({ status: 404 });
    await get(`${listener.redirectUri}?code=good&state=${STATE}`);
    expect((await listener.callback).get('code')).toBe('good');
  });

  it('turns away a callback with a wrong or missing state and keeps waiting for the right one', async () => {
    const listener = await startLoopbackListener({ expectedState: STATE, timeoutMs: 5_000 });
    // What a web page's <img src="http://127.0.0.1:PORT/callback"> would send.
    const forged = await get(`${listener.redirectUri}?code=abc&state=forged`);
    expect(forged).toMatchObject({ status: 400, text: expect.stringContaining('still waiting for the sign-in it started') });
    expect(await get(`${listener.redirectUri}?code=abc`)).toMatchObject({ status: 400 });
    expect(await get(`${listener.redirectUri}?error=access_denied`)).toMatchObject({ status: 400 });
    expect(await settledYet(listener.callback)).toBe(false);

    await get(`${listener.redirectUri}?code=good&state=${STATE}`);
    expect((await listener.callback).get('code')).toBe('good');
  });

  it('turns away a request addressed to another host name (DNS rebinding) and keeps waiting', async () => {
    const listener = await startLoopbackListener({ expectedState: STATE, timeoutMs: 5_000 });
    const callback = `${listener.redirectUri}?code=abc&state=${STATE}`;
    expect(await getAs(callback, `rebind.attacker.example:${listener.port}`)).toBe(421);
    expect(await getAs(callback, `localhost:${listener.port}`)).toBe(421);
    expect(await settledYet(listener.callback)).toBe(false);

    expect(await getAs(callback, `127.0.0.1:${listener.port}`)).toBe(200);
    expect((await listener.callback).get('code')).toBe('abc');
  });

  it('accepts only the first of two simultaneous callbacks', async () => {
    const listener = await startLoopbackListener({ expectedState: STATE, timeoutMs: 5_000 });
    const replies = await Promise.all([
      get(`${listener.redirectUri}?code=first&state=${STATE}`),
      get(`${listener.redirectUri}?code=second&state=${STATE}`),
    ]);
    const accepted = replies.filter((r) => r !== 'refused' && r.status === 200);
    expect(accepted).toHaveLength(1);
    for (const reply of replies) {
      if (reply !== 'refused' && reply.status !== 200) expect(reply).toMatchObject({ status: 409, text: expect.stringContaining('already received') });
    }
    expect(['first', 'second']).toContain((await listener.callback).get('code'));
  });

  it('passes an authorization error from the server on to the flow, with a page that says so', async () => {
    const listener = await startLoopbackListener({ expectedState: STATE, timeoutMs: 5_000 });
    const reply = await get(`${listener.redirectUri}?error=access_denied&state=${STATE}`);
    expect(reply).toMatchObject({ status: 200, text: expect.stringContaining('Sign-in did not complete') });
    expect((await listener.callback).get('error')).toBe('access_denied');
  });

  it('gives up after its time limit with a clear message and stops listening', async () => {
    const listener = await startLoopbackListener({ expectedState: STATE, timeoutMs: 150 });
    await expect(listener.callback).rejects.toMatchObject({
      code: 'sign_in_timeout',
      message: 'Atrium stopped waiting for the sign-in after 1 second. Start again whenever you are ready.',
    });
    expect(await get(`${listener.redirectUri}?code=late&state=${STATE}`)).toBe('refused');
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const listener = await startLoopbackListener({ expectedState: STATE, timeoutMs: 5_000, signal: controller.signal });
    controller.abort();
    await expect(listener.callback).rejects.toMatchObject({ code: 'sign_in_cancelled' });
  });

  it('reports a taken port so the caller can register anew', async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const port = (squatter.address() as AddressInfo).port;
    try {
      await expect(startLoopbackListener({ expectedState: STATE, timeoutMs: 1_000, port })).rejects.toBeInstanceOf(PortInUseError);
    } finally {
      squatter.close();
    }
  });
});
