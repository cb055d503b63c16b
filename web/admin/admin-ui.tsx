/** Building blocks of the console's forms: labelled fields, live status messages, copyable values. */
import type { ComponentChildren, VNode } from 'preact';
import { useId, useState } from 'preact/hooks';

/** What an action reported, read out by screen readers (`role=status` / `alert`). */
export function Notice({ message }: { message: { kind: 'ok' | 'error'; text: string } | null }) {
  return (
    <p class={`notice ${message?.kind ?? ''}`} role={message?.kind === 'error' ? 'alert' : 'status'} aria-live="polite">
      {message?.text ?? ''}
    </p>
  );
}

/** The footer of an edit form: submit (disabled while busy), an optional Close, and the outcome. */
export function FormActions({ submit, busy, onClose, message }: { submit: string; busy: boolean; onClose?: () => void; message: { kind: 'ok' | 'error'; text: string } | null }) {
  return (
    <>
      <div class="actions">
        <button type="submit" disabled={busy}>
          {submit}
        </button>
        {onClose ? (
          <button type="button" class="secondary" onClick={onClose}>
            Close
          </button>
        ) : null}
      </div>
      <Notice message={message} />
    </>
  );
}

interface FieldProps {
  label: string;
  name: string;
  value: string;
  onInput(value: string): void;
  type?: string;
  required?: boolean;
  help?: string;
  placeholder?: string;
  autoComplete?: string;
  multiline?: boolean;
  /** Visible lines of a multiline field (8 unless told). */
  rows?: number;
  min?: string | number;
  max?: string | number;
  step?: string | number;
}

/** A label, an input (or textarea) and its help text, tied together for assistive technology. */
export function Field(p: FieldProps) {
  const id = useId();
  const helpId = p.help ? `${id}-help` : undefined;
  const common = {
    id,
    name: p.name,
    value: p.value,
    required: p.required,
    placeholder: p.placeholder,
    'aria-describedby': helpId,
    onInput: (e: Event) => p.onInput((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
  return (
    <div class="field">
      <label for={id}>
        {p.label}
        {p.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {p.multiline ? (
        <textarea {...common} rows={p.rows ?? 8} />
      ) : (
        <input {...common} type={(p.type ?? 'text') as 'text'} autoComplete={p.autoComplete ?? 'off'} min={p.min} max={p.max} step={p.step} spellcheck={false} />
      )}
      {p.help ? (
        <small id={helpId} class="help">
          {p.help}
        </small>
      ) : null}
    </div>
  );
}

export function Select<T extends string>(p: { label: string; name: string; value: NoInfer<T>; options: ReadonlyArray<{ value: T; label: string }>; onChange(v: NoInfer<T>): void; help?: string }) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{p.label}</label>
      <select id={id} name={p.name} value={p.value} onChange={(e) => p.onChange((e.currentTarget as HTMLSelectElement).value as T)}>
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {p.help ? <small class="help">{p.help}</small> : null}
    </div>
  );
}

export function Checkbox(p: { label: string; name: string; checked: boolean; onChange(v: boolean): void }) {
  const id = useId();
  return (
    <div class="check">
      <input id={id} type="checkbox" name={p.name} checked={p.checked} onChange={(e) => p.onChange((e.currentTarget as HTMLInputElement).checked)} />
      <label for={id}>{p.label}</label>
    </div>
  );
}

/** A value to copy (webhook URL, a new key): read-only, selectable, with a copy button. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <div class="field copy">
      <label for={id}>{label}</label>
      <div class="row">
        <input id={id} readOnly value={value} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} spellcheck={false} />
        <button type="button" onClick={copy}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}

export function Section({ title, children, actions }: { title: string; children: ComponentChildren; actions?: ComponentChildren }) {
  const id = useId();
  return (
    <section aria-labelledby={id} class="card">
      <div class="card-head">
        <h2 id={id}>{title}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function Badge({ value }: { value: string }) {
  return <span class={`badge badge-${value.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`}>{value}</span>;
}

/** A table's horizontal scroll box on narrow screens, reachable by keyboard (it may hold nothing else focusable). */
export function TableScroll({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

/**
 * A list of records as a table: scroll box on narrow screens, a caption for screen readers,
 * column heads (an empty head is the row's actions column, named for screen readers only) and one
 * `<tr>` per item from `row`.
 */
export function DataTable<T>({ caption, columns, items, row, class: className }: { caption: string; columns: string[]; items: readonly T[]; row: (item: T) => VNode; class?: string }) {
  return (
    <div class="table-wrap">
      <table class={className}>
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th scope="col" key={i}>
                {c || <span class="visually-hidden">Actions</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{items.map(row)}</tbody>
      </table>
    </div>
  );
}

/** A row's Edit and Delete buttons, named after the record for screen readers. */
export function EditDeleteButtons({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  return (
    <>
      <button type="button" class="small secondary" onClick={onEdit} aria-label={`Edit ${name}`}>
        Edit
      </button>
      <button type="button" class="small danger" onClick={onDelete} aria-label={`Delete ${name}`}>
        Delete
      </button>
    </>
  );
}
