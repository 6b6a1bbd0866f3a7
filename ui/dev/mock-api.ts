/**
 * Development only (`vite dev` with SIGNIN_REPORT_API=<server> and SIGNIN_REPORT_MOCK_API=1): a
 * stand-in for our own `/api/*` routes while the server does not have them yet. It reads the
 * real sign-ins through the server's Graph-compatible API and aggregates them in memory, and
 * knows a handful of error codes. Never part of the build.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { entityRoute } from './mock-entities.js';
import { createMockAlerts } from './mock-alerts.js';

type Row = {
  id: string;
  createdDateTime: string;
  userPrincipalName?: string;
  appDisplayName?: string;
  ipAddress?: string;
  location?: { countryOrRegion?: string };
  status?: { errorCode?: number };
  appliedConditionalAccessPolicies?: { id?: string; displayName?: string; result?: string; enforcedGrantControls?: string[] }[];
};

const text = (title: string, explanation: string, action: string[]) => ({ title, explanation, action });
const CODES = [
  { code: 50126, identifier: 'InvalidUserNameOrPassword', outcome: 'failure', category: 'credentials', actor: 'user',
    en: text('Wrong user name or password', 'The password did not match the account. Repeated failures from many accounts may be a password spray.', ['Ask the user to retype the password or reset it through self-service password reset.', 'If many users fail from one IP address, block the address and review the sign-ins.']),
    ja: text('ユーザー名またはパスワードが正しくない', '入力されたパスワードがアカウントと一致しませんでした。多数のアカウントで失敗している場合はパスワード スプレーの可能性があります。', ['ユーザーにパスワードを再入力してもらうか、セルフサービス パスワード リセットでリセットしてもらいます。', '1 つの IP アドレスから多数のユーザーが失敗している場合は、そのアドレスをブロックしてサインインを確認します。']) },
  { code: 50074, identifier: 'UserStrongAuthClientAuthNRequiredInterrupt', outcome: 'interrupted', category: 'mfa', actor: 'user',
    en: text('Multifactor authentication required', 'The sign-in needed a second factor and the user was asked for it.', ['Nothing to do if the user completed MFA in the next sign-in.']),
    ja: text('多要素認証が必要', 'サインインに 2 つ目の要素が必要となり、ユーザーに求められました。', ['直後のサインインで MFA が完了していれば対応は不要です。']) },
  { code: 50097, identifier: 'DeviceAuthenticationRequired', outcome: 'interrupted', category: 'device', actor: 'user',
    en: text('Device authentication required', 'The sign-in needed the device to prove its identity.', ['Usually followed by a success; check the device registration if not.']),
    ja: text('デバイス認証が必要', 'サインインでデバイスの認証が求められました。', ['通常は直後に成功します。成功しない場合はデバイスの登録を確認します。']) },
  { code: 500121, identifier: 'AuthenticationFailedDueToMfaFailure', outcome: 'failure', category: 'mfa', actor: 'user',
    en: text('MFA was not completed', 'The user did not complete the second factor: denied, timed out or failed.', ['Ask the user whether they expected the prompt.', 'If they did not, reset the password: someone else may know it.']),
    ja: text('MFA が完了しなかった', 'ユーザーが 2 つ目の要素を完了しませんでした (拒否、タイムアウト、または失敗)。', ['ユーザーに、その要求に心当たりがあるか確認します。', '心当たりがなければ、パスワードが漏れている可能性があるためリセットします。']) },
  { code: 53003, identifier: 'BlockedByConditionalAccess', outcome: 'failure', category: 'conditional-access', actor: 'tenant-admin',
    en: text('Blocked by Conditional Access', 'A Conditional Access policy blocked the sign-in.', ['Open the Conditional Access tab to see which policy failed.']),
    ja: text('条件付きアクセスによりブロック', '条件付きアクセス ポリシーによってサインインがブロックされました。', ['条件付きアクセス タブで失敗したポリシーを確認します。']) },
  { code: 700016, identifier: 'UnauthorizedClient_DoesNotMatchRequest', outcome: 'failure', category: 'application-config', actor: 'app-developer',
    en: text('Application not found in the directory', 'The application id in the request is not registered in this tenant.', ['Check the client id the app sends.', 'Have an administrator consent to the app in this tenant.']),
    ja: text('ディレクトリにアプリケーションが見つからない', '要求のアプリケーション ID がこのテナントに登録されていません。', ['アプリが送るクライアント ID を確認します。', '管理者がこのテナントでアプリに同意します。']) },
];

const HOUR = 3_600_000;

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
};

export const mockApi = (api: string): Plugin => {
  let cache: { at: number; rows: Row[] } | undefined;
  const load = async (auth: string): Promise<Row[]> => {
    if (cache && Date.now() - cache.at < 60_000) return cache.rows;
    const rows: Row[] = [];
    const filter = "signInEventTypes/any(t: t eq 'interactiveUser' or t eq 'nonInteractiveUser' or t eq 'servicePrincipal' or t eq 'managedIdentity')";
    let next: string | undefined = `${api}/beta/auditLogs/signIns?$top=1000&$filter=${encodeURIComponent(filter)}`;
    while (next && rows.length < 200_000) {
      const res = await fetch(next, { headers: { authorization: auth } });
      const body = (await res.json()) as { value: Row[]; '@odata.nextLink'?: string };
      rows.push(...body.value);
      next = body['@odata.nextLink'];
    }
    cache = { at: Date.now(), rows };
    return rows;
  };
  const entry = (code: number) => CODES.find((c) => c.code === code);
  const top = (rows: Row[], key: (r: Row) => string | undefined) => {
    const m = new Map<string, number>();
    for (const r of rows) {
      const k = key(r) ?? '';
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    return [...m].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, count]) => ({ key: k, count }));
  };
  const outcomeOf = (r: Row) => {
    const c = r.status?.errorCode ?? 0;
    return c === 0 ? 'success' : entry(c)?.outcome === 'interrupted' ? 'interrupted' : 'failure';
  };
  const categoryOf = (r: Row) => entry(r.status?.errorCode ?? 0)?.category ?? 'other';

  const alertRoutes = createMockAlerts();
  const handle = async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = new URL(req.url ?? '/', 'http://dev');
    if (!url.pathname.startsWith('/api/')) return next();
    const auth = req.headers.authorization ?? '';
    const alertReply = await alertRoutes(url, req.method ?? 'GET', req, () => load(auth));
    if (alertReply) return json(res, alertReply.status, alertReply.body);
    if (url.pathname === '/api/error-codes') {
      const rows = await load(auth);
      return json(res, 200, { value: CODES.map((c) => ({ ...c, signInCount: rows.filter((r) => r.status?.errorCode === c.code).length })) });
    }
    const one = /^\/api\/error-codes\/(\d+)$/.exec(url.pathname);
    if (one) {
      const e = entry(Number(one[1]));
      return e ? json(res, 200, e) : json(res, 404, { error: { code: 'NotFound', message: `Error code ${one[1]} is not in the catalog` } });
    }
    if (url.pathname === '/api/dashboard') {
      const since = Date.parse(url.searchParams.get('since') ?? '') || Date.now() - 7 * 24 * HOUR;
      const until = Date.parse(url.searchParams.get('until') ?? '') || Date.now();
      const rows = (await load(auth)).filter((r) => {
        const t = Date.parse(r.createdDateTime);
        return t >= since && t <= until;
      });
      const bucket = until - since <= 48 * HOUR ? 'hour' : 'day';
      const size = bucket === 'hour' ? HOUR : 24 * HOUR;
      const start = Math.floor(since / size) * size;
      const buckets = new Map<number, { success: number; failure: number; interrupted: number; byCategory: Record<string, number> }>();
      for (let t = start; t <= until; t += size) buckets.set(t, { success: 0, failure: 0, interrupted: 0, byCategory: {} });
      const failed = rows.filter((r) => outcomeOf(r) !== 'success');
      for (const r of rows) {
        const b = buckets.get(Math.floor(Date.parse(r.createdDateTime) / size) * size);
        if (!b) continue;
        const o = outcomeOf(r);
        b[o]++;
        if (o !== 'success') b.byCategory[categoryOf(r)] = (b.byCategory[categoryOf(r)] ?? 0) + 1;
      }
      const codes = top(failed, (r) => String(r.status?.errorCode ?? 0));
      const cbo = new Map<string, number>();
      for (const r of failed) cbo.set(`${categoryOf(r)}|${outcomeOf(r)}`, (cbo.get(`${categoryOf(r)}|${outcomeOf(r)}`) ?? 0) + 1);
      return json(res, 200, {
        since: new Date(since).toISOString(),
        until: new Date(until).toISOString(),
        tz: url.searchParams.get('tz') ?? 'UTC',
        bucket,
        source: 'scan',
        totals: {
          total: rows.length,
          success: rows.filter((r) => outcomeOf(r) === 'success').length,
          failure: rows.filter((r) => outcomeOf(r) === 'failure').length,
          interrupted: rows.filter((r) => outcomeOf(r) === 'interrupted').length,
        },
        failuresOverTime: [...buckets].map(([t, b]) => ({ bucket: new Date(t).toISOString(), ...b })),
        topErrorCodes: codes.map((c) => {
          const e = entry(Number(c.key));
          const users = new Set(failed.filter((r) => String(r.status?.errorCode) === c.key).map((r) => r.userPrincipalName));
          return { errorCode: Number(c.key), count: c.count, distinctUsers: users.size, category: e?.category ?? 'other', outcome: e?.outcome ?? 'failure', title: e ? { en: e.en.title, ja: e.ja.title } : null };
        }),
        topFailingUsers: top(failed, (r) => r.userPrincipalName),
        topFailingApps: top(failed, (r) => r.appDisplayName),
        topFailingIps: top(failed, (r) => r.ipAddress),
        topFailingCountries: top(failed, (r) => r.location?.countryOrRegion),
        categoryByOutcome: [...cbo].map(([k, count]) => ({ category: k.split('|')[0], outcome: k.split('|')[1], count })),
      });
    }
    const diag = /^\/api\/sign-ins\/([^/]+)\/diagnosis$/.exec(url.pathname);
    if (diag) {
      const rows = await load(auth);
      const me = rows.find((r) => r.id === decodeURIComponent(diag[1] ?? ''));
      if (!me) return json(res, 404, { error: { code: 'NotFound', message: 'No such sign-in' } });
      const now = Date.parse(me.createdDateTime);
      const mine = rows.filter((r) => r.userPrincipalName && r.userPrincipalName === me.userPrincipalName);
      const fails = (ms: number) => mine.filter((r) => outcomeOf(r) !== 'success' && Date.parse(r.createdDateTime) > now - ms && Date.parse(r.createdDateTime) <= now).length;
      const same = rows.filter((r) => r.appDisplayName === me.appDisplayName && r.status?.errorCode === me.status?.errorCode);
      const ipFails = rows.filter((r) => r.ipAddress === me.ipAddress && outcomeOf(r) === 'failure');
      const ipUsers = new Set(ipFails.map((r) => r.userPrincipalName)).size;
      const times = same.map((r) => r.createdDateTime).sort();
      return json(res, 200, {
        entry: entry(me.status?.errorCode ?? 0) ?? null,
        user: me.userPrincipalName
          ? { recent: mine.slice(0, 10).map((r) => ({ id: r.id, createdDateTime: r.createdDateTime, appDisplayName: r.appDisplayName, errorCode: r.status?.errorCode ?? 0, outcome: outcomeOf(r) })), failures24h: fails(24 * HOUR), failures7d: fails(7 * 24 * HOUR) }
          : null,
        appCode: same.length ? { firstSeen: times[0], lastSeen: times[times.length - 1], count: same.length, distinctUsers: new Set(same.map((r) => r.userPrincipalName)).size } : null,
        ip: me.ipAddress ? { failures: ipFails.length, distinctUsersFailing: ipUsers, spraySuspected: ipUsers >= 5 } : null,
        failedPolicies: (me.appliedConditionalAccessPolicies ?? []).filter((p) => p.result === 'failure'),
      });
    }
    const ent = url.pathname.startsWith('/api/entities/') || url.pathname === '/api/alerts'
      ? entityRoute(url, (await load(auth)) as Parameters<typeof entityRoute>[1], {
          outcomeOf: (code) => (code === 0 ? 'success' : entry(code)?.outcome === 'interrupted' ? 'interrupted' : 'failure'),
          describe: (code) => {
            const e = entry(code);
            return { title: e ? { en: e.en.title, ja: e.ja.title } : null, category: e?.category ?? 'other', actor: e?.actor ?? null };
          },
        })
      : undefined;
    if (ent) return json(res, ent.status, ent.body);
    return json(res, 404, { error: { code: 'NotFound', message: `No resource at ${url.pathname}` } });
  };

  return {
    name: 'signin-report:mock-api',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        handle(req, res, next).catch((e: unknown) => json(res, 500, { error: { code: 'MockFailed', message: String(e) } }));
      });
    },
  };
};
