import type { Page } from 'playwright-core';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/index';
import { startAtrium, type StartOptions, type TestAtrium } from './atrium';

/**
 * The start most e2e files share: a sandbox, Atrium, its demo user signed in through the
 * organization's page, and Home showing its first post.
 */
export async function startSignedIn(sandboxOptions: SandboxOptions, atriumOptions: StartOptions): Promise<{ sandbox: Sandbox; atrium: TestAtrium }> {
  const sandbox = await startSandbox(sandboxOptions);
  const atrium = await startAtrium(atriumOptions);
  await signInThroughBrowser(atrium, sandbox.url, sandbox.demoUser);
  await atrium.page.getByRole('feed', { name: 'Home' }).getByRole('article').first().waitFor();
  return { sandbox, atrium };
}

/**
 * Signs in the way a person would: types the address in Atrium, then fills the organization's
 * sign-in form in the "system browser" page Atrium opened, and waits for the loopback page.
 * On a server the policy does not name, Atrium first asks whether it is the organization's: yes.
 */
export async function signInThroughBrowser(atrium: TestAtrium, instanceUrl: string, user: { username: string; password: string }): Promise<Page> {
  const address = atrium.page.getByLabel("Your organization's address");
  await address.fill(instanceUrl);
  await atrium.page.getByRole('button', { name: 'Continue', exact: true }).click();
  await atrium.page.getByRole('button', { name: 'Continue to sign-in' }).click();
  return finishInBrowser(atrium, user);
}

/** Fills the organization's sign-in form in the page Atrium opened, and waits for the loopback page. */
export async function finishInBrowser(atrium: TestAtrium, user: { username: string; password: string }): Promise<Page> {
  const ssoPage = await atrium.systemBrowser.nextPage();
  await ssoPage.getByLabel(/user ?name/i).fill(user.username);
  await ssoPage.getByLabel(/password/i).fill(user.password);
  await ssoPage.getByRole('button', { name: /sign in/i }).click();
  await ssoPage.getByText(/return to Atrium/i).waitFor();
  return ssoPage;
}
