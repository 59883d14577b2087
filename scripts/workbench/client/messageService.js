/** `lightning/messageService` in the workbench: an in-page publish/subscribe. */
const subscribers = new Map();
let next = 1;

export const APPLICATION_SCOPE = Symbol('APPLICATION_SCOPE');

export class MessageContext {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }
  connect() {
    this.dataCallback({ workbench: true });
  }
  update() {}
  disconnect() {}
}

export function createMessageContext() {
  return { workbench: true };
}

export function releaseMessageContext() {}

export function publish(_context, channel, message) {
  subscribers.forEach((s) => {
    if (s.channel === (channel && channel.channel)) s.listener(message);
  });
}

export function subscribe(_context, channel, listener) {
  const subscription = { id: next++ };
  subscribers.set(subscription.id, { channel: channel && channel.channel, listener });
  return subscription;
}

export function unsubscribe(subscription) {
  if (subscription) subscribers.delete(subscription.id);
}
