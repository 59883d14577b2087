/**
 * `lightning/navigation` in the workbench: `NavigationMixin` (Navigate / GenerateUrl) and the
 * `CurrentPageReference` wire adapter. Record pages open the workbench's generic record view
 * (`/lightning/r/<Object>/<Id>/view`).
 */
const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

export function urlFor(pageRef) {
  const a = (pageRef && pageRef.attributes) || {};
  const state = (pageRef && pageRef.state) || {};
  const qs = new URLSearchParams(state).toString();
  const withState = (u) => (qs ? `${u}?${qs}` : u);
  switch (pageRef && pageRef.type) {
    case 'standard__webPage':
      return a.url;
    case 'standard__recordPage':
      return withState(
        `/lightning/r/${a.objectApiName || 'sObject'}/${a.recordId}/${a.actionName || 'view'}`,
      );
    case 'standard__objectPage':
      return withState(`/lightning/o/${a.objectApiName}/${a.actionName || 'home'}`);
    case 'standard__navItemPage':
      return withState(`/lightning/n/${a.apiName}`);
    case 'standard__recordRelationshipPage':
      return `/lightning/r/${a.objectApiName || 'sObject'}/${a.recordId}/related/${a.relationshipApiName}/view`;
    default:
      return withState('/lightning/page/home');
  }
}

function navigate(pageRef, replace) {
  const url = urlFor(pageRef);
  window.dispatchEvent(
    new CustomEvent('workbench:navigate', { detail: { pageRef, url, replace: !!replace } }),
  );
  if (!url) return;
  if (pageRef.type === 'standard__recordPage' || pageRef.type === 'standard__webPage') {
    window.open(url, '_blank', 'noopener');
  } else if (replace) {
    window.location.replace(url);
  } else {
    window.location.assign(url);
  }
}

export function NavigationMixin(Base) {
  return class extends Base {
    [Navigate](pageRef, replace) {
      navigate(pageRef, replace);
    }
    [GenerateUrl](pageRef) {
      return Promise.resolve(urlFor(pageRef));
    }
  };
}
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

function currentPageReference() {
  const state = {};
  new URLSearchParams(window.location.search).forEach((v, k) => {
    state[k] = v;
  });
  const parts = window.location.pathname.split('/').filter(Boolean);
  if (parts[0] === 'apex') {
    return { type: 'standard__webPage', attributes: { url: window.location.href }, state };
  }
  return {
    type: 'standard__navItemPage',
    attributes: { apiName: parts.slice(1).join('/') || parts[0] },
    state,
  };
}

export class CurrentPageReference {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }
  connect() {
    this.dataCallback(currentPageReference());
  }
  update() {}
  disconnect() {}
}
