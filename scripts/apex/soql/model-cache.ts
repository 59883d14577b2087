/** Query and search models, built once per parse-tree node or per dynamic text. */

/** `build(node)` kept for as long as the parse-tree node lives. */
export function perNode<N extends object, M>(build: (node: N) => M): (node: N) => M {
  const models = new WeakMap<N, M>();
  return (node) => {
    let model = models.get(node);
    if (model === undefined) {
      model = build(node);
      models.set(node, model);
    }
    return model;
  };
}

/** `build(text)` kept per text; dynamic texts vary with their literals, so the cache stays bounded. */
export function perText<M>(build: (text: string) => M, max = 1000): (text: string) => M {
  const models = new Map<string, M>();
  return (text) => {
    let model = models.get(text);
    if (model === undefined) {
      model = build(text);
      if (models.size >= max) models.clear();
      models.set(text, model);
    }
    return model;
  };
}
