// Generated from lwc-ts/liveperson/agentSdkModel/agentSdkModel.ts by `npm run build`; do not edit.
export {};
