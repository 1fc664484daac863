// Credentials come from the Web Crypto API (in browsers and Node alike), never Math.random.

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** `eght_` + base64 of a random UUID: the 53-character shape of real 8x8 keys. */
export function generateKey(): string {
  return `eght_${btoa(crypto.randomUUID())}`;
}

/** 32 random bytes, base64url: an opaque secret. */
export function generateSecret(): string {
  return toBase64Url(crypto.getRandomValues(new Uint8Array(32)));
}

export function generateId(): string {
  return crypto.randomUUID();
}
