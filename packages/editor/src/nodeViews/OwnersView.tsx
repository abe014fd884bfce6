import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { useEffect, useState } from "react";

const identifierPattern = /^[A-Za-z][A-Za-z0-9 ]{0,30}$/;

/** Owners as role identifiers (PP1, SPO2, PDU1), comma separated; names are not identifiers. */
export function OwnersView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const owners = (node.attrs.owners as string[]) ?? [];
  const [draft, setDraft] = useState(owners.join(", "));
  useEffect(() => setDraft(owners.join(", ")), [owners]);
  const commit = () => {
    const next = draft
      .split(",")
      .map((owner) => owner.trim())
      .filter((owner) => identifierPattern.test(owner));
    updateAttributes({ owners: next });
    setDraft(next.join(", "));
  };
  return (
    <NodeViewWrapper className="sfo-cell sfo-cell--typed" data-cell="learningOwners" contentEditable={false}>
      <label className="sfo-cell-label">
        Owner
        <input
          type="text"
          value={draft}
          placeholder="e.g. PP1, SPO2, PDU1"
          disabled={!editor.isEditable}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === "Enter") commit();
          }}
        />
      </label>
    </NodeViewWrapper>
  );
}
