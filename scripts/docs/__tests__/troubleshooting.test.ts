import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { declaredMessages, plainText } from '../declaredMessages';

const ROOT = path.resolve(__dirname, '../../..');

describe('docs/troubleshooting.md', () => {
  it('lists every message constant of the Apex word for word', () => {
    const messages = declaredMessages(ROOT);
    expect(messages.length).toBeGreaterThan(15);
    const doc = plainText(fs.readFileSync(path.join(ROOT, 'docs/troubleshooting.md'), 'utf8'));
    const missing = messages
      .filter((m) => !doc.includes(m.text))
      .map((m) => `${m.file} ${m.name}: ${m.text}`);
    expect(missing).toEqual([]);
  });
});

describe('declaredMessages', () => {
  it('reads MSG_ and MESSAGE_ constants holding a sentence, wrapped or not, with escaped quotes', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'messages-'));
    fs.mkdirSync(path.join(root, 'force-app/main/a/classes'), { recursive: true });
    fs.writeFileSync(
      path.join(root, 'force-app/main/a/classes/A.cls'),
      [
        'public class A {',
        "    public static final String MSG_ONE = 'Enter the account\\'s id.';",
        '    public static final String MESSAGE_TWO =',
        "        'A long message wrapped by prettier.';",
        "    public static final String MSG_HOST = 'msgHist';",
        "    public static final String OTHER = 'Not a message constant.';",
        '}',
      ].join('\n'),
    );
    try {
      expect(declaredMessages(root).map((m) => `${m.name}: ${m.text}`)).toEqual([
        "MSG_ONE: Enter the account's id.",
        'MESSAGE_TWO: A long message wrapped by prettier.',
      ]);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
