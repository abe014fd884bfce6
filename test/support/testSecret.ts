/** A throwaway secret for tests; never used outside them. */
export const testSecret = "test-secret-for-sfo-review-integration-tests-only";
