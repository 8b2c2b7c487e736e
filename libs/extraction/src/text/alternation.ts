/**
 * A regular expression source matching any of `words` literally, factored as a trie: "Japan",
 * "Japanese", "Japan's" become `Japan(?:ese|'s)?`. V8 tries a flat alternation's hundreds of
 * branches one by one at every position; the trie tries one letter. At any position it prefers the
 * longest word, as a flat alternation sorted longest first does (two words can both match there
 * only when one is the other's prefix). With `ignoreCase` the words are folded to lower case
 * (the caller's regular expression must carry the `i` flag). Non-capturing throughout.
 */
export function alternation(words: Iterable<string>, options: { ignoreCase?: boolean } = {}): string {
  const root: TrieNode = { children: new Map(), end: false };
  let any = false;
  for (const word of words) {
    if (word === '') continue;
    any = true;
    let node = root;
    for (const char of options.ignoreCase ? word.toLowerCase() : word) {
      let next = node.children.get(char);
      if (!next) node.children.set(char, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  return any ? source(root) : '(?!)';
}

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

function source(node: TrieNode): string {
  const branches = [...node.children].map(([char, child]) => escapeChar(char) + source(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  // (Where a word may end too, a greedy optional tries the longer words first.)
  return node.end ? `(?:${branches.join('|')})?` : body;
}

function escapeChar(char: string): string {
  return /[.*+?^${}()|[\]\\]/.test(char) ? `\\${char}` : char;
}
