// A fresh nonce for a webview's CSP, from Web Crypto: the same in the Node and the web worker
// extension hosts.
export function makeNonce(): string {
  let s = '';
  for (const b of crypto.getRandomValues(new Uint8Array(16))) s += String.fromCharCode(b);
  return btoa(s);
}
