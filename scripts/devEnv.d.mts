// Types of devEnv.mjs (plain JavaScript: it runs before `npm install` may have happened).
export declare const SERVICE_DEFAULTS: Readonly<Record<string, string>>;
/** Dev-only secrets, generated once under .data/ (never committed). */
export declare function devSecrets(): Record<string, string>;
/** Environment for the platform's processes: explicit environment wins over defaults. */
export declare function platformEnv(extra?: Record<string, string>): Record<string, string>;
