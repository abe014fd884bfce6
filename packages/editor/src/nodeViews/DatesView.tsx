import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";

/** Dates for completion: the action and the measurement each get a real date (APL-013, APL-014). */
export function DatesView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const { actionDate, measureDate, qualifier } = node.attrs as {
    actionDate: string | null;
    measureDate: string | null;
    qualifier: string;
  };
  const disabled = !editor.isEditable;
  return (
    <NodeViewWrapper className="sfo-cell sfo-cell--typed" data-cell="learningDates" contentEditable={false}>
      <span className="sfo-cell-label">Date for completion</span>
      <label>
        Action by
        <input
          type="date"
          value={actionDate ?? ""}
          disabled={disabled}
          onChange={(event) => updateAttributes({ actionDate: event.target.value || null })}
        />
      </label>
      <label>
        Measured by
        <input
          type="date"
          value={measureDate ?? ""}
          disabled={disabled}
          onChange={(event) => updateAttributes({ measureDate: event.target.value || null })}
        />
      </label>
      <label>
        Note
        <input
          type="text"
          value={qualifier}
          disabled={disabled}
          placeholder="e.g. within three months of delivery"
          onChange={(event) => updateAttributes({ qualifier: event.target.value })}
        />
      </label>
    </NodeViewWrapper>
  );
}
