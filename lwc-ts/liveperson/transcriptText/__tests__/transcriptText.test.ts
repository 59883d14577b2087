import { renderTranscript, htmlToText, truncate, cutForField, TranscriptInput } from 'c/transcriptText';
import vectors from '../../../../config/vectors/transcript-text.json';

type Case = {
  name: string;
  input: TranscriptInput;
  maxLength?: number;
  fieldCut?: 'file' | 'notStored';
  expected: string;
};
const cases = vectors.cases as unknown as Case[];

describe('transcript-text contract vectors', () => {
  it('has cases for both channels', () => {
    expect(cases.filter((c) => c.input.channel === 'chat').length).toBeGreaterThan(2);
    expect(cases.filter((c) => c.input.channel === 'messaging').length).toBeGreaterThan(1);
  });

  it.each(cases.map((c) => [c.name, c] as const))('renders: %s', (_name, c) => {
    const actual =
      c.fieldCut === undefined
        ? renderTranscript(c.input, c.maxLength)
        : cutForField(renderTranscript(c.input), c.maxLength as number, c.fieldCut === 'file');
    expect(actual).toBe(c.expected);
  });
});

describe('transcriptText helpers', () => {
  it('turns HTML into text', () => {
    expect(htmlToText('<p>a</p><p>b &amp; c</p>')).toBe('a\nb & c');
  });

  it('truncates with a marker and keeps the length', () => {
    const out = truncate('x'.repeat(200), 50);
    expect(out.length).toBe(50);
    expect(out.endsWith('\n[truncated]')).toBe(true);
    expect(truncate('short', 50)).toBe('short');
    expect(truncate('abcdef', 3)).toBe('abc');
  });

  it('cuts for the field with a marker that says where the whole text is, keeping the length', () => {
    const inFile = cutForField('x'.repeat(500), 200, true);
    expect(inFile.length).toBe(200);
    expect(inFile.endsWith('\n[truncated: the full transcript is in the attached file]')).toBe(true);
    const notStored = cutForField('x'.repeat(500), 200, false);
    expect(notStored.length).toBe(200);
    expect(notStored).toMatch(/is not stored\]$/);
    expect(cutForField('short', 200, false)).toBe('short');
  });

  it('never throws on odd input', () => {
    expect(renderTranscript({ channel: 'chat', lines: undefined as unknown as unknown[] })).toBe('');
    expect(
      renderTranscript({ channel: 'messaging', record: null as unknown as Record<string, unknown> }),
    ).toBe('');
  });

  it('renders 200 messages', () => {
    const messageRecords = Array.from({ length: 200 }, (_, i) => ({
      type: 'TEXT_PLAIN',
      messageData: { msg: { text: `message ${i}` } },
      participantId: 'c-1',
      sentBy: 'Consumer',
      timeL: 1714724100000 + i * 1000,
    }));
    const text = renderTranscript({ channel: 'messaging', record: { messageRecords } });
    expect(text.split('\n')).toHaveLength(200);
  });
});
