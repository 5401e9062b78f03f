/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Maven passes the theme's resources folder inside target/; a plain `npm run build` writes to the same place.
const outDir =
  process.env.ORGKIT_ADMIN_UI_OUT ?? here("../../../target/admin-ui/theme/orgkit/admin/resources");

export default defineConfig({
  // Relative URLs: the theme's resource URL contains Keycloak's resource version.
  base: "",
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // keycloak.v2's index.ftl loads the entry chunk named in .vite/manifest.json.
    manifest: true,
    target: "es2022",
    modulePreload: false,
    sourcemap: false,
    chunkSizeWarningLimit: 8192,
    rollupOptions: {
      input: here("src/main.tsx"),
      // index.ftl maps these to the React build Keycloak ships (resources/common/keycloak/vendor).
      external: ["react", "react/jsx-runtime", "react-dom"],
      output: {
        // One script: index.ftl preloads the entry's imports by their manifest keys, which are not
        // file names for shared chunks, so there must be none.
        inlineDynamicImports: true,
      },
    },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
