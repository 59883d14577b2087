/**
 * The signed-in admin's Id: the first Id the runtime's org seed hands out (`WorkbenchOrg.open`
 * checks it), built into the bundle as `@salesforce/user/Id`.
 */
import { formatId } from '../../apex/org/memory-store';

export const WORKBENCH_USER_ID = formatId('005', 1);
