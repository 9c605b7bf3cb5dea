// Headers every HTTP answer of the API carries, in the browser host and on the hub alike.

/** Sent with every response. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  // The token rides in the page URL: never let it leak in a Referer header.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
