/**
 * The HTTP headers the console's HTML must be served with, in production and by `vite preview`
 * (vite.config.ts), and by nginx (src/server, generated from this one source). Documented in
 * src/config/README.md; any other web server of a deployment sends the same.
 *
 * - `script-src 'self'`: no inline or third-party scripts (the build emits none; index.html has
 *   only a module script file).
 * - `style-src 'self' 'unsafe-inline'`: Mantine writes its CSS variables and some component
 *   styles as inline `<style>`/`style=""`; styles cannot run code.
 * - `connect-src`: the API. Same origin by default; a deployment whose config.json points at
 *   another origin adds it here (`apiOrigins`).
 * - `frame-ancestors 'none'` (and `X-Frame-Options: DENY` for old browsers): no other site can
 *   frame the console to trick an admin into clicking (clickjacking).
 * - `worker-src 'self'`: only the demo's mock service worker, from the console's own origin.
 */
export function contentSecurityPolicy(apiOrigins: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${["'self'", ...apiOrigins].join(' ')}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(apiOrigins: readonly string[] = []): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(apiOrigins),
    // Full URLs (which may name an App) never leak to other sites; the origin still goes along.
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}

/**
 * Sent only over HTTPS (over plain http a browser ignores it): by nginx when it terminates TLS or
 * a TLS-terminating proxy in front says `X-Forwarded-Proto: https` (nginx.conf.template). One
 * year, subdomains included; no `preload`, which is a commitment an operator makes on purpose.
 */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains';
