import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";

const fields = [
  { key: "term", label: "Term" },
  { key: "expansion", label: "In full" },
  { key: "definition", label: "Plain-English definition" },
] as const;

/** A glossary entry edited as three fields. */
export function GlossaryEntryView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  return (
    <NodeViewWrapper className="sfo-glossary-entry" contentEditable={false}>
      {fields.map((field) => (
        <label key={field.key}>
          <span className="sfo-cell-label">{field.label}</span>
          <input
            type="text"
            value={String(node.attrs[field.key] ?? "")}
            disabled={!editor.isEditable}
            onChange={(event) => updateAttributes({ [field.key]: event.target.value })}
          />
        </label>
      ))}
    </NodeViewWrapper>
  );
}
