// A translated sentence with one part marked up (a name in bold, a command as code): the whole
// sentence is one message, cut around its placeholder here, so each language keeps its word order.
const MARK = '\uE000';

/** The text before and after the placeholder `message` is given as its one marked value. */
export function around(message: (mark: string) => string): [string, string] {
  const text = message(MARK);
  const at = text.indexOf(MARK);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + MARK.length)];
}
