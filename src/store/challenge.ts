/**
 * Parses `WWW-Authenticate` header values (RFC 9110 §11.6.1). One header may hold
 * several challenges (`Digest realm="a", nonce="b", Basic realm="a"`), and fetch joins
 * repeated headers with ", ", so a challenge starts wherever a token is not followed by "=".
 */

export interface AuthChallenge {
  /** Lower-cased scheme: "basic", "digest", ... */
  scheme: string;
  /** Parameter names lower-cased; quoted values unescaped. */
  params: Record<string, string>;
}

const TOKEN = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;

export function parseChallenges(header: string | null | undefined): AuthChallenge[] {
  if (!header) return [];
  const challenges: AuthChallenge[] = [];
  const scanner = new Scanner(header);
  while (!scanner.done()) {
    scanner.skip(/[\s,]*/y);
    const scheme = scanner.match(TOKEN);
    if (!scheme) break;
    const challenge: AuthChallenge = { scheme: scheme.toLowerCase(), params: {} };
    challenges.push(challenge);
    scanner.skip(/[ \t]*/y);
    while (!scanner.done()) {
      const mark = scanner.position;
      scanner.skip(/[\s,]*/y);
      const name = scanner.match(TOKEN);
      scanner.skip(/[ \t]*/y);
      if (!name || !scanner.take('=')) {
        // not `name=`: the scheme of the next challenge
        scanner.position = mark;
        break;
      }
      scanner.skip(/[ \t]*/y);
      challenge.params[name.toLowerCase()] = scanner.peek() === '"' ? scanner.quoted() : (scanner.match(TOKEN) ?? '');
      scanner.skip(/[ \t]*/y);
    }
  }
  return challenges;
}

class Scanner {
  position = 0;

  constructor(private readonly text: string) {}

  done(): boolean {
    return this.position >= this.text.length;
  }

  peek(): string {
    return this.text[this.position] ?? '';
  }

  take(char: string): boolean {
    if (this.peek() !== char) return false;
    this.position++;
    return true;
  }

  skip(pattern: RegExp): void {
    this.match(pattern);
  }

  match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.position;
    const found = pattern.exec(this.text);
    if (!found || found[0] === '') return undefined;
    this.position += found[0].length;
    return found[0];
  }

  /** A quoted-string starting at the current '"', with backslash escapes removed. */
  quoted(): string {
    let value = '';
    this.position++;
    while (!this.done()) {
      const char = this.text[this.position++]!;
      if (char === '"') return value;
      value += char === '\\' && !this.done() ? this.text[this.position++]! : char;
    }
    return value;
  }
}
