/**
 * `lightning/uiObjectInfoApi` in the workbench: object and picklist describes from the local
 * org's schema (derived from `force-app` metadata), shaped like UI API.
 */
import { wireAdapter } from './wireAdapter';

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

export const getObjectInfo = wireAdapter((c) => describe(apiName(c.objectApiName)));

export const getObjectInfos = wireAdapter((c) =>
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

export const getPicklistValues = wireAdapter((c) => picklist(c.fieldApiName));

export const getPicklistValuesByRecordType = wireAdapter((c) =>
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
