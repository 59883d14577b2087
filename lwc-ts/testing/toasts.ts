/** The toasts a component shows (`ShowToastEvent`s it dispatches), in order, as their detail. */
export interface Toast {
  title: string;
  message: string;
  variant: string;
}

/** Starts recording `host`'s toasts; the returned array fills as the component toasts. */
export function toastsOf(host: EventTarget): Toast[] {
  const toasts: Toast[] = [];
  host.addEventListener('lightning__showtoast', (e) => toasts.push((e as CustomEvent<Toast>).detail));
  return toasts;
}
