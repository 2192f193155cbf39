// Preloaded (`--import`) into a profiled process: SIGTERM exits normally, so `--cpu-prof` writes its file.
process.once("SIGTERM", () => process.exit(0));
