/**
 * The constraint-validation API of the lightning input stubs, behaving as the base components do:
 * `setCustomValidity` sets the message, `reportValidity` shows it (or "Complete this field." for an
 * empty required field) and `checkValidity` answers without showing. The shown message is reflected
 * on the host as `data-help-message`, where the real component renders it under the field; tests read
 * it through `helpMessageOf`.
 */

interface StubBase {
  required?: boolean;
  value?: unknown;
  messageWhenValueMissing?: string;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}

// A mixin's base must take `any[]` (TypeScript's rule for mixin classes).
type StubClass = new (...args: any[]) => StubBase;

const VALUE_MISSING = 'Complete this field.';

function isEmpty(value: unknown): boolean {
  return (
    value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

export function validatable<B extends StubClass>(Base: B) {
  class Validatable extends Base {
    private customMessage = '';

    private problem(): string {
      if (this.customMessage) return this.customMessage;
      return this.required && isEmpty(this.value) ? (this.messageWhenValueMissing ?? VALUE_MISSING) : '';
    }

    setCustomValidity(message: string): void {
      this.customMessage = message ?? '';
    }

    checkValidity(): boolean {
      return this.problem() === '';
    }

    reportValidity(): boolean {
      const message = this.problem();
      if (message) this.setAttribute('data-help-message', message);
      else this.removeAttribute('data-help-message');
      return message === '';
    }

    showHelpMessageIfInvalid(): void {
      this.reportValidity();
    }
  }
  return Validatable;
}

/** The message a lightning input shows under itself ('' when none). */
export function helpMessageOf(element: Element | null): string {
  if (!element) throw new Error('helpMessageOf: no element');
  return element.getAttribute('data-help-message') ?? '';
}
