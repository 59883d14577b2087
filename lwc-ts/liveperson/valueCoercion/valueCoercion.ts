/**
 * Value coercion — a LivePerson value (from a field path) into a Salesforce field type. Used by the
 * widget's pre-population and by the workbench; Apex twin `LivePersonValueCoercion` (sync). Both are
 * held to `config/vectors/value-coercion.json`. Never throws: `null` means "leave the field unset".
 *
 * - null, undefined and blank strings → null (every type).
 * - DATETIME → ISO-8601 UTC string `yyyy-MM-ddTHH:mm:ss.SSSZ`: from epoch-ms numbers or digit strings
 *   (11–16 digits: LivePerson `*L` fields, `serverTimeStamp`), LivePerson strings `2024-05-02 13:01:07.120+0000`,
 *   ISO strings with `Z`/`±hh:mm`/`±hhmm` or no offset (read as UTC), and `yyyy-MM-dd` (midnight UTC).
 *   Negative epochs (open conversations have `endTimeL: -1`), `undefined`, impossible dates and
 *   years outside 1700–4000 → null.
 * - DATE → `yyyy-MM-dd` (UTC day) from the same inputs.
 * - DOUBLE, CURRENCY, PERCENT, INTEGER → number, from numbers or plain numeric strings
 *   (`-12.5`, `1e3`; no thousands separators); `scale` (INTEGER: 0) rounds half away from zero.
 * - STRING, TEXTAREA, EMAIL, PHONE, URL → text: strings trimmed, numbers in plain form, booleans as
 *   `true`/`false`, arrays of scalars joined with `; `; cut to `length` (default 255). EMAIL must look
 *   like an address. Objects → null.
 * - BOOLEAN → true for true/1/"true"/"yes"/"y"/"1", false for false/0/"false"/"no"/"n"/"0"
 *   (case-insensitive), else null.
 * - PICKLIST → the API value whose value or label equals the text (exact first, then trimmed and
 *   case-insensitive); no match → null when `restricted`, else the text cut to `length` (255).
 */

export type FieldType =
  | 'DATETIME'
  | 'DATE'
  | 'DOUBLE'
  | 'CURRENCY'
  | 'PERCENT'
  | 'INTEGER'
  | 'STRING'
  | 'TEXTAREA'
  | 'EMAIL'
  | 'PHONE'
  | 'URL'
  | 'BOOLEAN'
  | 'PICKLIST';

export interface PicklistEntry {
  value: string;
  label?: string;
}

export interface FieldSpec {
  type: FieldType;
  length?: number;
  scale?: number;
  picklistValues?: PicklistEntry[];
  restricted?: boolean;
}

export type Coerced = string | number | boolean | null;

const MIN_MS = Date.UTC(1700, 0, 1);
const MAX_MS = Date.UTC(4001, 0, 1) - 1;
const DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Epoch ms of a LivePerson time value, or null. */
export function toEpochMs(value: unknown): number | null {
  let ms: number | null = null;
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (value < 0) return null;
    ms = Math.trunc(value);
  } else if (typeof value === 'string') {
    const s = value.trim();
    if (/^-?\d{11,16}$/.test(s)) {
      ms = parseInt(s, 10);
      if (ms < 0) return null;
    } else {
      const m = DATE_RE.exec(s);
      if (m) {
        const [, y, mo, d, h, mi, sec, frac, off] = m;
        const month = Number(mo);
        const day = Number(d);
        const hour = h === undefined ? 0 : Number(h);
        const minute = mi === undefined ? 0 : Number(mi);
        const second = sec === undefined ? 0 : Number(sec);
        if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
          return null;
        }
        if (day > new Date(Date.UTC(Number(y), month, 0)).getUTCDate()) return null;
        const millis = frac === undefined ? 0 : Number((frac + '00').substring(0, 3));
        ms = Date.UTC(Number(y), month - 1, day, hour, minute, second, millis);
        if (off !== undefined && off !== 'Z') {
          const sign = off.charAt(0) === '-' ? -1 : 1;
          const digits = off.substring(1).replace(':', '');
          ms -= sign * (Number(digits.substring(0, 2)) * 60 + Number(digits.substring(2, 4))) * 60000;
        }
      }
    }
  }
  if (ms === null || ms < MIN_MS || ms > MAX_MS) return null;
  return ms;
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** Plain decimal text of a finite number (no exponent for ordinary magnitudes). */
export function plainNumber(n: number): string {
  return String(n);
}

/** Rounds half away from zero to `scale` decimals. */
export function roundHalfUp(n: number, scale: number): number {
  if (Math.abs(n) >= 1e15) return n;
  const sign = n < 0 ? -1 : 1;
  const rounded = Number(Math.round(Number(Math.abs(n) + 'e' + scale)) + 'e-' + scale);
  return sign * rounded === 0 ? 0 : sign * rounded;
}

function toNumber(value: unknown, scale: number | undefined): number | null {
  let n: number | null = null;
  if (typeof value === 'number' && Number.isFinite(value)) n = value;
  else if (typeof value === 'string' && NUMBER_RE.test(value.trim())) n = Number(value.trim());
  if (n === null || !Number.isFinite(n)) return null;
  return scale === undefined ? n : roundHalfUp(n, scale);
}

function scalarText(v: unknown): string | null {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return plainNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return null;
}

function toText(value: unknown, length: number): string | null {
  let text: string | null;
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (const item of value) {
      const t = scalarText(item);
      if (t === null) return null;
      if (t !== '') parts.push(t);
    }
    text = parts.join('; ');
  } else {
    text = scalarText(value);
  }
  if (text === null || text === '') return null;
  return text.length > length ? text.substring(0, length) : text;
}

function toBoolean(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 1) return true;
  if (value === 0) return false;
  if (typeof value === 'string') {
    const s = value.trim().toLowerCase();
    if (s === 'true' || s === 'yes' || s === 'y' || s === '1') return true;
    if (s === 'false' || s === 'no' || s === 'n' || s === '0') return false;
  }
  return null;
}

function toPicklist(value: unknown, spec: FieldSpec): string | null {
  const text = scalarText(value);
  if (text === null || text === '') return null;
  const raw = typeof value === 'string' ? value : text;
  const entries = spec.picklistValues ?? [];
  for (const e of entries) if (e.value === raw) return e.value;
  const wanted = text.toLowerCase();
  for (const e of entries) {
    if (e.value.trim().toLowerCase() === wanted) return e.value;
    if (e.label !== undefined && e.label.trim().toLowerCase() === wanted) return e.value;
  }
  if (spec.restricted) return null;
  const length = spec.length ?? 255;
  return text.length > length ? text.substring(0, length) : text;
}

const TEXT_TYPES: ReadonlySet<FieldType> = new Set<FieldType>([
  'STRING',
  'TEXTAREA',
  'PHONE',
  'URL',
  'EMAIL',
  'PICKLIST',
]);

/**
 * Whether a value fits the field's type but not its length (null length: 255, EMAIL 80). `coerceValue`
 * cuts text to the length; a caller that must not store a cut value (a cut e-mail address or id is wrong,
 * not shorter) checks this first.
 */
export function isTooLong(value: unknown, spec: FieldSpec): boolean {
  if (isBlank(value) || !TEXT_TYPES.has(spec.type)) return false;
  const maxLength = spec.length ?? (spec.type === 'EMAIL' ? 80 : 255);
  const whole = coerceValue(value, { ...spec, length: Number.MAX_SAFE_INTEGER });
  return typeof whole === 'string' && whole.length > maxLength;
}

/** Coerces a LivePerson value into a Salesforce field type; null when it does not fit. */
export function coerceValue(value: unknown, spec: FieldSpec): Coerced {
  if (isBlank(value)) return null;
  switch (spec.type) {
    case 'DATETIME': {
      const ms = toEpochMs(value);
      return ms === null ? null : new Date(ms).toISOString();
    }
    case 'DATE': {
      const ms = toEpochMs(value);
      if (ms === null) return null;
      const d = new Date(ms);
      return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    }
    case 'DOUBLE':
    case 'CURRENCY':
    case 'PERCENT':
      return toNumber(value, spec.scale);
    case 'INTEGER':
      return toNumber(value, 0);
    case 'STRING':
    case 'TEXTAREA':
    case 'PHONE':
    case 'URL':
      return toText(value, spec.length ?? 255);
    case 'EMAIL': {
      const t = toText(value, spec.length ?? 80);
      return t !== null && EMAIL_RE.test(t) ? t : null;
    }
    case 'BOOLEAN':
      return toBoolean(value);
    case 'PICKLIST':
      return toPicklist(value, spec);
    default:
      return null;
  }
}
