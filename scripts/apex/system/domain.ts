/**
 * `System.DomainCreator`: the org's hostnames with enhanced My Domain
 * (`acme.my.salesforce.com`, `acme--c.vf.force.com`, sandboxes `acme--dev--c.sandbox.vf.force.com`).
 */
import type { NativeClass } from '../interp/native';
import { arity, stringArg } from './args';
import { orgHost, orgInfo, type OrgInfo } from './services-tx';

function label(d: OrgInfo): string {
  return (d.sandboxName ? `${d.myDomain}--${d.sandboxName}` : d.myDomain).toLowerCase();
}

function forceCom(d: OrgInfo, kind: string): string {
  return d.sandboxName ? `sandbox.${kind}.force.com` : `${kind}.force.com`;
}

export const DomainCreatorClass: NativeClass = {
  name: 'DomainCreator',
  namespace: 'System',
  statics: {
    getorgmydomainhostname: (ctx, _self, args) => {
      arity('DomainCreator.getOrgMyDomainHostname', args, 0);
      return orgHost(orgInfo(ctx));
    },
    getlightninghostname: (ctx, _self, args) => {
      arity('DomainCreator.getLightningHostname', args, 0);
      const d = orgInfo(ctx);
      return `${label(d)}.${forceCom(d, 'lightning')}`;
    },
    /** `packageName` null → the org's own pages (`--c`). */
    getvisualforcehostname: (ctx, _self, args) => {
      arity('DomainCreator.getVisualforceHostname', args, 1);
      const d = orgInfo(ctx);
      const pkg =
        args[0] === null ? 'c' : stringArg(args, 0, 'DomainCreator.getVisualforceHostname').toLowerCase();
      return `${label(d)}--${pkg}.${forceCom(d, 'vf')}`;
    },
  },
};
