import vectors from '../../../config/vectors/oauth1-signatures.json';
import { signOAuth1 } from '../apex/oauth1';

interface Case {
  name: string;
  method: string;
  url: string;
  params: [string, string][];
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
  nonce: string;
  timestamp: string;
  expected: Record<string, string>;
}

describe('workbench OAuth 1.0a signer against the contract vectors', () => {
  it.each((vectors.cases as unknown as Case[]).map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const signed = signOAuth1(c.method, c.url, c, {
      params: c.params,
      nonce: c.nonce,
      timestamp: c.timestamp,
    });
    expect(signed).toEqual(c.expected);
  });
});
