/** Builds DynamoDB update and condition expressions with generated placeholder names. */
export class ExpressionBuilder {
  readonly names: Record<string, string> = {};
  readonly values: Record<string, unknown> = {};
  private readonly sets: string[] = [];
  private readonly adds: string[] = [];
  private readonly deletes: string[] = [];
  private readonly removes: string[] = [];
  private readonly conditions: string[] = [];
  private counter = 0;

  name(attribute: string): string {
    const placeholder = `#n${this.counter++}`;
    this.names[placeholder] = attribute;
    return placeholder;
  }

  value(value: unknown): string {
    const placeholder = `:v${this.counter++}`;
    this.values[placeholder] = value;
    return placeholder;
  }

  set(attribute: string, value: unknown): this {
    this.sets.push(`${this.name(attribute)} = ${this.value(value)}`);
    return this;
  }

  /** Sets each attribute of `values` (an index's keys). */
  setAll(values: Record<string, unknown>): this {
    for (const [attribute, value] of Object.entries(values)) this.set(attribute, value);
    return this;
  }

  /** Removes each attribute `values` names (an index's keys). */
  removeAll(values: Record<string, unknown>): this {
    for (const attribute of Object.keys(values)) this.remove(attribute);
    return this;
  }

  setIfAbsent(attribute: string, value: unknown): this {
    const name = this.name(attribute);
    this.sets.push(`${name} = if_not_exists(${name}, ${this.value(value)})`);
    return this;
  }

  /** Adds to a number, or unions into a string set. */
  add(attribute: string, value: unknown): this {
    this.adds.push(`${this.name(attribute)} ${this.value(value)}`);
    return this;
  }

  remove(attribute: string): this {
    this.removes.push(this.name(attribute));
    return this;
  }

  deleteFromSet(attribute: string, value: Set<string>): this {
    this.deletes.push(`${this.name(attribute)} ${this.value(value)}`);
    return this;
  }

  /** `clause` receives placeholder helpers, e.g. `(n, v) => \`${n('lastSeen')} = ${v(x)}\``. */
  when(clause: (name: (a: string) => string, value: (v: unknown) => string) => string): this {
    this.conditions.push(clause((a) => this.name(a), (v) => this.value(v)));
    return this;
  }

  build() {
    const parts = [
      this.sets.length ? `SET ${this.sets.join(', ')}` : '',
      this.adds.length ? `ADD ${this.adds.join(', ')}` : '',
      this.deletes.length ? `DELETE ${this.deletes.join(', ')}` : '',
      this.removes.length ? `REMOVE ${this.removes.join(', ')}` : '',
    ].filter(Boolean);
    return {
      ...(parts.length ? { UpdateExpression: parts.join(' ') } : {}),
      ...(this.conditions.length ? { ConditionExpression: this.conditions.join(' AND ') } : {}),
      ExpressionAttributeNames: this.names,
      ...(Object.keys(this.values).length ? { ExpressionAttributeValues: this.values } : {}),
    };
  }
}
