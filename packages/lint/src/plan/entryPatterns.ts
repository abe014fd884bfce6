/** A deficit in an analysis entry ("did not", "was not completed", "missed opportunity", "insufficient", "late"). */
export const DEFICIT =
  /\b(?:did\s+not|was\s+not|were\s+not|had\s+not|has\s+not|no\s+evidence\s+of|missed\s+opportunit\w*|insufficient|not\s+completed|late|failed\s+to|failure\s+to|not\s+followed)\b/i;
