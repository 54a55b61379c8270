import { defineConfig } from "vite";

// The browser app is served by the ASP.NET Core host from its wwwroot folder.
export default defineConfig({
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
  },
});
