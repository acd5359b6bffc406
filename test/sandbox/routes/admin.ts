import type { FastifyInstance } from 'fastify';
import { ApiError } from '../core/errors';
import type { Api } from '../http/api';
import { int, list, str } from '../http/params';
import type { MalformedKind, RetryHeader } from '../http/faults';
import type { RouteModule } from '../http/server';

/** What the admin endpoint can do; implemented by the running sandbox. */
export interface SandboxControl {
  info(): { url: string; demoUser: { username: string; password: string }; password: string };
  advanceClock(ms: number): void;
  latencyMs(ms: number): void;
  failRatio(r: number): void;
  force429(retryAfterSec: number, count?: number, header?: RetryHeader): void;
  failNext(count: number, status?: number): void;
  malformNextAnswer(route: string, kind: MalformedKind, count?: number): void;
  dropStreams(): void;
  revokeToken(token: string): void;
  downFor(ms: number): void;
  dropNextAnswer(route: string, count?: number): void;
  reset(): void;
  issueToken(username: string, scopes?: string[]): string;
  decideQuote(quotingStatusId: string, accept: boolean): void;
}

/**
 * `/__sandbox/...`: the test-only control surface, so a separate process (the e2e
 * host) can drive the clock and misbehaviour over HTTP. Never rate limited or faulty.
 */
export function adminRoutes(control: SandboxControl): RouteModule {
  return (app: FastifyInstance, api: Api) => {
    const num = (value: number | undefined, name: string): number => {
      if (value === undefined) throw new ApiError(422, `${name} is required`);
      return value;
    };
    app.get('/__sandbox/info', async () => control.info());
    app.post('/__sandbox/clock/advance', async (req) => {
      control.advanceClock(num(int(api.params(req), 'ms'), 'ms'));
      return { now: api.clock.now().toISOString() };
    });
    app.post('/__sandbox/misbehave', async (req) => {
      const p = api.params(req);
      const latency = int(p, 'latency_ms');
      if (latency !== undefined) control.latencyMs(latency);
      const ratio = str(p, 'fail_ratio');
      if (ratio !== undefined) control.failRatio(Number(ratio));
      const retry = int(p, 'force_429_retry_after');
      if (retry !== undefined) control.force429(retry, int(p, 'force_429_count'), str(p, 'force_429_header') === 'reset' ? 'reset' : 'retry-after');
      const failCount = int(p, 'fail_next_count');
      if (failCount !== undefined) control.failNext(failCount, int(p, 'fail_next_status'));
      const malformRoute = str(p, 'malform_next_answer');
      if (malformRoute !== undefined) control.malformNextAnswer(malformRoute, str(p, 'malform_kind') === 'wrong_shape' ? 'wrong_shape' : 'broken_json', int(p, 'malform_count'));
      if (str(p, 'drop_streams') === 'true') control.dropStreams();
      const token = str(p, 'revoke_token');
      if (token !== undefined) control.revokeToken(token);
      const down = int(p, 'down_ms');
      if (down !== undefined) control.downFor(down);
      const failMedia = int(p, 'fail_media_processing');
      if (failMedia !== undefined) api.faults.failMediaProcessing = failMedia;
      const drop = str(p, 'drop_next_answer');
      if (drop !== undefined) control.dropNextAnswer(drop, int(p, 'drop_next_answer_count'));
      return {};
    });
    app.post('/__sandbox/reset', async () => {
      control.reset();
      return {};
    });
    app.post('/__sandbox/quotes/decide', async (req) => {
      const p = api.params(req);
      control.decideQuote(str(p, 'status_id') ?? '', str(p, 'accept') === 'true');
      return {};
    });
    app.post('/__sandbox/token', async (req) => {
      const p = api.params(req);
      const scopes = list(p, 'scopes').map(String);
      return { access_token: control.issueToken(str(p, 'username') ?? '', scopes.length > 0 ? scopes : undefined) };
    });
  };
}
