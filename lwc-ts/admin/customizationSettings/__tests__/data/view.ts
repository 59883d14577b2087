/** The Customization Settings view the section tests share, and mounting a section with it. */
import type { CustomizationDtos_View as View } from 'apex-dtos';
import { dto } from '../../../../testing/apexMocks';
import { type Host, mount } from '../../../../testing/mount';
import viewJson from './view.json';

/** An activated org: six available objects (three selected), two stored skills, the URLs. */
export const activeView = (): View => dto<View>()(viewJson);

/** What a test reads of a lightning base component stub. */
export type Field = HTMLElement & {
  value?: unknown;
  checked?: boolean;
  disabled?: boolean;
  label?: string;
  maxLength?: number;
  options?: { label: string; value: string }[];
};

export type Section = Host & { view?: View; disabled?: boolean };

/** Mounts a section of the page with `view` (default: the active view). */
export function mountSection(
  tag: string,
  is: unknown,
  view: View = activeView(),
  disabled = false,
): Promise<Section> {
  return mount(tag, is, { view, disabled });
}
