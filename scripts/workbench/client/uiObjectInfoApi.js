/**
 * `lightning/uiObjectInfoApi` in the workbench: object and picklist describes from the local
 * org's schema (derived from `force-app` metadata), shaped like UI API.
 */
function adapter(load) {
  return class {
    constructor(dataCallback) {
      this.dataCallback = dataCallback;
      this.connected = false;
      this.config = undefined;
    }
    connect() {
      this.connected = true;
      if (this.config) this.fetch();
    }
    update(config) {
      this.config = config;
      if (this.connected) this.fetch();
    }
    disconnect() {
      this.connected = false;
    }
    fetch() {
      return load(this.config || {}).then(
        (data) => this.connected && data !== undefined && this.dataCallback({ data, error: undefined }),
        (error) => this.connected && this.dataCallback({ data: undefined, error }),
      );
    }
  };
}

const apiName = (o) => (typeof o === 'string' ? o : o && o.objectApiName);
const cache = new Map();

function describe(objectApiName) {
  if (!objectApiName) return Promise.resolve(undefined);
  if (!cache.has(objectApiName)) {
    cache.set(
      objectApiName,
      fetch(`/__ui/object-info/${encodeURIComponent(objectApiName)}`).then(async (res) => {
        const body = await res.json();
        if (!res.ok) throw { status: res.status, ok: false, body };
        return body;
      }),
    );
  }
  return cache.get(objectApiName);
}

export const getObjectInfo = adapter((c) => describe(apiName(c.objectApiName)));

export const getObjectInfos = adapter((c) =>
  Promise.all((c.objectApiNames || []).map((o) => describe(apiName(o)))).then((infos) => ({
    results: infos.map((result) => ({ statusCode: 200, result })),
  })),
);

function picklist(field) {
  const objectApiName = field && field.objectApiName;
  const name = field && field.fieldApiName;
  return describe(objectApiName).then((info) => {
    const f = info && info.fields[name];
    const values = ((f && f.picklistValues) || []).map((v) => ({
      label: v,
      value: v,
      validFor: [],
      attributes: null,
    }));
    return { controllerValues: {}, defaultValue: null, url: '', values };
  });
}

export const getPicklistValues = adapter((c) => picklist(c.fieldApiName));

export const getPicklistValuesByRecordType = adapter((c) =>
  describe(apiName(c.objectApiName)).then((info) => {
    const picklistFieldValues = {};
    Object.values((info && info.fields) || {}).forEach((f) => {
      if (f.picklistValues) {
        picklistFieldValues[f.apiName] = {
          controllerValues: {},
          defaultValue: null,
          values: f.picklistValues.map((v) => ({ label: v, value: v, validFor: [], attributes: null })),
        };
      }
    });
    return { picklistFieldValues };
  }),
);
