import { networkError, PlatformClientError, toPlatformError } from './errors.js';
import { credentialHeaders, prepareDocument, randomId, retryDelay, } from './shared.js';
import { SubscriptionManager, } from './subscriptions.js';
const sleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted)
        return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
    }, { once: true });
});
/** A client for the platform: typed queries and mutations over HTTP, resumable subscriptions. */
export function createPlatformClient(options) {
    const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
    const retry = {
        maxAttempts: options.retry?.maxAttempts ?? 5,
        maxDelayMs: options.retry?.maxDelayMs ?? 30_000,
        baseDelayMs: options.retry?.baseDelayMs ?? 250,
    };
    const usePersisted = options.persistedDocuments ?? true;
    const send = async (document, variables, byHash, forceRefresh, requestOptions) => {
        const doc = prepareDocument(document);
        const requestId = randomId();
        const body = {
            ...(byHash && doc.hash ? { documentId: doc.hash } : { query: doc.text }),
            ...(doc.operationName ? { operationName: doc.operationName } : {}),
            ...(variables !== undefined ? { variables } : {}),
        };
        let response;
        try {
            response = await fetchFn(options.url, {
                method: 'POST',
                headers: {
                    'content-type': 'application/json',
                    accept: 'application/graphql-response+json, application/json;q=0.9',
                    'x-request-id': requestId,
                    ...options.headers,
                    ...requestOptions?.headers,
                    ...(await credentialHeaders(options, forceRefresh)),
                },
                body: JSON.stringify(body),
                ...(requestOptions?.signal ? { signal: requestOptions.signal } : {}),
            });
        }
        catch (error) {
            if (requestOptions?.signal?.aborted)
                throw error;
            return { kind: 'failed', failure: networkError(error, requestId) };
        }
        const answeredId = response.headers.get('x-request-id') ?? requestId;
        let payload;
        try {
            payload = (await response.json());
        }
        catch (error) {
            return { kind: 'failed', failure: networkError(error, answeredId, response.status) };
        }
        const retryAfter = Number(response.headers.get('retry-after'));
        const result = {
            data: payload.data ?? null,
            errors: (payload.errors ?? []).map(toPlatformError),
            ...(payload.extensions ? { extensions: payload.extensions } : {}),
            requestId: answeredId,
            status: response.status,
        };
        return {
            kind: 'answered',
            result,
            retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : null,
            // application/graphql-response+json answers a request it refused before execution with 4xx/5xx.
            ran: response.status >= 400 ? 'no' : 'yes',
        };
    };
    const execute = async (document, variables, requestOptions) => {
        const isMutation = prepareDocument(document).operation.operation === 'mutation';
        let byHash = usePersisted;
        let forceRefresh = false;
        let last = null;
        for (let attempt = 0; attempt < retry.maxAttempts; attempt += 1) {
            const outcome = await send(document, variables, byHash, forceRefresh, requestOptions);
            forceRefresh = false;
            if (outcome.kind === 'failed') {
                last = outcome.failure;
                // A mutation whose request may have reached the server is never repeated.
                if (isMutation)
                    break;
                await sleep(retryDelay(attempt, retry), requestOptions?.signal);
                continue;
            }
            const { result } = outcome;
            last = result;
            const codes = new Set(result.errors.map((e) => e.code));
            if (outcome.ran === 'no' && codes.has('PERSISTED_QUERY_NOT_FOUND') && byHash) {
                byHash = false;
                continue;
            }
            if (outcome.ran === 'no' && codes.has('UNAUTHENTICATED') && options.getToken && attempt === 0) {
                forceRefresh = true;
                continue;
            }
            const refusedForNow = outcome.ran === 'no' &&
                (codes.has('RATE_LIMITED') ||
                    codes.has('SERVICE_UNAVAILABLE') ||
                    codes.has('SHUTTING_DOWN') ||
                    codes.has('AUDIT_UNAVAILABLE'));
            if (!refusedForNow || attempt === retry.maxAttempts - 1)
                return result;
            const hinted = outcome.retryAfterMs ??
                (() => {
                    const seconds = result.errors.find((e) => typeof e.extensions.retryAfterSeconds === 'number')
                        ?.extensions.retryAfterSeconds;
                    return seconds ? seconds * 1000 : null;
                })();
            await sleep(Math.min(retry.maxDelayMs, hinted ?? retryDelay(attempt, retry)), requestOptions?.signal);
        }
        if (last instanceof PlatformClientError) {
            return { data: null, errors: last.errors, requestId: last.requestId, status: last.status };
        }
        return last;
    };
    const dataOrThrow = async (document, args) => {
        const [variables, requestOptions] = args;
        const result = await execute(document, variables, requestOptions);
        if (result.errors.length > 0 || result.data === null)
            throw new PlatformClientError(result.errors, result.requestId, result.status, result.data);
        return result.data;
    };
    const subscriptions = new SubscriptionManager({
        url: options.url,
        transport: options.transport ?? 'auto',
        credentials: options,
        retry,
        persistedDocuments: usePersisted,
        fetch: fetchFn,
        webSocketImpl: options.webSocketImpl,
    });
    return {
        execute: (document, variables, requestOptions) => execute(document, variables, requestOptions),
        query: (document, ...args) => dataOrThrow(document, args),
        mutate: (document, ...args) => dataOrThrow(document, args),
        subscribe: (document, variables, handlers, subscribeOptions) => subscriptions.subscribe(document, variables, handlers, subscribeOptions),
        iterate: (document, variables, subscribeOptions) => subscriptions.iterate(document, variables, subscribeOptions),
        resolveUrl: (url) => new URL(url, options.url).toString(),
        close: () => subscriptions.close(),
    };
}
//# sourceMappingURL=client.js.map