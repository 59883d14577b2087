/**
 * The wire adapter of the workbench's `lightning/ui*Api` stand-ins: once connected and configured
 * (and at each `refresh`), `load(config)` runs; its value reaches the component as `{ data }` (nothing
 * when it is undefined), a rejection as `{ error }`, and nothing after a disconnect. With
 * `refreshers`, a connected adapter's `refresh` is in that set (record changes call them).
 */
export function wireAdapter(load, refreshers) {
  return class {
    constructor(dataCallback) {
      this.dataCallback = dataCallback;
      this.connected = false;
      this.config = undefined;
      this.refresh = () => this.fetch();
    }
    connect() {
      this.connected = true;
      if (refreshers) refreshers.add(this.refresh);
      if (this.config) this.fetch();
    }
    update(config) {
      this.config = config;
      if (this.connected) this.fetch();
    }
    disconnect() {
      this.connected = false;
      if (refreshers) refreshers.delete(this.refresh);
    }
    fetch() {
      return load(this.config || {}).then(
        (data) => this.connected && data !== undefined && this.dataCallback({ data, error: undefined }),
        (error) => this.connected && this.dataCallback({ data: undefined, error }),
      );
    }
  };
}
