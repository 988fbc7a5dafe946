import path from 'node:path';

const cspDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** The renderer's Content Security Policy, sent as a header by both hosts. */
export const CONTENT_SECURITY_POLICY = cspDirectives.join('; ');

/** The same policy for index.html's meta tag, where browsers ignore `frame-ancestors`. */
export const CONTENT_SECURITY_POLICY_META = cspDirectives.filter((directive) => !directive.startsWith('frame-ancestors')).join('; ');

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export const mimeTypeOf = (filePath: string): string => mimeTypes[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';

/**
 * Maps a URL path onto a file under `root`, or null when it would escape it
 * (`..`, encoded separators, NUL bytes, malformed escapes). `/` is the app's index.html.
 */
export const resolveStaticPath = (root: string, urlPath: string): string | null => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').includes('..')) return null;
  const relative = path.posix.normalize(decoded === '/' || decoded === '' ? '/index.html' : decoded);
  const base = path.resolve(root);
  const resolved = path.resolve(base, `.${relative}`);
  return resolved.startsWith(base + path.sep) ? resolved : null;
};
