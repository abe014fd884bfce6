import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  resolve: { conditions: ["@sfo-review/source", "module", "browser", "development|production"] },
  esbuild: { jsx: "automatic" },
  build: { outDir: "build", emptyOutDir: true, sourcemap: true },
});
