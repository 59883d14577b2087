/**
 * `@salesforce/apex/<Class>.<method>` in the workbench: each import is a function that calls
 * `POST /__apex/<Class>.<method>` (imperative: returns a Promise) and is also a wire adapter
 * (`@wire(method, { ... })`). Errors reject with the shape an org sends:
 * `{ status, statusText, ok: false, body: { message, exceptionType, ... } }`.
 */

export async function invokeApex(name, params) {
  let res;
  try {
    res = await fetch(`/__apex/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(params === undefined || params === null ? {} : params),
    });
  } catch (e) {
    throw { status: 0, statusText: 'Network Error', ok: false, body: { message: String(e && e.message) } };
  }
  const payload = await res.json().catch(() => null);
  if (!res.ok) {
    throw {
      status: 500,
      statusText: 'Server Error',
      ok: false,
      headers: {},
      body: {
        message: (payload && payload.message) || res.statusText,
        // '' for Lightning's generic internal server error (an exception the Apex did not handle).
        exceptionType:
          payload && typeof payload.exceptionType === 'string'
            ? payload.exceptionType
            : 'System.AuraHandledException',
        isUserDefinedException: false,
        stackTrace: null,
      },
    };
  }
  return payload ? payload.result : undefined;
}

const wired = new WeakMap();

class ApexWireAdapter {
  constructor(dataCallback, name) {
    this.dataCallback = dataCallback;
    this.name = name;
    this.config = undefined;
    this.connected = false;
  }
  connect() {
    this.connected = true;
    if (this.config !== undefined) this.fetch();
  }
  update(config) {
    this.config = config || {};
    if (this.connected) this.fetch();
  }
  disconnect() {
    this.connected = false;
  }
  fetch() {
    return invokeApex(this.name, this.config).then(
      (data) => this.provide({ data, error: undefined }),
      (error) => this.provide({ data: undefined, error }),
    );
  }
  provide(value) {
    wired.set(value, this);
    if (this.connected) this.dataCallback(value);
  }
}

/** The default export of `@salesforce/apex/<name>`. */
export function apexMethod(name) {
  function method(params) {
    if (new.target) {
      // `new method(dataCallback)`: LWC is creating the wire adapter.
      return new ApexWireAdapter(params, name);
    }
    return invokeApex(name, params);
  }
  Object.defineProperty(method, 'name', { value: name });
  return method;
}

/** `refreshApex(wiredValue)` from `@salesforce/apex`. */
export function refreshApex(value) {
  const adapter = value && wired.get(value);
  return adapter ? adapter.fetch() : Promise.resolve();
}

/** `getSObjectValue(sobject, field)` from `@salesforce/apex`. */
export function getSObjectValue(sobject, field) {
  const name = typeof field === 'string' ? field : field && field.fieldApiName;
  if (!sobject || !name) return undefined;
  return name.split('.').reduce((o, k) => (o === null || o === undefined ? o : o[k]), sobject);
}
