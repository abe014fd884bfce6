import { whoForLevels } from "@sfo-review/schema";
import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";

/** "Who the action is for": a choice from the fixed list of levels. */
export function WhoForView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const level = (node.attrs.level as string | null) ?? "";
  return (
    <NodeViewWrapper className="sfo-cell sfo-cell--typed" data-cell="learningWhoFor" contentEditable={false}>
      <label className="sfo-cell-label">
        Who the action is for
        <select
          value={level}
          disabled={!editor.isEditable}
          onChange={(event) => updateAttributes({ level: event.target.value || null })}
        >
          <option value="">Choose a level</option>
          {whoForLevels.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
    </NodeViewWrapper>
  );
}
