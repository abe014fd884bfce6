import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { type ReactNode, useEffect, useId, useState } from "react";
import { atomTitle } from "./atomTitle.js";
import { type AtomField, describeAtomFields } from "./describeAtomFields.js";
import { registerIdentifiers } from "./registerIdentifiers.js";

type Update = (attrs: Record<string, unknown>) => void;

/** A text input that writes to the document when it loses focus, not on every keystroke. */
function DraftInput(props: {
  id: string;
  value: string;
  disabled: boolean;
  long?: boolean;
  onCommit: (value: string) => void;
}) {
  const [draft, setDraft] = useState(props.value);
  useEffect(() => setDraft(props.value), [props.value]);
  const common = {
    id: props.id,
    value: draft,
    disabled: props.disabled,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: () => draft !== props.value && props.onCommit(draft),
  };
  return props.long ? <textarea rows={2} {...common} /> : <input type="text" {...common} />;
}

function FieldControl({
  field,
  id,
  value,
  disabled,
  update,
  register,
}: {
  field: AtomField;
  id: string;
  value: unknown;
  disabled: boolean;
  update: Update;
  register: string[];
}): ReactNode {
  const set = (next: unknown) => update({ [field.key]: next });
  switch (field.kind) {
    case "text":
    case "longText":
      return (
        <DraftInput
          id={id}
          value={String(value ?? "")}
          disabled={disabled}
          long={field.kind === "longText"}
          onCommit={set}
        />
      );
    case "date":
      return (
        <input
          id={id}
          type="date"
          value={String(value ?? "")}
          disabled={disabled}
          onChange={(e) => set(e.target.value || null)}
        />
      );
    case "number":
      return (
        <input
          id={id}
          type="number"
          min={1}
          value={Number(value ?? 1)}
          disabled={disabled}
          onChange={(e) => set(Math.max(1, Number(e.target.value) || 1))}
        />
      );
    case "boolean":
      return (
        <select
          id={id}
          value={value === true ? "yes" : value === false ? "no" : ""}
          disabled={disabled}
          onChange={(e) => set(e.target.value === "" ? null : e.target.value === "yes")}
        >
          <option value="">Not answered</option>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </select>
      );
    case "enum":
      return (
        <select
          id={id}
          value={String(value ?? "")}
          disabled={disabled}
          onChange={(e) => set(e.target.value === "" ? null : e.target.value)}
        >
          <option value="">Choose…</option>
          {field.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      );
    case "identifier":
      return (
        <select id={id} value={String(value ?? "")} disabled={disabled} onChange={(e) => set(e.target.value)}>
          <option value="">Choose from the register…</option>
          {[...new Set([...register, String(value ?? "")])].filter(Boolean).map((identifier) => (
            <option key={identifier} value={identifier}>
              {identifier}
            </option>
          ))}
        </select>
      );
    case "identifierList":
    case "enumList": {
      const selected = Array.isArray(value) ? (value as string[]) : [];
      const options = field.kind === "enumList" ? field.options : [...new Set([...register, ...selected])];
      if (options.length === 0) return <span className="sfo-record__empty">Add people to the register first</span>;
      return (
        <span className="sfo-record__choices" id={id}>
          {options.map((option) => (
            <label key={option} className="sfo-record__choice">
              <input
                type="checkbox"
                checked={selected.includes(option)}
                disabled={disabled}
                onChange={(e) =>
                  set(e.target.checked ? [...selected, option] : selected.filter((item) => item !== option))
                }
              />
              {option}
            </label>
          ))}
        </span>
      );
    }
    case "textList":
      return (
        <DraftInput
          id={id}
          value={Array.isArray(value) ? (value as string[]).join("; ") : ""}
          disabled={disabled}
          onCommit={(text) =>
            set(
              text
                .split(";")
                .map((item) => item.trim())
                .filter(Boolean),
            )
          }
        />
      );
    case "fixed":
      return <span id={id}>{String(value ?? "")}</span>;
  }
}

/**
 * A structured record (typed cell, person, case record, checklist answer…) edited as a
 * small form. Its fields come from the node's zod attribute schema; identifiers are
 * picked from the document's people register.
 */
export function AtomFormView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const idPrefix = useId();
  const fields = describeAtomFields(node.type.name);
  const register = fields.some((field) => field.kind === "identifier" || field.kind === "identifierList")
    ? registerIdentifiers(editor.state.doc)
    : [];
  const disabled = !editor.isEditable;
  return (
    <NodeViewWrapper className="sfo-record" data-node={node.type.name} contentEditable={false}>
      <span className="sfo-record__title">{atomTitle(node.type.name)}</span>
      <span className="sfo-record__fields">
        {fields.map((field) => (
          <span key={field.key} className={`sfo-record__field sfo-record__field--${field.kind}`} data-field={field.key}>
            <label htmlFor={`${idPrefix}-${field.key}`} className="sfo-cell-label">
              {field.label}
            </label>
            <FieldControl
              field={field}
              id={`${idPrefix}-${field.key}`}
              value={node.attrs[field.key]}
              disabled={disabled}
              update={updateAttributes}
              register={register}
            />
          </span>
        ))}
      </span>
    </NodeViewWrapper>
  );
}
