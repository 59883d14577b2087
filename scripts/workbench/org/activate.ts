/**
 * Activation with a LivePerson account's OAuth 2.0 keys, as an admin saves them in Account Settings
 * (terms accepted): the start of every test and bench that syncs from the simulator, in process
 * (`auraCaller`) or through a running workbench's `/__apex`.
 */

export interface OAuth2Keys {
  accountId: string;
  clientId: string;
  clientSecret: string;
}

/** An `@AuraEnabled` method's `result`, or an Error. */
export type AuraCall = (name: string, params: Record<string, unknown>) => Promise<unknown>;

/** `AccountSettingsController.saveAndActivate`'s parameters for these keys. */
export function activationParams(keys: OAuth2Keys): Record<string, unknown> {
  return {
    request: {
      accountId: keys.accountId,
      authMethod: 'OAuth2',
      clientId: keys.clientId,
      clientSecret: keys.clientSecret,
      termsAccepted: true,
    },
  };
}

/** Saves and activates the keys; an Error with LivePerson's answer when the activation fails. */
export async function activate(call: AuraCall, keys: OAuth2Keys): Promise<void> {
  const result = (await call('AccountSettingsController.saveAndActivate', activationParams(keys))) as {
    success: boolean;
    message: string;
  };
  if (!result.success) throw new Error(`activation failed: ${result.message}`);
}
